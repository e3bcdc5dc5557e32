// The API's campaign report gives the campaign Results tab's figures: on the demo's seed-case
// campaign (the seed article's $5.13 CPM) with an order attributed by a discount code, every total,
// rate and reason equals `loadCampaignResults`, and the money rates come through in minor units with
// the currency (before, CPM, CPE, CPC, CPA, ROI and ROAS were always null).
import { describe, expect, it } from "vitest";

import { GET as getReport } from "@/app/api/v1/campaigns/[campaignId]/report/route";
import { POST as addConversion } from "@/app/api/v1/conversions/route";
import { loadCampaignResults } from "@/lib/analytics/campaign";
import { db } from "@/lib/db";
import { toMinorUnits } from "@/lib/metrics/money";
import { createDiscountCode } from "@/lib/tracking/discount-codes";
import { createDiscountCodeSchema } from "@/lib/tracking/schemas";
import { SEED_CASE, seedMetrics } from "@/prisma/seed-metrics";

import { createInfluencerWithAccount } from "../../fixtures/influencers";
import { call, workspaceWithKey } from "./helpers";

type Money = { minor: number; currency: string } | null;
const MONEY_RATES = ["cpm", "cpe", "cpc", "cpa"] as const;
const PLAIN_RATES = ["engagementRateByReach", "engagementRateByImpressions", "ctr", "roi", "roas"] as const;

describe("GET /api/v1/campaigns/{id}/report", () => {
  it("equals the Results loader on demo-like data, money rates in minor units with the currency", async () => {
    const { key, workspace, owner } = await workspaceWithKey();
    for (const n of [1, 2, 3]) await createInfluencerWithAccount(workspace.id, { name: `Micro ${n}`, followers: 20_000 + n * 1000 });
    await seedMetrics({ workspaceId: workspace.id, userId: owner.id });
    const campaign = await db.campaign.findFirstOrThrow({
      where: { workspaceId: workspace.id, name: SEED_CASE.name },
      select: { id: true },
    });
    const collab = await db.collaboration.findFirstOrThrow({
      where: { workspaceId: workspace.id, campaignId: campaign.id },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    // An order attributed by a code, inside the campaign's period: revenue, CPA, ROI and ROAS.
    await createDiscountCode({
      workspaceId: workspace.id,
      actorId: owner.id,
      input: createDiscountCodeSchema.parse({ collaborationId: collab.id, code: "GLOW15" }),
    });
    const firstPost = await db.post.findFirstOrThrow({
      where: { workspaceId: workspace.id, collaborationId: collab.id },
      select: { postedAt: true },
    });
    const order = await call(addConversion, {
      key,
      path: "/conversions",
      body: {
        orderId: "9001",
        orderedAt: new Date(firstPost.postedAt!.getTime() + 86_400_000).toISOString(),
        currency: "USD",
        amountMinor: 2_500_000,
        discountCodes: ["glow15"],
      },
    });
    expect(order.json).toMatchObject({ attributedBy: "code", collaborationId: collab.id });

    const res = await call(getReport, { key, params: { campaignId: campaign.id } });
    expect(res.status, res.text).toBe(200);
    const api = res.json as Record<string, never> & {
      rates: Record<string, number | Money>;
      money: Record<string, Money>;
      totals: Record<string, number>;
    };
    const { timeZone } = await db.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: { timeZone: true } });
    const results = await loadCampaignResults({ workspaceId: workspace.id, campaignId: campaign.id, timeZone });
    const r = results.report;

    expect(api.currency).toBe("USD");
    expect(api.period).toEqual(results.period);
    expect(api.posts).toBe(r.posts);
    expect(api.postsWithMetrics).toBe(r.postsWithMetrics);
    const { cost: _c, revenue: _r, ...counts } = r.totals;
    expect(api.totals).toEqual(counts);
    expect(api.money).toEqual(results.money);
    expect(api.money.cost).toEqual({ minor: SEED_CASE.costMinor, currency: "USD" });
    expect(api.money.revenue).toEqual({ minor: 2_500_000, currency: "USD" });
    expect(api.reported).toEqual(r.reported);
    expect(api.missing).toEqual(r.missing);

    for (const k of PLAIN_RATES) {
      expect(r.rates[k], k).not.toBeNull();
      expect(api.rates[k], k).toBe(r.rates[k]);
    }
    for (const k of MONEY_RATES) {
      expect(r.rates[k], k).not.toBeNull();
      expect(api.rates[k], k).toEqual({ minor: toMinorUnits(r.rates[k]!, "USD"), currency: "USD" });
    }
    // The seed article's case: $17,515.87 over 3,414,400 impressions is a $5.13 CPM.
    expect(api.rates.cpm).toEqual({ minor: 513, currency: "USD" });
    expect(api.formulas).toMatchObject({ cpm: { formula: expect.stringMatching(/1,?000/), unit: "money" }, roas: { unit: "ratio" } });
    expect((api.perPost as unknown as { id: string }[]).map((p) => p.id)).toEqual(r.perPost.map((p) => p.id));
  });

  it("takes a period and refuses a malformed one with the API's error body", async () => {
    const { key, workspace, owner } = await workspaceWithKey();
    await createInfluencerWithAccount(workspace.id, { name: "Micro", followers: 21_000 });
    await seedMetrics({ workspaceId: workspace.id, userId: owner.id });
    const campaign = await db.campaign.findFirstOrThrow({
      where: { workspaceId: workspace.id, name: SEED_CASE.name },
      select: { id: true },
    });
    const ok = await call(getReport, {
      key,
      path: `/campaigns/${campaign.id}/report?from=2020-01-01&to=2020-01-31`,
      params: { campaignId: campaign.id },
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.json).toMatchObject({ period: { from: "2020-01-01", to: "2020-01-31" }, postsWithMetrics: 0 });
    const bad = await call(getReport, { key, path: `/campaigns/${campaign.id}/report?from=May`, params: { campaignId: campaign.id } });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({ code: "BAD_REQUEST", fields: { from: [expect.any(String)] } });
  });
});
