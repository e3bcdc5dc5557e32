// GET /api/v1/campaigns — campaigns, keyset-paged; POST — create a draft campaign (budget in minor units).
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";
import { createCampaign, listCampaigns } from "@/lib/campaigns/crud";
import { createCampaignSchema } from "@/lib/campaigns/schemas";
import { fromMinorUnits } from "@/lib/metrics/money";
import { decodeCursor, keysetPage } from "@/lib/pagination";
import { parseInput } from "@/lib/validation";

export const GET = withApiKey(ops.listCampaigns, async ({ query: { cursor, limit, ...filters } }, { workspace }) => {
  const page = keysetPage(await listCampaigns(workspace.id, filters, { after: decodeCursor(cursor), take: limit + 1 }), limit, (r) => ({
    at: r.createdAt,
    id: r.id,
  }));
  return apiJson({
    data: page.rows.map(({ awaitingReview: _a, briefVersion: _b, ...r }) => ({
      ...r,
      startDate: r.startDate?.toISOString().slice(0, 10) ?? null,
      endDate: r.endDate?.toISOString().slice(0, 10) ?? null,
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  });
});

export const POST = withApiKey(ops.createCampaign, { crossSite: "bearerKey" }, async ({ body }, { workspace, actorId }) => {
  const { budgetMinor, ...fields } = body;
  const input = parseInput(createCampaignSchema, {
    ...fields,
    budget: budgetMinor === null ? null : fromMinorUnits(budgetMinor, fields.currency),
  });
  return apiJson(await createCampaign({ workspaceId: workspace.id, actorId, input }), 201);
});
