// POST /api/v1/influencers/upsert — create or update an influencer by platform + handle.
import { apiJson } from "@/lib/api/respond";
import { upsertInfluencerByHandle } from "@/lib/api/v1/influencers";
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";

export const POST = withApiKey(ops.upsertInfluencer, { crossSite: "bearerKey" }, async ({ body }, { workspace, actorId }) =>
  apiJson(await upsertInfluencerByHandle({ workspaceId: workspace.id, userId: actorId, input: body })),
);
