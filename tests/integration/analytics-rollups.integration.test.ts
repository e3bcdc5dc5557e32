// The analytics rollups on real Postgres: kept up to date by every snapshot insert (out of order,
// ties), equal to a rebuild from the snapshots, and the SQL sums giving exactly what lib/metrics
// campaignReport gives over the same posts, snapshots, money and orders (random campaigns).
import { beforeAll, describe, expect, it } from "vitest";

import { groupDailySums } from "@/lib/analytics/group-sums";
import { resolveRange } from "@/lib/analytics/range";
import { reportFromSums, type RollupReport } from "@/lib/analytics/rates";
import { rebuildRollups } from "@/lib/analytics/rollup-write";
import { campaignDailySeries, rollupSums, type RollupScope, type RollupSums } from "@/lib/analytics/rollups";
import { campaignCreators, workspaceAnalytics, workspaceAnalyticsCsv, workspaceCreators } from "@/lib/analytics/workspace";
import { workspaceRangeSums } from "@/lib/analytics/workspace-sums";
import { addInfluencers } from "@/lib/collaborations/add";
import { db } from "@/lib/db";
import type { MetricSource, SocialPlatform } from "@/lib/db/generated/client";
import { campaignReport, type ReportPost } from "@/lib/metrics";
import { importPostMetrics } from "@/lib/posts/import";
import { createPost } from "@/lib/posts/records";
import { addSnapshot } from "@/lib/posts/snapshots";
import { zonedDayEnd, zonedDayStart } from "@/lib/time-zone";
import { updateWorkspace } from "@/lib/workspaces/crud";

import { addPaidCollaboration, createCampaignWithBrief, createInfluencer } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { counts, rng } from "../fixtures/random-snapshots";

const SOURCES: MetricSource[] = ["manual", "portal", "csv", "api"];
const PLATFORMS: SocialPlatform[] = ["instagram", "tiktok", "youtube"];
const DAY = 86_400_000;
const T0 = Date.parse("2026-06-01T00:00:00Z");

async function tenant(label: string) {
  const owner = await createUser({ name: `Owner ${label}` });
  const { workspace } = await createWorkspaceWith({ name: `Analytics ${label}`, owner });
  return { w: workspace.id, owner };
}

/** A tenant with one campaign and one creator on it, paid `fee` (null: product only). */
async function oneCollaboration(label: string, fee: number | null) {
  const { w, owner } = await tenant(label);
  const campaignId = await createCampaignWithBrief(w, owner.id);
  const inf = await createInfluencer(w);
  return { w, owner, campaignId, collaborationId: await addPaidCollaboration(w, owner.id, campaignId, inf.id, fee) };
}

/** A random campaign: creators with random followers and fees, posts, snapshots inserted out of order, orders. */
async function randomCampaign(w: string, ownerId: string, seed: number, opts: { store: boolean }) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const maybe = (p: number, v: number) => (r() < p ? null : v);
  const campaignId = await createCampaignWithBrief(w, ownerId, { name: `Random ${seed}` });
  const connection = opts.store ? await db.storeConnection.create({ data: { workspaceId: w, kind: "csv", name: `CSV ${seed}` } }) : null;
  const creators = 2 + Math.floor(r() * 5);
  for (let c = 0; c < creators; c++) {
    const inf = await createInfluencer(w, { name: `Creator ${seed}-${c}` });
    const followers = pick([500, 4_000, 25_000, 250_000, 2_000_000]);
    const tier =
      followers >= 1_000_000
        ? "mega"
        : followers >= 100_000
          ? "macro"
          : followers >= 10_000
            ? "micro"
            : followers >= 1_000
              ? "nano"
              : "none";
    await db.influencer.updateMany({ where: { workspaceId: w, id: inf.id }, data: { followers, tier } });
    const fee = r() < 0.25 ? null : Math.round(r() * 200_000) / 100;
    const collaborationId = await addPaidCollaboration(w, ownerId, campaignId, inf.id, fee);
    if (connection) {
      const orders = Math.floor(r() * 4);
      for (let o = 0; o < orders; o++) {
        const amount = Math.floor(r() * 20_000);
        await db.conversion.create({
          data: {
            workspaceId: w,
            connectionId: connection.id,
            externalId: `${seed}-${c}-${o}`,
            orderedAt: new Date(T0 + o * DAY),
            currency: r() < 0.15 ? "EUR" : "USD",
            amountMinor: BigInt(amount),
            refundedMinor: BigInt(r() < 0.2 ? Math.floor(amount * r() * 1.5) : 0),
            status: pick(["paid", "paid", "pending", "cancelled"] as const),
            attributedBy: "code",
            attributionReason: "Discount code TEST",
            collaborationId,
          },
        });
      }
    }
    const posts = Math.floor(r() * 4);
    for (let p = 0; p < posts; p++) {
      const post = await createPost({
        workspaceId: w,
        collaborationId,
        actorId: ownerId,
        input: {
          url: `https://instagram.com/p/r${seed}x${c}x${p}`,
          platform: pick(PLATFORMS),
          format: "post",
          postedAt: r() < 0.3 ? null : new Date(T0 + Math.floor(r() * 60) * DAY),
          deliverableId: null,
        },
      });
      // Snapshots on a few days, several per day, some at the same instant from different sources
      // (a tie broken by insertion order), inserted in a shuffled order.
      const snaps: { capturedAt: Date; source: MetricSource }[] = [];
      const n = Math.floor(r() * 6);
      for (let s = 0; s < n; s++) {
        const at = new Date(T0 + Math.floor(r() * 5) * DAY + pick([0, 0, 3_600_000, 7_200_000]));
        const source = pick(SOURCES);
        if (!snaps.some((x) => x.capturedAt.getTime() === at.getTime() && x.source === source)) snaps.push({ capturedAt: at, source });
      }
      snaps.sort(() => r() - 0.5);
      for (const s of snaps) {
        const views = maybe(0.3, Math.floor(r() * 50_000));
        const reach = maybe(0.3, Math.floor(r() * 20_000));
        const impressions = maybe(0.5, reach === null ? Math.floor(r() * 30_000) : reach + Math.floor(r() * 10_000));
        const cap = views ?? 100_000;
        await addSnapshot({
          workspaceId: w,
          actorId: ownerId,
          postId: post.id,
          source: s.source,
          capturedAt: s.capturedAt,
          counts: counts({
            views,
            reach,
            impressions,
            likes: maybe(0.2, Math.floor(r() * Math.min(cap, 3_000))),
            comments: maybe(0.3, Math.floor(r() * 300)),
            saves: maybe(0.5, Math.floor(r() * 200)),
            shares: maybe(0.5, Math.floor(r() * 100)),
            clicks: maybe(0.4, Math.floor(r() * 500)),
          }),
        });
      }
    }
  }
  return campaignId;
}

