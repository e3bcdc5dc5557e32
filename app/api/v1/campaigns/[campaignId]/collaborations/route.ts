// GET /api/v1/campaigns/{id}/collaborations — a campaign's collaborations; POST — add influencers.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { presentCollaborationRow } from "@/lib/api/v1/present";
import { withApiKey } from "@/lib/api/with-api-key";
import { getCampaign } from "@/lib/campaigns/crud";
import { addInfluencers } from "@/lib/collaborations/add";
import { listCampaignCollaborations } from "@/lib/collaborations/queries";
import { decodeCursor, keysetPage } from "@/lib/pagination";

export const GET = withApiKey(ops.listCollaborations, async ({ params, query }, { workspace }) => {
  await getCampaign(workspace.id, params.campaignId); // NOT_FOUND for another workspace's campaign
  const rows = await listCampaignCollaborations(workspace.id, params.campaignId, {
    after: decodeCursor(query.cursor),
    take: query.limit + 1,
  });
  const page = keysetPage(rows, query.limit, (r) => ({ at: r.createdAt, id: r.id }));
  return apiJson({ data: page.rows.map(presentCollaborationRow), nextCursor: page.nextCursor });
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
