// GET /api/v1/influencers/{id} — one influencer; PUT — replace its details.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";
import { updateInfluencer } from "@/lib/influencers/crud";
import { getInfluencerProfile } from "@/lib/influencers/profile";

export const GET = withApiKey(ops.getInfluencer, async ({ params }, { workspace }) => {
  const p = await getInfluencerProfile(workspace.id, params.influencerId);
  return apiJson({
    ...p,
    accounts: p.accounts.map(({ history: _h, spikes: _s, ...a }) => a),
  });
});

export const PUT = withApiKey(ops.updateInfluencer, { crossSite: "bearerKey" }, async ({ params, body }, { workspace, actorId }) =>
  apiJson(await updateInfluencer({ workspaceId: workspace.id, userId: actorId, influencerId: params.influencerId, input: body })),
);