/**
 * campaignReport's input for the posts in scope, read straight from the tables: each post's snapshots
 * in (capturedAt, createdAt, id) order (campaignReport breaks ties by array order), and each
 * collaboration's fee, net revenue in its currency and orders shared equally among all its posts
 * with snapshots, in scope or not — the attribution lib/analytics/rollups.ts documents.
 */
async function reportInput(w: string, filter: (p: { campaignId: string; liveAt: Date; platform: string; tier: string }) => boolean) {
  const snaps = await db.$queryRaw<
    {
      postId: string;
      collaborationId: string;
      campaignId: string;
      platform: string;
      tier: string;
      liveAt: Date;
      capturedAt: Date;
      reach: number | null;
      impressions: number | null;
      views: number | null;
      likes: number | null;
      comments: number | null;
      saves: number | null;
      shares: number | null;
      clicks: number | null;
    }[]
  >`SELECT s."postId", p."collaborationId", c."campaignId", p.platform::text AS platform, i.tier, coalesce(p."postedAt", p."createdAt") AS "liveAt",
           s."capturedAt", s.reach, s.impressions, s.views, s.likes, s.comments, s.saves, s.shares, s.clicks
    FROM "MetricSnapshot" s JOIN "Post" p ON p."workspaceId" = s."workspaceId" AND p.id = s."postId"
    JOIN "Collaboration" c ON c."workspaceId" = p."workspaceId" AND c.id = p."collaborationId"
    JOIN "Influencer" i ON i."workspaceId" = c."workspaceId" AND i.id = c."influencerId"
    WHERE s."workspaceId" = ${w}
    ORDER BY s."capturedAt", s."createdAt", s.id COLLATE "C"`;
  const collabs = await db.collaboration.findMany({ where: { workspaceId: w }, select: { id: true, feeMinor: true, currency: true } });
  const orders = await db.conversion.findMany({
    where: { workspaceId: w, status: { not: "cancelled" } },
    select: { collaborationId: true, currency: true, amountMinor: true, refundedMinor: true },
  });
  const hasStore = (await db.storeConnection.count({ where: { workspaceId: w } })) > 0;
  const posts = new Map<string, { collaborationId: string; snapshots: ReportPost["snapshots"][number][] }>();
  const everyPost = new Map<string, string>();
  for (const s of snaps) {
    everyPost.set(s.postId, s.collaborationId);
    if (!filter(s)) continue;
    const p = posts.get(s.postId) ?? { collaborationId: s.collaborationId, snapshots: [] };
    p.snapshots.push(s);
    posts.set(s.postId, p);
  }
  const perCollab = new Map<string, number>();
  for (const c of everyPost.values()) perCollab.set(c, (perCollab.get(c) ?? 0) + 1);
  const input: (ReportPost & { collaborationId: string })[] = [...posts].map(([id, p]) => {
    const c = collabs.find((x) => x.id === p.collaborationId)!;
    const n = perCollab.get(p.collaborationId)!;
    const mine = orders.filter((o) => o.collaborationId === c.id);
    const revenue = mine
      .filter((o) => o.currency === c.currency)
      .reduce((a, o) => a + Math.max(Number(o.amountMinor - o.refundedMinor), 0), 0);
    return {
      id,
      collaborationId: p.collaborationId,
      cost: c.feeMinor === null ? null : Number(c.feeMinor) / 100 / n,
      revenue: hasStore ? revenue / 100 / n : null,
      conversions: hasStore ? mine.length / n : null,
      snapshots: p.snapshots,
    };
  });
  return input;
}

