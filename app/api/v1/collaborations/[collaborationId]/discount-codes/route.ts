// GET /api/v1/collaborations/{id}/discount-codes — discount codes, keyset-paged; POST — a discount
// code, typed or from a pattern.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { assertCollaboration } from "@/lib/api/v1/present";
import { withApiKey } from "@/lib/api/with-api-key";
import { decodeCursor, keysetPage } from "@/lib/pagination";
import { createDiscountCode } from "@/lib/tracking/discount-codes";
import { listCollaborationCodes } from "@/lib/tracking/queries";

export const GET = withApiKey(ops.listDiscountCodes, async ({ params, query }, { workspace }) => {
  await assertCollaboration(workspace.id, params.collaborationId);
  const rows = await listCollaborationCodes(workspace.id, params.collaborationId, {
    after: decodeCursor(query.cursor),
    take: query.limit + 1,
  });
  const page = keysetPage(rows, query.limit, (c) => ({ at: c.createdAt, id: c.id }));
  return apiJson({ data: page.rows.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })), nextCursor: page.nextCursor });
});

export const POST = withApiKey(ops.createDiscountCode, { crossSite: "bearerKey" }, async ({ params, body }, { workspace, actorId }) =>
  apiJson(
    await createDiscountCode({ workspaceId: workspace.id, actorId, input: { ...body, collaborationId: params.collaborationId } }),
    201,
  ),
);
