// GET /api/v1/campaigns/{id}/collaborations — a campaign's collaborations; POST — add influencers.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { presentCollaborationRow } from "@/lib/api/v1/present";
import { withApiKey } from "@/lib/api/with-api-key";
import { getCampaign } from "@/lib/campaigns/crud";
import { addInfluencers } from "@/lib/collaborations/add";
import { listCampaignCollaborations } from "@/lib/collaborations/queries";

export const GET = withApiKey(ops.listCollaborations, async ({ params }, { workspace }) => {
  await getCampaign(workspace.id, params.campaignId); // NOT_FOUND for another workspace's campaign
  const rows = await listCampaignCollaborations(workspace.id, params.campaignId);
  return apiJson({ data: rows.map(presentCollaborationRow) });
});

export const POST = withApiKey(ops.addCollaborations, { crossSite: "bearerKey" }, async ({ params, body }, { workspace, actorId }) => {
  const { influencerIds, listId, ...compensation } = body;
  const out = await addInfluencers({
    workspaceId: workspace.id,
    actorId,
    campaignId: params.campaignId,
    influencerIds,
    listId,
    compensation,
  });
  return apiJson(out, 201);
});