function expectSame(sql: RollupReport, ts: ReturnType<typeof campaignReport>, label: string) {
  expect(sql.posts, `${label} posts`).toBe(ts.postsWithMetrics);
  for (const k of ["likes", "comments", "saves", "shares", "engagements", "reach", "impressions", "clicks", "views"] as const)
    expect(sql.totals[k], `${label} totals.${k}`).toBe(ts.totals[k]);
  for (const k of ["cost", "revenue", "conversions"] as const) expect(sql.totals[k], `${label} totals.${k}`).toBeCloseTo(ts.totals[k], 6);
  expect(sql.reported, `${label} reported`).toEqual(ts.reported);
  expect(sql.impressionsFromViews, `${label} impressionsFromViews`).toBe(ts.impressionsFromViews);
  expect(sql.missing, `${label} missing`).toEqual(ts.missing);
  for (const [k, v] of Object.entries(ts.rates)) {
    const got = sql.rates[k as keyof typeof sql.rates];
    if (v === null) expect(got, `${label} rates.${k}`).toBeNull();
    else expect(Math.abs(got! - v) / Math.max(Math.abs(v), 1e-300), `${label} rates.${k}: ${got} vs ${v}`).toBeLessThanOrEqual(1e-9);
  }
}

async function rollupRows(w: string) {
  const latest = await db.postLatestMetric.findMany({ where: { workspaceId: w }, orderBy: { postId: "asc" } });
  const daily = await db.postDailyMetric.findMany({ where: { workspaceId: w }, orderBy: [{ postId: "asc" }, { day: "asc" }] });
  const groups = await db.workspaceCampaignDaily.findMany({
    where: { workspaceId: w },
    orderBy: [{ day: "asc" }, { campaignId: "asc" }],
  });
  const segments = await db.workspaceSegmentDaily.findMany({
    where: { workspaceId: w },
    orderBy: [{ day: "asc" }, { platform: "asc" }, { tier: "asc" }],
  });
  // Exact numerics as text: a share that drifted in the last digit shows.
  const moneyColumns = `posts, "nCost", "nMoney", "costMinor"::text, "revenueMinor"::text, orders::text, collabs, "collabsOnPlatform", "collabsInTier"`;
  const money = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT day::text, "campaignId", currency, ${moneyColumns} FROM "WorkspaceCampaignMoneyDaily" WHERE "workspaceId" = $1
     ORDER BY day, "campaignId", currency`,
    w,
  );
  const segmentMoney = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT day::text, platform::text, tier, currency, ${moneyColumns} FROM "WorkspaceSegmentMoneyDaily" WHERE "workspaceId" = $1
     ORDER BY day, platform, tier, currency`,
    w,
  );
  const creators = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT "influencerId", posts, reach::text, "nReach", engagements::text, "costMinor"::text, "revenueMinor"::text,
            "currencyMin", "currencyMax"
     FROM "WorkspaceCreatorTotal" WHERE "workspaceId" = $1 ORDER BY "influencerId"`,
    w,
  );
  return { latest, daily, groups, segments, money, segmentMoney, creators };
}

describe("rollups kept by each snapshot insert", () => {
  it("keeps the latest by capturedAt whatever the insert order, and the last of each UTC day; a tie goes to the later insert", async () => {
    const { w, owner, campaignId, collaborationId } = await oneCollaboration("order", null);
    const post = await createPost({
      workspaceId: w,
      collaborationId,
      actorId: owner.id,
      input: { url: "https://instagram.com/p/order1", platform: "instagram", format: "post", postedAt: null, deliverableId: null },
    });
    const add = (source: MetricSource, at: string, reach: number) =>
      addSnapshot({ workspaceId: w, actorId: owner.id, postId: post.id, source, capturedAt: new Date(at), counts: counts({ reach }) });
    await add("manual", "2026-10-03T10:00:00Z", 300);
    await add("manual", "2026-10-01T10:00:00Z", 100); // older: changes the latest row of nothing, adds a day
    await add("manual", "2026-10-03T08:00:00Z", 250); // earlier the same day: the day keeps 300
    const latest = () => db.postLatestMetric.findUniqueOrThrow({ where: { workspaceId_postId: { workspaceId: w, postId: post.id } } });
    expect((await latest()).reach).toBe(300);
    await add("portal", "2026-10-03T10:00:00Z", 310); // same instant, inserted later: wins the tie, like campaignReport's later array entry
    expect((await latest()).reach).toBe(310);
    const days = await db.postDailyMetric.findMany({
      where: { workspaceId: w, postId: post.id },
      orderBy: { day: "asc" },
      select: { day: true, reach: true },
    });
    expect(days.map((d) => [d.day.toISOString().slice(0, 10), d.reach])).toEqual([
      ["2026-10-01", 100],
      ["2026-10-03", 310],
    ]);
    // The curve: the post's figures as of each day (running totals over the campaign's posts).
    expect((await campaignDailySeries({ workspaceId: w, campaignId })).map((p) => [p.day, p.reach])).toEqual([
      ["2026-10-01", 100],
      ["2026-10-03", 310],
    ]);
    // The same snapshot again is "unchanged" and touches nothing.
    await add("manual", "2026-10-01T10:00:00Z", 100);
    expect((await latest()).reach).toBe(310);
    const before = await rollupRows(w);
    await db.$transaction((tx) => rebuildRollups(tx, w));
    expect(await rollupRows(w)).toEqual(before);
  });
});

describe("the money rule: a collaboration's money is shared among all its posts, so periods add up", () => {
  it("splits the fee by posts across months, counts the creator where the first post went live, and re-shares when a post gets its first metrics", async () => {
    const { w, owner, collaborationId } = await oneCollaboration("periods", 300);
    const post = async (n: number, postedAt: string, platform: SocialPlatform) => {
      const p = await createPost({
        workspaceId: w,
        collaborationId,
        actorId: owner.id,
        input: { url: `https://instagram.com/p/period${n}`, platform, format: "post", postedAt: new Date(postedAt), deliverableId: null },
      });
      await addSnapshot({
        workspaceId: w,
        actorId: owner.id,
        postId: p.id,
        source: "manual",
        capturedAt: new Date(Date.parse(postedAt) + DAY),
        counts: counts({ reach: 1_000 * n, likes: 10 * n }),
      });
    };
    const month = async (from: string, to: string) => {
      const sums = await workspaceRangeSums({
        workspaceId: w,
        timeZone: "UTC",
        range: { from, to },
        groups: ["platform"],
        creators: "all",
      });
      const all = sums.find((x) => x.group === "all");
      const creator = sums.find((x) => x.group === "influencer");
      const platforms = Object.fromEntries(sums.filter((x) => x.group === "platform").map((x) => [x.key, x.collaborations]));
      return { cost: all?.costMinor ?? 0, creators: all?.collaborations ?? 0, creatorCost: creator?.costMinor ?? 0, platforms };
    };
    await post(1, "2026-01-20T12:00:00Z", "instagram");
    await post(2, "2026-02-10T12:00:00Z", "tiktok");
    // $300 over two posts: $150 in each month; the creator counts in January (first post), on each platform once.
    expect(await month("2026-01-01", "2026-01-31")).toEqual({
      cost: 15_000,
      creators: 1,
      creatorCost: 15_000,
      platforms: { instagram: 1 },
    });
    expect(await month("2026-02-01", "2026-02-28")).toEqual({ cost: 15_000, creators: 0, creatorCost: 15_000, platforms: { tiktok: 1 } });
    expect(await month("2026-01-01", "2026-03-31")).toMatchObject({ cost: 30_000, creators: 1 });
    // A third post gets metrics in March: every month's share becomes $100, and the months still add up.
    await post(3, "2026-03-05T12:00:00Z", "instagram");
    const [jan, feb, mar] = [
      await month("2026-01-01", "2026-01-31"),
      await month("2026-02-01", "2026-02-28"),
      await month("2026-03-01", "2026-03-31"),
    ];
    expect([jan.cost, feb.cost, mar.cost]).toEqual([10_000, 10_000, 10_000]);
    expect(mar.platforms).toEqual({ instagram: 0 }); // its second Instagram post: counted in January
    expect(jan.creators + feb.creators + mar.creators).toBe(1);
    expect((await month("2026-01-01", "2026-03-31")).cost).toBe(30_000);
    // The per-post reference agrees, and a rebuild gives the same money rows.
    const truth = await rollupSums({
      workspaceId: w,
      scope: { from: new Date("2026-02-01T00:00:00Z"), to: new Date("2026-02-28T23:59:59.999Z") },
      groups: [],
    });
    expect(truth[0]).toMatchObject({ costMinor: 10_000, collaborations: 0, posts: 1 });
    const before = await rollupRows(w);
    expect(before.money.map((m) => m.costMinor)).toEqual(
      ["10000", "10000", "10000"].map((v) => expect.stringMatching(new RegExp(`^${v}(\\.0+)?$`))),
    );
    await db.$transaction((tx) => rebuildRollups(tx, w));
    expect(await rollupRows(w)).toEqual(before);
  });
});

