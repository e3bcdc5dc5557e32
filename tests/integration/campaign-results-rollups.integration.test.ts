// The campaign Results loader reads the rollups (lib/analytics/campaign-snapshots.ts: PostLatestMetric,
// PostDailyMetric), never a scan of the snapshots — and gives exactly what the scan gave. On random
// campaigns (snapshots at any minute of several days, inserted out of order, ties at one instant from
// two sources, counts missing, stories with frames and navigation, evidence files), in time zones
// whose days cut UTC days in two (a DST change among them) and over ranges that start after and end
// before some snapshots: the report equals campaignReport over every snapshot captured by the end of
// the range, the per-creator rows equal campaignReport per collaboration, the gallery shows each
// post's latest snapshot and latest evidence, stories their latest frames and navigation, and the
// daily curve equals dailySeries over every snapshot (the old scan, kept here as the oracle).
import { beforeAll, describe, expect, it } from "vitest";

import { loadCampaignResults, type CampaignResults } from "@/lib/analytics/campaign";
import { dailySeries, splitEvenly } from "@/lib/analytics/campaign-math";
import { addInfluencers } from "@/lib/collaborations/add";
import { db } from "@/lib/db";
import type { MetricSource } from "@/lib/db/generated/client";
import { campaignReport, type ReportPost } from "@/lib/metrics";
import { fromMinorUnits } from "@/lib/metrics/money";
import { createPost } from "@/lib/posts/records";
import { addSnapshot } from "@/lib/posts/snapshots";
import { addDays, zonedDay, zonedDayEnd } from "@/lib/time-zone";

import { createCampaignWithBrief, createInfluencer } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { counts, rng } from "../fixtures/random-snapshots";

const SOURCES: MetricSource[] = ["manual", "portal", "csv", "api"];
const MINUTE = 60_000;
// America/New_York moves its clocks on 2026-03-08: the range crosses a 23-hour day.
const T0 = Date.parse("2026-03-02T00:00:00Z");
const NOW = new Date("2026-03-30T12:00:00Z");
const ZONES = ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"];

/** A random campaign: creators with random fees, posts (some stories), snapshots inserted out of order. */
async function randomCampaign(w: string, ownerId: string, files: string[], seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const maybe = (p: number, v: number) => (r() < p ? null : v);
  const campaignId = await createCampaignWithBrief(w, ownerId, { name: `Random ${seed}` });
  const creators = 2 + Math.floor(r() * 3);
  for (let c = 0; c < creators; c++) {
    const inf = await createInfluencer(w, { name: `Creator ${seed}-${c}` });
    const fee = r() < 0.25 ? null : Math.round(r() * 200_000) / 100;
    const { collaborationIds } = await addInfluencers({
      workspaceId: w,
      actorId: ownerId,
      campaignId,
      influencerIds: [inf.id],
      compensation:
        fee === null
          ? { compensationType: "product", fee: null, productDescription: "Serum", commissionPct: null }
          : { compensationType: "product_plus_cash", fee, productDescription: "Serum", commissionPct: null },
    });
    const posts = Math.floor(r() * 4);
    for (let p = 0; p < posts; p++) {
      const story = r() < 0.3;
      const post = await createPost({
        workspaceId: w,
        collaborationId: collaborationIds[0]!,
        actorId: ownerId,
        input: {
          url: `https://instagram.com/p/z${seed}x${c}x${p}`,
          platform: "instagram",
          format: story ? "story" : "reel",
          postedAt: r() < 0.3 ? null : new Date(T0 + Math.floor(r() * 3 * 1440) * MINUTE),
          deliverableId: null,
        },
      });
      // Snapshots at any minute of 12 days, several a day; now and then a second source at the same instant.
      const snaps: { capturedAt: Date; source: MetricSource }[] = [];
      const n = Math.floor(r() * 12);
      for (let s = 0; s < n; s++) {
        const prev = snaps.at(-1);
        const at = prev && r() < 0.15 ? prev.capturedAt : new Date(T0 + Math.floor(r() * 12 * 1440) * MINUTE);
        const source = pick(SOURCES);
        if (!snaps.some((x) => x.capturedAt.getTime() === at.getTime() && x.source === source)) snaps.push({ capturedAt: at, source });
      }
      snaps.sort(() => r() - 0.5);
      for (const s of snaps) {
        const views = maybe(0.3, Math.floor(r() * 50_000));
        const reach = maybe(0.3, Math.floor(r() * 20_000));
        const impressions = maybe(0.5, reach === null ? Math.floor(r() * 30_000) : reach + Math.floor(r() * 10_000));
        const cap = views ?? 100_000;
        const first = 1000 + Math.floor(r() * 5000);
        await addSnapshot({
          workspaceId: w,
          actorId: ownerId,
          postId: post.id,
          source: s.source,
          capturedAt: s.capturedAt,
          evidenceFileId: r() < 0.2 ? pick(files) : null,
          counts: counts({
            views,
            reach,
            impressions,
            likes: maybe(0.2, Math.floor(r() * Math.min(cap, 3_000))),
            comments: maybe(0.3, Math.floor(r() * 300)),
            saves: maybe(0.5, Math.floor(r() * 200)),
            shares: maybe(0.5, Math.floor(r() * 100)),
            clicks: maybe(0.4, Math.floor(r() * 500)),
            frameViews: story && r() < 0.5 ? [first, Math.floor(first * 0.8), Math.floor(first * 0.5)] : [],
            ...(story && r() < 0.4
              ? { tapsForward: Math.floor(r() * 900), tapsBack: 3, tapExits: Math.floor(r() * 400), swipesForward: 7 }
              : {}),
          }),
        });
      }
    }
  }
  return campaignId;
}

