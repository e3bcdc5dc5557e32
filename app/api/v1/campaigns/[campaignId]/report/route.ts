// GET /api/v1/campaigns/{id}/report — the campaign Results tab's figures with their formulas (lib/api/v1/report.ts).
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { campaignReportFor } from "@/lib/api/v1/report";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(ops.getCampaignReport, async ({ params, query }, { workspace }) =>
  apiJson(await campaignReportFor({ workspace, campaignId: params.campaignId, from: query.from, to: query.to })),
);