describe("pre-summed workspace rows (WorkspaceCampaignDaily, WorkspaceSegmentDaily)", () => {
  it("freeze the creator's tier and the day the post went live in the workspace's time zone; a newer snapshot moves the sums by the difference", async () => {
    const { w, owner } = await tenant("frozen");
    await db.workspace.update({ where: { id: w }, data: { timeZone: "Asia/Tokyo" } });
    const campaignId = await createCampaignWithBrief(w, owner.id);
    const inf = await createInfluencer(w);
    await db.influencer.updateMany({ where: { workspaceId: w, id: inf.id }, data: { followers: 25_000, tier: "micro" } });
    const { collaborationIds } = await addInfluencers({
      workspaceId: w,
      actorId: owner.id,
      campaignId,
      influencerIds: [inf.id],
      compensation: { compensationType: "product", fee: null, productDescription: "Serum", commissionPct: null },
    });
    const post = await createPost({
      workspaceId: w,
      collaborationId: collaborationIds[0]!,
      actorId: owner.id,
      // 20:00 UTC on 1 October is 05:00 on 2 October in Tokyo.
      input: {
        url: "https://instagram.com/p/frozen1",
        platform: "tiktok",
        format: "post",
        postedAt: new Date("2026-10-01T20:00:00Z"),
        deliverableId: null,
      },
    });
    const add = (at: string, c: Record<string, number | null>) =>
      addSnapshot({ workspaceId: w, actorId: owner.id, postId: post.id, source: "manual", capturedAt: new Date(at), counts: counts(c) });
    const rows = async () => ({
      segment: await db.workspaceSegmentDaily.findMany({ where: { workspaceId: w } }),
      campaign: await db.workspaceCampaignDaily.findMany({ where: { workspaceId: w } }),
    });
    await add("2026-10-03T10:00:00Z", { reach: 300, views: 1_000, likes: 20 });
    // The creator grows to macro after the post got metrics: the post stays in micro.
    await db.influencer.updateMany({ where: { workspaceId: w, id: inf.id }, data: { followers: 250_000, tier: "macro" } });
    await add("2026-10-04T10:00:00Z", { reach: 500, impressions: 1_500, likes: 30, clicks: 7 });
    await add("2026-10-02T10:00:00Z", { reach: 900, views: 9_000 }); // older: no change
    const { segment, campaign } = await rows();
    expect(segment).toHaveLength(1);
    expect(campaign).toHaveLength(1);
    const figures = {
      day: new Date("2026-10-02T00:00:00Z"),
      posts: 1,
      reach: 500n,
      nReach: 1,
      impressions: 1_500n,
      nImpressions: 1,
      views: 0n,
      nViews: 0,
      likes: 30n,
      clicks: 7n,
      nClicks: 1,
      nEngagements: 1,
      fromViews: 0,
    };
    expect(segment[0]).toMatchObject({ ...figures, platform: "tiktok", tier: "micro" });
    expect(campaign[0]).toMatchObject({ ...figures, campaignId });
    expect((await groupDailySums({ workspaceId: w, from: "2026-10-01", to: "2026-10-01", groups: [] })).length).toBe(0);
    expect(
      (await groupDailySums({ workspaceId: w, from: "2026-10-02", to: "2026-10-02", groups: ["tier"] }))
        .map((s) => [s.group, s.key, s.sum.reach])
        .sort(),
    ).toEqual([
      ["all", null, 500],
      ["tier", "micro", 500],
    ]);
    // A rebuild keeps the frozen tier and gives the same rows.
    const before = await rows();
    await db.$transaction((tx) => rebuildRollups(tx, w));
    expect(await rows()).toEqual(before);
  });
});

