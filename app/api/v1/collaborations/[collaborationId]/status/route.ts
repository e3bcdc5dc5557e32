// POST /api/v1/collaborations/{id}/status — the brand's manual moves, by the app's status rules.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { presentCollaboration } from "@/lib/api/v1/present";
import { withApiKey } from "@/lib/api/with-api-key";
import { brandTransition } from "@/lib/collaborations/brand-transitions";
import { getCollaborationDetail } from "@/lib/collaborations/queries";

export const POST = withApiKey(
  ops.changeCollaborationStatus,
  { crossSite: "bearerKey" },
  async ({ params, body }, { workspace, actorId }) => {
    await brandTransition({ workspaceId: workspace.id, actorId, collaborationId: params.collaborationId, to: body.to, note: body.note });
    return apiJson(presentCollaboration(await getCollaborationDetail(workspace.id, params.collaborationId)));
  },
);
