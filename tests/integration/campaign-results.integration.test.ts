// The campaign Results loader on real Postgres: the latest snapshot wins (never a sum), a
// collaboration's cost is shared over its posts and a collaboration without a post is "not live yet"
// (not in CPM), tracking-link clicks replace platform clicks where links exist (bots excluded),
// money in another currency is never added, missing inputs are null with their reason, the daily
// curve carries snapshots forward, and another workspace's campaign is NOT_FOUND.
import { beforeAll, describe, expect, it } from "vitest";

import { loadCampaignResults } from "@/lib/analytics/campaign";
import { addInfluencers } from "@/lib/collaborations/add";
import { db } from "@/lib/db";
import { toAppError } from "@/lib/errors";
import { createPost } from "@/lib/posts/records";
import { addSnapshotSchema } from "@/lib/posts/schemas";
import { addSnapshot } from "@/lib/posts/snapshots";
import { newClickId } from "@/lib/tracking/click-id";
import { createLink } from "@/lib/tracking/links";
import { createLinkSchema } from "@/lib/tracking/schemas";
import { SEED_CASE, seedMetrics } from "@/prisma/seed-metrics";

import { createCampaignWithBrief, createInfluencer } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { createInfluencerWithAccount } from "../fixtures/influencers";

const TZ = "UTC";
const NOW = new Date("2026-05-20T12:00:00Z");

async function errorOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    const app = toAppError(e);
    if (app) return app;
    throw e;
  }
  throw new Error("expected a failure");
}

const counts = (c: Record<string, unknown>) => {
  const { postId: _p, capturedAt: _c, ...rest } = addSnapshotSchema.parse({ postId: "x", capturedAt: "2026-05-01", ...c });
  return rest;
};

let uniq = 0;
async function world(label: string) {
  const owner = await createUser({ name: `Owner ${label}` });
  const { workspace } = await createWorkspaceWith({ name: `Brand ${label}`, owner });
  const w = workspace.id;
  const campaignId = await createCampaignWithBrief(w, owner.id);
  await db.campaign.update({
    where: { workspaceId_id: { workspaceId: w, id: campaignId } },
    data: {
      startDate: new Date("2026-05-01T00:00:00Z"),
      endDate: new Date("2026-05-31T00:00:00Z"),
      kpis: [
        { metric: "err", target: 3 },
        { metric: "ctr", target: 2 },
        { metric: "impressions", target: 10_000 },
      ],
    },
  });
  const collab = async (fee: number | null) => {
    const inf = await createInfluencer(w);
    const { collaborationIds } = await addInfluencers({
      workspaceId: w,
      actorId: owner.id,
      campaignId,
      influencerIds: [inf.id],
      compensation: { compensationType: "product_plus_cash", fee, productDescription: "Serum", commissionPct: null },
    });
    return collaborationIds[0]!;
  };
  const post = async (collaborationId: string, format: "reel" | "story" = "reel") =>
    (
      await createPost({
        workspaceId: w,
        collaborationId,
        actorId: owner.id,
        input: {
          url: `https://instagram.com/p/${label}${++uniq}`,
          platform: "instagram",
          format,
          postedAt: new Date("2026-05-02T10:00:00Z"),
          deliverableId: null,
        },
      })
    ).id;
  const snap = (postId: string, capturedAt: string, c: Record<string, unknown>, source: "manual" | "portal" | "csv" = "manual") =>
    addSnapshot({ workspaceId: w, actorId: owner.id, postId, source, capturedAt: new Date(capturedAt), counts: counts(c) });
  return { owner, w, campaignId, collab, post, snap };
}

let A: Awaited<ReturnType<typeof world>>;
let B: Awaited<ReturnType<typeof world>>;
let ids: { c1: string; c2: string; c3: string; p1: string; p2: string; p3: string; story: string };