describe("writers of the shared pre-summed rows at once", () => {
  it("two CSV imports of two campaigns and single snapshots of a third, on the same days, platform and tier, finish (no deadlock) and leave the rows a rebuild gives", async () => {
    // A (day, platform, tier) row of WorkspaceSegmentDaily is every campaign's: import A writes the
    // first day's rows then the second's, import B the other way round, both in one transaction per
    // chunk. Without the workspace's pre-summed lock (lockPresummedRows) Postgres aborts one of them
    // with "deadlock detected".
    const { w, owner } = await tenant("shared rows");
    const days = ["2026-06-01T12:00:00Z", "2026-06-02T12:00:00Z"];
    const campaign = async (label: string, creators: number) => {
      const campaignId = await createCampaignWithBrief(w, owner.id, { name: `Shared ${label}` });
      const posts: { url: string; day: number; collaborationId: string }[] = [];
      for (let c = 0; c < creators; c++) {
        const inf = await createInfluencer(w, { name: `Shared ${label}-${c}` });
        const collaborationId = await addPaidCollaboration(w, owner.id, campaignId, inf.id, 100 + c);
        for (const [day, at] of days.entries()) {
          const url = `https://instagram.com/p/shared-${label}-${c}-${day}`;
          await createPost({
            workspaceId: w,
            collaborationId,
            actorId: owner.id,
            input: { url, platform: "instagram", format: "post", postedAt: new Date(at), deliverableId: null },
          });
          posts.push({ url, day, collaborationId });
        }
      }
      return { campaignId, posts };
    };
    const [A, B, C] = [await campaign("a", 8), await campaign("b", 8), await campaign("c", 3)];
    const csv = (posts: { url: string }[], round: number) =>
      [
        "Post URL,Date,Reach,Impressions,Likes,Comments,Saves",
        ...posts.map((p, i) => `${p.url},2026-06-0${3 + round},${1_000 + i},${1_500 + i},${40 + i},5,3`),
      ].join("\n");
    const byDay = (posts: { url: string; day: number }[], first: number) =>
      [...posts].sort((x, y) => Number(x.day !== first) - Number(y.day !== first));
    for (const round of [0, 1]) {
      // Round 0: each post's first snapshot (moves its collaboration's money too); round 1: later ones.
      const results = await Promise.allSettled([
        importPostMetrics({ workspaceId: w, campaignId: A.campaignId, actorId: owner.id, text: csv(byDay(A.posts, 0), round) }),
        importPostMetrics({ workspaceId: w, campaignId: B.campaignId, actorId: owner.id, text: csv(byDay(B.posts, 1), round) }),
        ...C.posts.map((p, i) =>
          db.post.findFirstOrThrow({ where: { workspaceId: w, url: p.url }, select: { id: true } }).then((post) =>
            addSnapshot({
              workspaceId: w,
              actorId: owner.id,
              postId: post.id,
              source: "manual",
              capturedAt: new Date(`2026-06-0${3 + round}T10:00:00Z`),
              counts: counts({ reach: 500 + i, likes: 20 }),
            }),
          ),
        ),
      ]);
      expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
      for (const r of results.slice(0, 2)) expect((r as PromiseFulfilledResult<{ created: number }>).value.created).toBe(16);
    }
    const before = await rollupRows(w);
    expect(before.segments).toHaveLength(2);
    expect(before.segments.reduce((n, r) => n + r.posts, 0)).toBe(38);
    await db.$transaction((tx) => rebuildRollups(tx, w));
    expect(await rollupRows(w)).toEqual(before);
  });
});

