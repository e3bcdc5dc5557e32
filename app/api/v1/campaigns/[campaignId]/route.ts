// GET /api/v1/campaigns/{id} — one campaign.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { presentCampaign } from "@/lib/api/v1/present";
import { withApiKey } from "@/lib/api/with-api-key";
import { getCampaign } from "@/lib/campaigns/crud";

export const GET = withApiKey(ops.getCampaign, async ({ params }, { workspace }) =>
  apiJson(presentCampaign(await getCampaign(workspace.id, params.campaignId))),
);
