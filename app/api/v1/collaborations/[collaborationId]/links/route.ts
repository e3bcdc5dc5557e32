// GET /api/v1/collaborations/{id}/links — tracking links with clicks, keyset-paged; POST — a tracking
// link (destination checked against the allowlist).
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { assertCollaboration } from "@/lib/api/v1/present";
import { withApiKey } from "@/lib/api/with-api-key";
import { decodeCursor, keysetPage } from "@/lib/pagination";
import { createLink } from "@/lib/tracking/links";
import { listCollaborationLinks } from "@/lib/tracking/queries";

export const GET = withApiKey(ops.listLinks, async ({ params, query }, { workspace }) => {
  await assertCollaboration(workspace.id, params.collaborationId);
  const rows = await listCollaborationLinks(workspace.id, params.collaborationId, {
    after: decodeCursor(query.cursor),
    take: query.limit + 1,
  });
  const page = keysetPage(rows, query.limit, (l) => ({ at: new Date(l.createdAt), id: l.id }));
  return apiJson({ data: page.rows, nextCursor: page.nextCursor });
});

export const POST = withApiKey(ops.createLink, { crossSite: "bearerKey" }, async ({ params, body }, { workspace, actorId }) =>
  apiJson(await createLink({ workspaceId: workspace.id, actorId, input: { ...body, collaborationId: params.collaborationId } }), 201),
);