describe("SQL sums agree with campaignReport", () => {
  const seeds = [11, 22, 33, 44, 55];
  let T: Awaited<ReturnType<typeof tenant>>;
  const campaigns: string[] = [];
  let noStore: { w: string; campaignId: string };
  beforeAll(async () => {
    T = await tenant("random");
    for (const s of seeds) campaigns.push(await randomCampaign(T.w, T.owner.id, s, { store: s !== 11 }));
    const U = await tenant("no store");
    noStore = { w: U.w, campaignId: await randomCampaign(U.w, U.owner.id, 66, { store: false }) };
  }, 120_000);

  it("campaign totals, rates and reasons, and per creator, equal campaignReport's on random campaigns", async () => {
    for (const [w, campaignId] of [...campaigns.map((c) => [T.w, c] as const), [noStore.w, noStore.campaignId] as const]) {
      const input = await reportInput(w, (p) => p.campaignId === campaignId);
      const sums = await rollupSums({ workspaceId: w, scope: { campaignId }, groups: ["collaboration"] });
      const all = sums.find((s) => s.group === "all");
      if (input.length === 0) {
        expect(all).toBeUndefined();
        continue;
      }
      expectSame(reportFromSums(all!), campaignReport(input), `campaign ${campaignId}`);
      const byCollab = sums.filter((s) => s.group === "collaboration");
      expect(new Set(byCollab.map((s) => s.key))).toEqual(new Set(input.map((p) => p.collaborationId)));
      for (const s of byCollab)
        expectSame(reportFromSums(s), campaignReport(input.filter((p) => p.collaborationId === s.key)), `creator ${s.key}`);
    }
  });

  it("workspace date range by campaign, platform and tier equals campaignReport over the posts that went live in the range", async () => {
    const scope: RollupScope = { from: new Date(T0 + 10 * DAY), to: new Date(T0 + 45 * DAY) };
    const inRange = (p: { liveAt: Date }) => p.liveAt >= scope.from && p.liveAt <= scope.to;
    const sums = await rollupSums({ workspaceId: T.w, scope, groups: ["campaign", "platform", "tier"] });
    const input = await reportInput(T.w, inRange);
    expect(input.length).toBeGreaterThan(0);
    expectSame(reportFromSums(sums.find((s) => s.group === "all")!), campaignReport(input), "all");
    for (const group of ["campaign", "platform", "tier"] as const) {
      const rows = sums.filter((s) => s.group === group);
      expect(rows.length).toBeGreaterThan(0);
      for (const s of rows) {
        const sub = await reportInput(T.w, (p) => inRange(p) && p[group === "campaign" ? "campaignId" : group] === s.key);
        // Each post carries its share of its collaboration's money (shared among all its posts).
        const share = new Map(input.map((p) => [p.id, p]));
        expectSame(
          reportFromSums(s),
          campaignReport(
            sub.map((p) => ({
              ...p,
              cost: share.get(p.id)!.cost,
              revenue: share.get(p.id)!.revenue,
              conversions: share.get(p.id)!.conversions,
            })),
          ),
          `${group} ${s.key}`,
        );
      }
    }
  });

  it("the pre-summed rows (WorkspaceCampaignDaily, WorkspaceSegmentDaily) give the per-post sums over any range of days", async () => {
    const ranges = [
      ["2000-01-01", "2100-12-31"],
      ["2026-06-11", "2026-07-16"],
      ["2026-06-01", "2026-06-01"],
      ["2026-07-01", "2026-07-31"],
    ] as const;
    let compared = 0;
    for (const [from, to] of ranges) {
      const scope = { from: new Date(`${from}T00:00:00.000Z`), to: new Date(`${to}T23:59:59.999Z`) };
      const perPost = await rollupSums({ workspaceId: T.w, scope, groups: ["campaign", "platform", "tier"] });
      const pre = await groupDailySums({ workspaceId: T.w, from, to, groups: ["campaign", "platform", "tier"] });
      const key = (s: { group: string; key: string | null }) => `${s.group}:${s.key}`;
      expect(pre.map(key).sort(), `${from}..${to} groups`).toEqual(perPost.map(key).sort());
      for (const s of perPost) {
        const p = pre.find((x) => key(x) === key(s))!;
        const { cost: _c, revenue: _r, conversions: _v, ...reported } = s.reported;
        expect(
          { posts: p.posts, sum: p.sum, reported: p.reported, e: p.reportedEngagements, v: p.impressionsFromViews },
          `${from}..${to} ${key(s)}`,
        ).toEqual({ posts: s.posts, sum: s.sum, reported, e: s.reportedEngagements, v: s.impressionsFromViews });
        compared++;
      }
      // And the total's figures are campaignReport's over the posts that went live in the range.
      const input = await reportInput(T.w, (x) => x.liveAt >= scope.from && x.liveAt <= scope.to);
      const all = pre.find((x) => x.group === "all");
      if (input.length === 0) expect(all).toBeUndefined();
      else {
        const ts = campaignReport(input);
        expect(all!.posts).toBe(ts.postsWithMetrics);
        for (const k of ["likes", "comments", "saves", "shares", "reach", "impressions", "clicks", "views"] as const) {
          expect(all!.sum[k], `${from}..${to} ${k}`).toBe(ts.totals[k]);
          expect(all!.reported[k], `${from}..${to} reported ${k}`).toBe(ts.reported[k]);
        }
        expect(all!.impressionsFromViews).toBe(ts.impressionsFromViews);
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it("the rollups kept insert by insert equal a rebuild from the snapshots", async () => {
    const before = await rollupRows(T.w);
    expect(before.latest.length).toBeGreaterThan(0);
    expect(before.groups.length).toBeGreaterThan(0);
    await db.$transaction((tx) => rebuildRollups(tx, T.w));
    expect(await rollupRows(T.w)).toEqual(before);
  });

  it("workspace analytics: tiers in order, names, top lists ranked by the rate, CSV rows with empty cells for '—', empty period", async () => {
    const range = resolveRange({ range: "custom", from: "2026-05-01", to: "2026-08-31" }, "UTC");
    const a = await workspaceAnalytics({ workspaceId: T.w, timeZone: "UTC", range });
    expect(a.total).not.toBeNull();
    const tiers = a.byTier.map((t) => t.key);
    expect(tiers).toEqual(["none", "nano", "micro", "macro", "mega"].filter((t) => tiers.includes(t)));
    expect(a.byCampaign.map((c) => c.name).every((n) => n.startsWith("Random "))).toBe(true);
    // The table's first page: the campaigns with the most impressions, named, and how many there are.
    expect(a.campaignCount).toBe(a.byCampaign.length);
    expect(a.campaignCount).toBeGreaterThan(2);
    const firstTwo = await workspaceAnalytics({ workspaceId: T.w, timeZone: "UTC", range, campaigns: 2 });
    expect(firstTwo.campaignCount).toBe(a.campaignCount);
    expect(firstTwo.byCampaign.map((c) => [c.key, c.name])).toEqual(a.byCampaign.slice(0, 2).map((c) => [c.key, c.name]));
    // Cut in SQL (figures and money of those campaigns only), the rows shown are the ones of the full list.
    expect(firstTwo.byCampaign).toEqual(a.byCampaign.slice(0, 2));
    expect([firstTwo.total, firstTwo.byPlatform, firstTwo.byTier]).toEqual([a.total, a.byPlatform, a.byTier]);
    expect(firstTwo.byCampaign.some((c) => c.totals.cost !== null && c.totals.cost > 0)).toBe(true);
    const impressions = a.byCampaign.map((c) => c.totals.impressions);
    expect(impressions).toEqual([...impressions].sort((x, y) => y - x));
    const roi = a.topByRoi.map((c) => c.rates.roi!);
    expect(roi).toEqual([...roi].sort((x, y) => y - x));
    expect(a.topByErr.every((c) => c.totals.reach >= 1_000)).toBe(true);
    const creators = await workspaceCreators({ workspaceId: T.w, timeZone: "UTC", range });
    const csv = workspaceAnalyticsCsv(a, creators).trim().split("\r\n");
    expect(csv).toHaveLength(1 + 1 + a.byCampaign.length + a.byPlatform.length + a.byTier.length + creators.length);
    expect(csv[0]).toContain("err_pct");
    // The leaders, ranked on sums first, are the same as a ranking of every creator's full report.
    expect(a.topByRoi.map((c) => c.key)).toEqual(
      creators
        .filter((c) => c.rates.roi !== null)
        .slice(0, 10)
        .map((c) => c.key),
    );
    const byErr = creators
      .filter((c) => c.rates.engagementRateByReach !== null && c.totals.reach >= 1_000)
      .sort((x, y) => y.rates.engagementRateByReach! - x.rates.engagementRateByReach! || x.name.localeCompare(y.name));
    expect(a.topByErr.map((c) => c.key)).toEqual(byErr.slice(0, 10).map((c) => c.key));
    expect(a.topByErr.length).toBeGreaterThan(0);
    // The names and tiers come with the sums (no lookup of their own): the roster's.
    const roster = new Map(
      (await db.influencer.findMany({ where: { workspaceId: T.w }, select: { id: true, displayName: true, tier: true } })).map((i) => [
        i.id,
        [i.displayName, i.tier],
      ]),
    );
    for (const c of [...a.topByRoi, ...a.topByErr, ...creators]) expect([c.name, c.tier]).toEqual(roster.get(c.key!));
    const campaignNames = new Map(
      (await db.campaign.findMany({ where: { workspaceId: T.w }, select: { id: true, name: true } })).map((c) => [c.id, c.name]),
    );
    for (const c of a.byCampaign) expect(c.name).toBe(campaignNames.get(c.key!));
    // The campaign without a store: no revenue recorded, so its ROI cell is empty, not 0.
    const noStoreRow = (await workspaceAnalytics({ workspaceId: noStore.w, timeZone: "UTC", range })).total;
    if (noStoreRow) {
      expect(noStoreRow.rates.roi).toBeNull();
      expect(noStoreRow.missing.roi).toBe("no revenue recorded");
    }
    const empty = await workspaceAnalytics({
      workspaceId: T.w,
      timeZone: "UTC",
      range: resolveRange({ range: "custom", from: "2001-01-01", to: "2001-01-31" }, "UTC"),
    });
    expect(empty.total).toBeNull();
    expect(empty.byTier).toEqual([]);
    const one = await campaignCreators({ workspaceId: T.w, campaignId: campaigns[1]! });
    expect(one.creators.every((c) => c.name.startsWith("Creator "))).toBe(true);
    // Another workspace's campaign id reads nothing.
    expect(await campaignCreators({ workspaceId: noStore.w, campaignId: campaigns[1]! })).toEqual({ total: null, creators: [] });
  });

  it("the Analytics page's sums (pre-summed rows + one pass for money) equal the per-post rollupSums over any range, after out-of-order snapshots, a rebuild and a time zone change", async () => {
    const r = rng(2026);
    const day = (offset: number) => new Date(T0 + offset * DAY).toISOString().slice(0, 10);
    const ranges: [string, string][] = [
      ["2000-01-01", "2100-12-31"],
      ["2026-06-01", "2026-06-01"],
      ["2026-06-11", "2026-07-16"],
    ];
    for (let i = 0; i < 5; i++) {
      const a = Math.floor(r() * 70) - 5;
      ranges.push([day(a), day(a + Math.floor(r() * 40))]);
    }
    const key = (s: { group: string; key: string | null }) => `${s.group}:${s.key}`;
    const byKey = (xs: RollupSums[]) => [...xs].sort((x, y) => key(x).localeCompare(key(y)));
    let compared = 0;
    let leaderRanges = 0;
    const compare = async (label: string, timeZone: string) => {
      for (const [from, to] of ranges) {
        const scope = { from: zonedDayStart(from, timeZone), to: zonedDayEnd(to, timeZone) };
        // What the page computed before: every group from one pass over the posts' latest rows.
        const old = await rollupSums({ workspaceId: T.w, scope, groups: ["campaign", "platform", "tier", "influencer"] });
        const range = { from, to };
        const now = await workspaceRangeSums({
          workspaceId: T.w,
          timeZone,
          range,
          groups: ["campaign", "platform", "tier"],
          creators: "all",
        });
        expect(byKey(now), `${label} ${from}..${to}`).toEqual(byKey(old));
        // The export's creators (no other group asked).
        const creators = await workspaceRangeSums({ workspaceId: T.w, timeZone, range, groups: [], creators: "all" });
        expect(byKey(creators), `${label} ${from}..${to} creators`).toEqual(byKey(old.filter((s) => s.group === "influencer")));
        // The page's creators: only the first 3 by ROI and by ERR (ties at the cut kept), ranked in SQL.
        const leaders = await workspaceRangeSums({
          workspaceId: T.w,
          timeZone,
          range,
          groups: [],
          creators: { leaders: 3, minReach: 1_000 },
        });
        const every = old.filter((s) => s.group === "influencer");
        const firstThree = (value: (s: RollupSums) => number | null) => {
          const vs = every.map(value).filter((v): v is number => v !== null);
          const cut = [...vs].sort((x, y) => y - x)[2] ?? -Infinity;
          return every.filter((s) => value(s) !== null && value(s)! >= cut);
        };
        const roi = (s: RollupSums) =>
          s.currencies.length === 1 && s.reported.cost > 0 && s.reported.revenue > 0 && s.costMinor > 0
            ? (s.revenueMinor - s.costMinor) / s.costMinor
            : null;
        const err = (s: RollupSums) =>
          s.reported.reach > 0 && s.sum.reach >= 1_000 ? (s.sum.likes + s.sum.comments + s.sum.saves) / s.sum.reach : null;
        const expected = [...new Set([...firstThree(roi), ...firstThree(err)])];
        expect(byKey(leaders), `${label} ${from}..${to} leaders`).toEqual(byKey(expected));
        if (expected.length > 0) leaderRanges++;
        compared += now.length;
      }
      // The page itself, on the whole history: the rates of every row are campaignReport's over its posts.
      const a = await workspaceAnalytics({ workspaceId: T.w, timeZone, range: { preset: "all", from: "2000-01-01", to: "2100-12-31" } });
      expectSame(a.total!, campaignReport(await reportInput(T.w, () => true)), `${label} all time`);
    };
    await compare("as inserted", "UTC");
    expect(compared).toBeGreaterThan(40);
    expect(leaderRanges).toBeGreaterThan(3);

    // Later and earlier snapshots of random posts, in a shuffled order: the deltas keep the sums.
    const posts = await db.post.findMany({ where: { workspaceId: T.w }, select: { id: true }, orderBy: { id: "asc" } });
    const late = posts.filter(() => r() < 0.5);
    const more = late.flatMap((p) =>
      [0, 1].map((j) => ({ postId: p.id, at: new Date(T0 + (j === 0 ? 9 : -3) * DAY + Math.floor(r() * 24) * 3_600_000) })),
    );
    more.sort(() => r() - 0.5);
    for (const m of more)
      await addSnapshot({
        workspaceId: T.w,
        actorId: T.owner.id,
        postId: m.postId,
        source: "api",
        capturedAt: m.at,
        counts: counts({
          views: Math.floor(r() * 90_000),
          reach: r() < 0.3 ? null : Math.floor(r() * 40_000),
          likes: Math.floor(r() * 3_000),
          clicks: r() < 0.5 ? null : Math.floor(r() * 900),
        }),
      });
    await compare("after more snapshots", "UTC");

    const before = await rollupRows(T.w);
    await db.$transaction((tx) => rebuildRollups(tx, T.w));
    expect(await rollupRows(T.w)).toEqual(before);
    await compare("after a rebuild", "UTC");

    // A new time zone moves the posts' days: the pre-summed rows follow, the ranges mean the same posts.
    await updateWorkspace({ workspaceId: T.w, actorId: T.owner.id, timeZone: "Pacific/Pago_Pago" });
    await compare("in UTC−11", "Pacific/Pago_Pago");
    await updateWorkspace({ workspaceId: T.w, actorId: T.owner.id, timeZone: "UTC" });
    await compare("back in UTC", "UTC");
  }, 120_000);
});
