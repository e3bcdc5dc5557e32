// POST /api/v1/collaborations/{id}/discount-codes — a discount code, typed or from a pattern.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";
import { createDiscountCode } from "@/lib/tracking/discount-codes";

export const POST = withApiKey(ops.createDiscountCode, { crossSite: "bearerKey" }, async ({ params, body }, { workspace, actorId }) =>
  apiJson(
    await createDiscountCode({ workspaceId: workspace.id, actorId, input: { ...body, collaborationId: params.collaborationId } }),
    201,
  ),
);