beforeAll(async () => {
  A = await world("a");
  B = await world("b");
  // c1: $300 fee, two posts (reel + story); c2: $500 fee, one post; c3: $200 fee, no post yet.
  const c1 = await A.collab(300);
  const c2 = await A.collab(500);
  const c3 = await A.collab(200);
  const p1 = await A.post(c1);
  const story = await A.post(c1, "story");
  const p2 = await A.post(c2);
  // p1: three snapshots, entered out of order; the latest (May 10) wins.
  await A.snap(p1, "2026-05-10T09:00:00Z", { reach: 5000, impressions: 8000, likes: 200, comments: 20, saves: 30, clicks: 100 });
  await A.snap(p1, "2026-05-03T09:00:00Z", { reach: 1000, impressions: 1500, likes: 40, comments: 4, saves: 6, clicks: 20 });
  await A.snap(p1, "2026-05-05T09:00:00Z", { reach: 3000, impressions: 4000, likes: 120, comments: 10, saves: 20, clicks: 60 }, "portal");
  // p2 reports no reach: views stand in for impressions.
  await A.snap(p2, "2026-05-04T09:00:00Z", { views: 2000, likes: 50, comments: 5, saves: 5, clicks: 10 });
  await A.snap(story, "2026-05-03T09:00:00Z", { reach: 900, impressions: 1000, frameViews: [1000, 900, 600, 560] });
  ids = { c1, c2, c3, p1, p2, p3: "", story };
  // B: a campaign with a post of its own.
  const bc = await B.collab(100);
  const bp = await B.post(bc);
  await B.snap(bp, "2026-05-04T09:00:00Z", { reach: 99_999, impressions: 99_999, likes: 9_999 });
});