type Raw = Awaited<ReturnType<typeof rawSnapshots>>[number];

/** Every snapshot of the campaign's posts, in campaignReport's order (capturedAt, createdAt, id in byte order). */
async function rawSnapshots(w: string, campaignId: string) {
  const rows = await db.metricSnapshot.findMany({ where: { workspaceId: w, post: { collaboration: { campaignId } } } });
  return rows.sort(
    (a, b) =>
      a.capturedAt.getTime() - b.capturedAt.getTime() ||
      a.createdAt.getTime() - b.createdAt.getTime() ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** What the snapshot scan gave, from every snapshot captured by the end of the loader's period. */
function expectScan(got: CampaignResults, all: Raw[], label: string) {
  const { from, to, timeZone } = got.period;
  const end = zonedDayEnd(to, timeZone).getTime();
  const snaps = all.filter((s) => s.capturedAt.getTime() <= end);
  const of = (postId: string) => snaps.filter((s) => s.postId === postId);
  const collabOf = new Map(got.gallery.map((g) => [g.postId, g.collaborationId]));
  const creator = new Map(got.creators.map((c) => [c.collaborationId, c]));
  // The report's posts in the loader's order (sums in the same order give the same last bit).
  const input: (ReportPost & { collaborationId: string })[] = got.report.perPost.map((pp) => {
    const c = creator.get(collabOf.get(pp.id)!)!;
    const i = got.gallery.filter((g) => g.collaborationId === c.collaborationId).findIndex((g) => g.postId === pp.id);
    const cost = splitEvenly(c.cost ? fromMinorUnits(c.cost.minor, c.cost.currency) : null, c.posts)[i];
    return { id: pp.id, collaborationId: c.collaborationId, cost, revenue: null, conversions: null, snapshots: of(pp.id) };
  });
  const report = JSON.parse(JSON.stringify(campaignReport(input))) as CampaignResults["report"];
  expect({ ...got.report, currency: undefined }, `${label} report`).toEqual({ ...report, currency: undefined });

  for (const c of got.creators) {
    const r = campaignReport(input.filter((p) => p.collaborationId === c.collaborationId));
    expect(
      {
        n: c.postsWithMetrics,
        reach: c.reach,
        impressions: c.impressions,
        engagements: c.engagements,
        clicks: c.clicks,
        err: c.err,
        ctr: c.ctr,
      },
      `${label} creator ${c.influencer.name}`,
    ).toEqual({
      n: r.postsWithMetrics,
      reach: r.reported.reach ? r.totals.reach : null,
      impressions: r.reported.impressions ? r.totals.impressions : null,
      engagements: r.reported.likes || r.reported.comments || r.reported.saves || r.reported.shares ? r.totals.engagements : null,
      clicks: r.reported.clicks ? r.totals.clicks : null,
      err: r.rates.engagementRateByReach,
      ctr: r.rates.ctr,
    });
  }

  for (const g of got.gallery) {
    const mine = of(g.postId);
    const s = mine.at(-1);
    expect(g.latest, `${label} gallery ${g.postId}`).toEqual(
      s
        ? {
            capturedAt: s.capturedAt.toISOString(),
            source: s.source,
            views: s.views,
            reach: s.reach,
            impressions: s.impressions,
            likes: s.likes,
            comments: s.comments,
            saves: s.saves,
            shares: s.shares,
            clicks: s.clicks,
          }
        : null,
    );
    expect(g.evidenceFileId, `${label} evidence ${g.postId}`).toBe(mine.filter((x) => x.evidenceFileId).at(-1)?.evidenceFileId ?? null);
    if (g.format !== "story") continue;
    const frames = mine.filter((x) => x.frameViews.length > 0).at(-1);
    const nav = mine.filter((x) => x.tapExits !== null || x.swipesForward !== null).at(-1);
    const story = got.stories.find((x) => x.postId === g.postId);
    if (!frames && !nav) expect(story, `${label} story ${g.postId}`).toBeUndefined();
    else
      expect(story, `${label} story ${g.postId}`).toMatchObject({
        capturedAt: (frames ?? nav)!.capturedAt.toISOString(),
        frames: frames?.frameViews ?? [],
        navigation: nav
          ? { tapsForward: nav.tapsForward, tapsBack: nav.tapsBack, tapExits: nav.tapExits, swipesForward: nav.swipesForward }
          : null,
      });
  }

  const daily = dailySeries({
    from,
    to,
    dayEnd: (d) => zonedDayEnd(d, timeZone).getTime(),
    posts: input.map((p) =>
      of(p.id).map((s) => ({
        at: s.capturedAt.getTime(),
        impressions: s.impressions ?? s.views,
        engagements:
          s.likes === null && s.comments === null && s.saves === null && s.shares === null
            ? null
            : (s.likes ?? 0) + (s.comments ?? 0) + (s.saves ?? 0) + (s.shares ?? 0),
        clicks: s.clicks,
      })),
    ),
    platformClickPosts: new Set(input.map((_, i) => i)),
    trackedClicksByDay: new Map(),
    conversionsByDay: new Map(),
  });
  expect(got.daily, `${label} daily`).toEqual(daily);
}

describe("campaign Results from the rollups equal the snapshot scan", () => {
  const seeds = [101, 202, 303, 404];
  let w = "";
  const campaigns: string[] = [];
  beforeAll(async () => {
    const owner = await createUser({ name: "Owner rollup results" });
    const { workspace } = await createWorkspaceWith({ name: "Rollup results", owner });
    w = workspace.id;
    const files: string[] = [];
    for (let i = 0; i < 3; i++) {
      const f = await db.storedFile.create({
        data: {
          workspaceId: w,
          ownerType: "workspace",
          ownerId: w,
          kind: "image",
          contentType: "image/png",
          size: 1,
          sha256: "0".repeat(64),
          storageKey: `w/${w}/evidence-${i}`,
          originalName: `insights-${i}.png`,
          uploader: "user",
        },
      });
      files.push(f.id);
    }
    for (const s of seeds) campaigns.push(await randomCampaign(w, owner.id, files, s));
  }, 180_000);

  it("totals, rates, per-creator and per-post figures, stories and the daily curve, in any time zone and range", async () => {
    let checked = 0;
    for (const campaignId of campaigns) {
      const all = await rawSnapshots(w, campaignId);
      for (const timeZone of ZONES) {
        const day0 = zonedDay(T0, timeZone);
        const ranges: { from?: string; to?: string }[] = [
          {},
          { from: addDays(day0, 3), to: addDays(day0, 8) },
          { from: addDays(day0, 5), to: addDays(day0, 5) },
          { from: addDays(day0, 20), to: addDays(day0, 24) },
          { from: addDays(day0, -3), to: addDays(day0, 1) },
        ];
        for (const range of ranges) {
          const got = await loadCampaignResults({ workspaceId: w, campaignId, timeZone, now: NOW, ...range });
          const label = `${campaignId} ${timeZone} ${range.from ?? "default"}..${range.to ?? "today"}`;
          if (range.from === undefined) {
            // The default range starts on the day of the first post or snapshot.
            const firsts = [
              ...all.map((s) => s.capturedAt.getTime()),
              ...got.gallery.flatMap((g) => (g.postedAt ? [Date.parse(g.postedAt)] : [])),
            ];
            if (firsts.length) expect(got.period.from, `${label} from`).toBe(zonedDay(Math.min(...firsts), timeZone));
          }
          expectScan(got, all, label);
          checked++;
        }
      }
      expect(all.length, `campaign ${campaignId} has snapshots`).toBeGreaterThan(0);
    }
    expect(checked).toBe(campaigns.length * ZONES.length * 5);
  }, 120_000);
});
