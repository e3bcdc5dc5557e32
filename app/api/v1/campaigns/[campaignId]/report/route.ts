// GET /api/v1/campaigns/{id}/report — the campaign's totals and rates with their formulas (lib/metrics).
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { campaignReportFor } from "@/lib/api/v1/report";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(ops.getCampaignReport, async ({ params }, { workspace }) =>
  apiJson(await campaignReportFor(workspace.id, params.campaignId)),
);
