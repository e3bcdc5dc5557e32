// GET /api/v1/collaborations/{id}/tracking — tracking links (with clicks) and discount codes.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { assertCollaboration } from "@/lib/api/v1/present";
import { withApiKey } from "@/lib/api/with-api-key";
import { collaborationTracking } from "@/lib/tracking/queries";

export const GET = withApiKey(ops.listTracking, async ({ params }, { workspace }) => {
  await assertCollaboration(workspace.id, params.collaborationId);
  return apiJson(await collaborationTracking(workspace.id, params.collaborationId));
});