describe("loadCampaignResults", () => {
  it("takes each post's latest snapshot, never a sum, and shares each collaboration's fee over its posts", async () => {
    const r = await loadCampaignResults({ workspaceId: A.w, campaignId: A.campaignId, timeZone: TZ, now: NOW });
    expect(r.report.posts).toBe(3);
    // reach: p1 latest 5000 + story 900; p2 none.
    expect(r.report.totals.reach).toBe(5900);
    // impressions: 8000 + 1000 + p2's views 2000.
    expect(r.report.totals.impressions).toBe(11_000);
    expect(r.report.impressionsFromViews).toBe(1);
    // cost: c1 $300 over 2 posts + c2 $500; c3 is not live yet and not in the cost.
    expect(r.report.totals.cost).toBe(800);
    expect(r.money.cost).toEqual({ minor: 80_000, currency: "USD" });
    expect(r.money.notLiveYetCost).toEqual({ minor: 20_000, currency: "USD" });
    expect(r.report.rates.cpm).toBeCloseTo((800 / 11_000) * 1000, 10);
    const c1 = r.creators.find((c) => c.collaborationId === ids.c1)!;
    expect(c1.cost).toEqual({ minor: 30_000, currency: "USD" });
    expect(c1.posts).toBe(2);
    expect(c1.clicksSource).toBe("platform");
    expect(c1.clicks).toBe(100);
    const c3 = r.creators.find((c) => c.collaborationId === ids.c3)!;
    expect(c3.live).toBe("not live yet");
    expect(c3.missing.posts).toBe("not live yet");
    // ERR = (200+20+30 + 50+5+5) ÷ (5000+900) × 100; p2's likes count though it reported no reach.
    expect(r.report.rates.engagementRateByReach).toBeCloseTo((310 / 5900) * 100, 10);
    const err = r.kpis.find((k) => k.metric === "err")!;
    expect(err.actual).toBeCloseTo((310 / 5900) * 100, 10);
    expect(err.status).toBe("met");
    expect(err.formula).toContain("reach");
    expect(err.inputs.map((i) => i.label)).toEqual(["Likes", "Comments", "Saves", "Reach"]);
    const impressions = r.kpis.find((k) => k.metric === "impressions")!;
    expect(impressions.actual).toBe(11_000);
    expect(impressions.status).toBe("met");
    // The object is plain JSON.
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("shows a missing input as null with its reason, never 0", async () => {
    const r = await loadCampaignResults({ workspaceId: A.w, campaignId: A.campaignId, timeZone: TZ, now: NOW });
    // No orders: revenue unknown, so ROI is null with a reason.
    expect(r.report.rates.roi).toBeNull();
    expect(r.report.missing.roi).toBe("no revenue recorded");
    const c2 = r.creators.find((c) => c.collaborationId === ids.c2)!;
    expect(c2.reach).toBeNull();
    expect(c2.err).toBeNull();
    expect(c2.missing.err).toBe("reach not reported");
    const g = r.gallery.find((p) => p.postId === ids.p2)!;
    expect(g.err).toBeNull();
    expect(g.missing.err).toBe("reach not reported");
    expect(g.disclosure.status).toBe("not checked");
  });

  it("reads a story's frames: completion and the drops", async () => {
    const r = await loadCampaignResults({ workspaceId: A.w, campaignId: A.campaignId, timeZone: TZ, now: NOW });
    expect(r.stories).toHaveLength(1);
    expect(r.stories[0]!.completion).toBeCloseTo(56, 10);
    expect(r.stories[0]!.rating).toBe("weak");
    expect(r.stories[0]!.drops.map((d) => d.frame)).toEqual([2]);
    expect(r.storyCompletion).toBeCloseTo(56, 10);
  });

  it("carries each post's latest snapshot forward day by day", async () => {
    const r = await loadCampaignResults({ workspaceId: A.w, campaignId: A.campaignId, timeZone: TZ, now: NOW });
    expect(r.period).toEqual({ from: "2026-05-02", to: "2026-05-20", timeZone: TZ });
    const day = (d: string) => r.daily.find((x) => x.date === d)!;
    expect(r.daily[0]!.date).toBe("2026-05-02");
    expect(day("2026-05-02").impressionsTotal).toBe(0);
    expect(day("2026-05-03").impressionsTotal).toBe(1500 + 1000);
    expect(day("2026-05-04").impressionsTotal).toBe(1500 + 1000 + 2000);
    expect(day("2026-05-04").impressions).toBe(2000);
    expect(day("2026-05-05").impressionsTotal).toBe(4000 + 1000 + 2000);
    expect(day("2026-05-09").impressions).toBe(0);
    expect(day("2026-05-20").impressionsTotal).toBe(11_000);
    expect(r.daily.reduce((s, d) => s + d.impressions, 0)).toBe(11_000);
    // Platform clicks: increases of the running totals.
    expect(r.daily.reduce((s, d) => s + d.clicks, 0)).toBe(110);
    // "As of" a day: snapshots after it are not read.
    const early = await loadCampaignResults({ workspaceId: A.w, campaignId: A.campaignId, timeZone: TZ, to: "2026-05-04", now: NOW });
    expect(early.report.totals.impressions).toBe(1500 + 1000 + 2000);
  });

  it("uses tracking-link clicks by people where the collaboration has links", async () => {
    const link = await createLink({
      workspaceId: A.w,
      actorId: A.owner.id,
      input: createLinkSchema.parse({ collaborationId: ids.c1, destinationUrl: "https://shop.example/serum" }),
    });
    const click = (at: string, visitor: string, isBot = false) => ({
      workspaceId: A.w,
      id: newClickId(),
      linkId: link.id,
      collaborationId: ids.c1,
      at: new Date(at),
      isBot,
      visitorHash: visitor,
    });
    await db.click.createMany({
      data: [
        click("2026-05-06T10:00:00Z", "v1"),
        click("2026-05-06T11:00:00Z", "v2"),
        click("2026-05-07T10:00:00Z", "v3"),
        click("2026-05-07T10:05:00Z", "bot", true),
      ],
    });
    const r = await loadCampaignResults({ workspaceId: A.w, campaignId: A.campaignId, timeZone: TZ, now: NOW });
    const c1 = r.creators.find((c) => c.collaborationId === ids.c1)!;
    expect(c1.clicksSource).toBe("tracking");
    expect(c1.clicks).toBe(3);
    expect(r.trackedClicks).toEqual({ total: 3, bots: 1 });
    expect(r.clicksSource).toBe("mixed");
    // 3 tracked clicks (c1) + 10 platform clicks (c2).
    expect(r.report.totals.clicks).toBe(13);
    expect(r.daily.find((d) => d.date === "2026-05-06")!.clicks).toBe(2);
    await db.trackingLink.deleteMany({ where: { workspaceId: A.w, id: link.id } });
  });

  it("never adds money of different currencies: left out, with a notice, and the money rates are —", async () => {
    await db.collaboration.update({ where: { workspaceId_id: { workspaceId: A.w, id: ids.c2 } }, data: { currency: "EUR" } });
    try {
      const r = await loadCampaignResults({ workspaceId: A.w, campaignId: A.campaignId, timeZone: TZ, now: NOW });
      expect(r.money.cost).toEqual({ minor: 30_000, currency: "USD" });
      expect(r.currencyNotices).toEqual([{ currency: "EUR", what: "fees", amount: { minor: 50_000, currency: "EUR" } }]);
      expect(r.report.rates.cpm).toBeNull();
      expect(r.report.missing.cpm).toMatch(/USD, EUR/);
      const c2 = r.creators.find((c) => c.collaborationId === ids.c2)!;
      expect(c2.cost).toBeNull();
      expect(c2.missing.cost).toBe("fee in EUR, not added to USD");
    } finally {
      await db.collaboration.update({ where: { workspaceId_id: { workspaceId: A.w, id: ids.c2 } }, data: { currency: "USD" } });
    }
  });

  it("answers NOT_FOUND for another workspace's campaign and reads nothing of it", async () => {
    expect((await errorOf(loadCampaignResults({ workspaceId: A.w, campaignId: B.campaignId, timeZone: TZ }))).code).toBe("NOT_FOUND");
    const b = await loadCampaignResults({ workspaceId: B.w, campaignId: B.campaignId, timeZone: TZ, now: NOW });
    expect(b.report.totals.reach).toBe(99_999);
    expect(JSON.stringify(b)).not.toContain(ids.p1);
  });

  it("refuses a malformed or reversed range", async () => {
    expect((await errorOf(loadCampaignResults({ workspaceId: A.w, campaignId: A.campaignId, timeZone: TZ, from: "May 1" }))).code).toBe(
      "BAD_REQUEST",
    );
    expect(
      (
        await errorOf(
          loadCampaignResults({ workspaceId: A.w, campaignId: A.campaignId, timeZone: TZ, from: "2026-05-10", to: "2026-05-01" }),
        )
      ).code,
    ).toBe("BAD_REQUEST");
  });

  it("reproduces the seed case in the demo data: 3,414,400 impressions at a $5.13 CPM", async () => {
    const owner = await createUser({ name: "Owner seed" });
    const { workspace } = await createWorkspaceWith({ name: "Brand seed", owner });
    for (const n of [1, 2, 3]) await createInfluencerWithAccount(workspace.id, { name: `Micro ${n}`, followers: 20_000 + n * 1000 });
    await seedMetrics({ workspaceId: workspace.id, userId: owner.id });
    await seedMetrics({ workspaceId: workspace.id, userId: owner.id });
    const campaign = await db.campaign.findFirstOrThrow({
      where: { workspaceId: workspace.id, name: SEED_CASE.name },
      select: { id: true },
    });
    const r = await loadCampaignResults({ workspaceId: workspace.id, campaignId: campaign.id, timeZone: TZ });
    expect(r.report.posts).toBe(3);
    expect(r.report.totals.impressions).toBe(3_414_400);
    expect(r.money.cost).toEqual({ minor: 1_751_587, currency: "USD" });
    expect(r.report.rates.cpm!.toFixed(2)).toBe("5.13");
    // Snapshots over several weeks: the curve grows over more than three weeks.
    const growing = r.daily.filter((d) => d.impressions > 0);
    expect(growing.length).toBeGreaterThanOrEqual(4);
    expect(Date.parse(growing.at(-1)!.date) - Date.parse(growing[0]!.date)).toBeGreaterThanOrEqual(21 * 86_400_000);
  });

  it("gives an empty campaign an empty report", async () => {
    const id = await createCampaignWithBrief(A.w, A.owner.id);
    const r = await loadCampaignResults({ workspaceId: A.w, campaignId: id, timeZone: TZ, now: NOW });
    expect(r.report.posts).toBe(0);
    expect(r.report.rates.engagementRateByReach).toBeNull();
    expect(r.creators).toEqual([]);
    expect(r.gallery).toEqual([]);
    expect(r.kpis[0]).toMatchObject({ metric: "ctr", actual: null, status: null });
  });
});
