// GET /api/v1/collaborations/{id} — status, compensation, deliverables, status history.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { presentCollaboration } from "@/lib/api/v1/present";
import { withApiKey } from "@/lib/api/with-api-key";
import { getCollaborationDetail } from "@/lib/collaborations/queries";

export const GET = withApiKey(ops.getCollaboration, async ({ params }, { workspace }) =>
  apiJson(presentCollaboration(await getCollaborationDetail(workspace.id, params.collaborationId))),
);
