// SQL sums over the analytics rollups: one query that sums the latest figures of the posts in scope
// (a campaign, or the workspace's posts that went live in a date range) per group, with the money
// and orders of their creators. Rates are not computed here: lib/analytics/rates.ts turns these sums
// into lib/metrics campaignReport's totals, rates and reasons, so the SQL and the pure math cannot
// disagree on a formula.
//
// Money and orders belong to a collaboration (its fee; the orders attributed to it, net of refunds,
// cancelled ones left out), not to a post: they are shared equally among all its posts with metrics
// (wherever they went live), and a scope counts the shares of its posts — a campaign, which holds
// all of its collaborations' posts, their whole amounts; a date range, the shares of the posts that
// went live in it, so periods add up (README "Analytics over millions of snapshots"). A collaboration
// is counted where its first post (by liveAt, then id) is; for a platform, its first on that
// platform. Revenue is counted in the collaboration's currency only. Orders and revenue are "reported"
// (0 is a real 0) once the workspace has a store connection; before that they are "not recorded".
import { db, Prisma } from "../db";

/** What the sums can be grouped by. */
export type RollupGroup = "campaign" | "collaboration" | "influencer" | "platform" | "tier";

/** The scope of a rollup query: one campaign, or the posts that went live in [from, to]. */
export type RollupScope = { campaignId: string } | { from: Date; to: Date };

/** One group's sums, straight from SQL (counts exact; money in minor units of `currencies`). */
export interface RollupSums {
  /** The grouping set: "all" or one of {@link RollupGroup}. */
  group: "all" | RollupGroup;
  /** The group's key (campaign id, collaboration id, influencer id, platform, tier); null for "all". */
  key: string | null;
  /** Posts with at least one snapshot. */
  posts: number;
  /** Collaborations (creators' engagements) among them. */
  collaborations: number;
  /** Σ of each count over the posts' latest snapshots; impressions fall back to views per post. */
  sum: Record<"reach" | "impressions" | "views" | "likes" | "comments" | "saves" | "shares" | "clicks", number>;
  /** Posts that reported each figure (the money ones: posts whose collaboration has it). */
  reported: Record<
    "reach" | "impressions" | "views" | "likes" | "comments" | "saves" | "shares" | "clicks" | "cost" | "revenue" | "conversions",
    number
  >;
  /** Posts with any of likes, comments, saves, shares. */
  reportedEngagements: number;
  /** Posts whose impressions are their views. */
  impressionsFromViews: number;
  /** Σ fee (minor units), Σ net revenue (minor units), Σ orders — each collaboration's share per post. */
  costMinor: number;
  revenueMinor: number;
  conversions: number;
  /** Currencies of the fees and revenue counted (more than one: money rates can't be computed). */
  currencies: string[];
}

type Row = {
  posts: number;
  collaborations: number;
  collaborations_on_platform: number;
  currencies: string[] | null;
} & Record<string, number | string | null>;

const COUNTS = ["reach", "views", "likes", "comments", "saves", "shares", "clicks"] as const;

const GROUP_COLUMN: Record<RollupGroup, Prisma.Sql> = {
  campaign: Prisma.sql`lp."campaignId"`,
  collaboration: Prisma.sql`lp."collaborationId"`,
  influencer: Prisma.sql`co."influencerId"`,
  platform: Prisma.sql`lp.platform::text`,
  tier: Prisma.sql`co.tier`,
};

/**
 * Sums per group for the posts in `scope`: the grand total ("all") and one row per key of each
 * requested group, in one query (GROUPING SETS). Every query carries the workspace.
 */
export async function rollupSums(opts: { workspaceId: string; scope: RollupScope; groups: readonly RollupGroup[] }): Promise<RollupSums[]> {
  const { workspaceId, scope } = opts;
  const where =
    "campaignId" in scope
      ? Prisma.sql`l."campaignId" = ${scope.campaignId}`
      : Prisma.sql`l."liveAt" >= ${scope.from} AND l."liveAt" <= ${scope.to}`;
  const sets = Prisma.join([Prisma.sql`()`, ...opts.groups.map((g) => Prisma.sql`(${GROUP_COLUMN[g]})`)], ", ");
  const counts = Prisma.join(
    COUNTS.map(
      (f) =>
        Prisma.sql`sum(lp.${Prisma.raw(`"${f}"`)})::float8 AS ${Prisma.raw(`"sum_${f}"`)}, count(lp.${Prisma.raw(`"${f}"`)})::int AS ${Prisma.raw(`"n_${f}"`)}`,
    ),
    ", ",
  );
  const keys = opts.groups.length
    ? Prisma.sql`${Prisma.join(
        opts.groups.map(
          (g) => Prisma.sql`GROUPING(${GROUP_COLUMN[g]}) AS ${Prisma.raw(`"g_${g}"`)}, ${GROUP_COLUMN[g]} AS ${Prisma.raw(`"${g}"`)}`,
        ),
        ", ",
      )},`
    : Prisma.empty;
  // Each post's share divisor and first-post flags come from all of its collaboration's posts with
  // metrics, in scope or not — computed here from the latest rows themselves, not from the columns
  // lib/analytics/rollup-write.ts keeps (this is the reference the pre-summed rows are held to).
  const first = (by: string) =>
    Prisma.raw(`row_number() OVER (PARTITION BY e."collaborationId"${by} ORDER BY e."liveAt", e."postId" COLLATE "C") = 1`);
  const rows = await db.$queryRaw<Row[]>`
    WITH scoped AS MATERIALIZED (
      SELECT l."postId", l."campaignId", l."collaborationId", l.platform, l.reach, l.views, l.likes, l.comments, l.saves,
             l.shares, l.clicks, coalesce(l.impressions, l.views) AS impressions,
             (l.impressions IS NULL AND l.views IS NOT NULL) AS "fromViews"
      FROM "PostLatestMetric" l
      WHERE l."workspaceId" = ${workspaceId} AND ${where}
    ), every AS MATERIALIZED (
      SELECT e."postId", count(*) OVER (PARTITION BY e."collaborationId") AS n,
             ${first("")} AS "firstOfCollab", ${first(", e.platform")} AS "firstOnPlatform"
      FROM "PostLatestMetric" e
      WHERE e."workspaceId" = ${workspaceId} AND e."collaborationId" IN (SELECT "collaborationId" FROM scoped)
    ), lp AS MATERIALIZED (
      SELECT s.*, e.n, e."firstOfCollab", e."firstOnPlatform" FROM scoped s JOIN every e ON e."postId" = s."postId"
    ), co AS MATERIALIZED (
      SELECT c.id, c."influencerId", c.currency, c."feeMinor", i.tier,
             EXISTS (SELECT 1 FROM "StoreConnection" sc WHERE sc."workspaceId" = ${workspaceId}) AS "hasStore",
             coalesce(v.orders, 0) AS orders, coalesce(v.revenue, 0) AS revenue, coalesce(v."revenueCurrency", false) AS "hasRevenue"
      FROM "Collaboration" c
      JOIN "Influencer" i ON i."workspaceId" = c."workspaceId" AND i.id = c."influencerId"
      LEFT JOIN LATERAL (
        SELECT count(*) AS orders,
               sum(greatest(o."amountMinor" - o."refundedMinor", 0)) FILTER (WHERE o.currency = c.currency) AS revenue,
               bool_or(o.currency = c.currency AND o."amountMinor" > o."refundedMinor") AS "revenueCurrency"
        FROM "Conversion" o
        WHERE o."workspaceId" = c."workspaceId" AND o."collaborationId" = c.id AND o.status <> 'cancelled'
      ) v ON true
      WHERE c."workspaceId" = ${workspaceId} AND c.id IN (SELECT DISTINCT "collaborationId" FROM lp)
    )
    SELECT ${keys}
           count(*)::int AS posts, (count(*) FILTER (WHERE lp."firstOfCollab"))::int AS collaborations,
           (count(*) FILTER (WHERE lp."firstOnPlatform"))::int AS collaborations_on_platform,
           ${counts},
           sum(lp.impressions)::float8 AS sum_impressions, count(lp.impressions)::int AS n_impressions,
           count(*) FILTER (WHERE lp.likes IS NOT NULL OR lp.comments IS NOT NULL OR lp.saves IS NOT NULL OR lp.shares IS NOT NULL)::int AS n_engagements,
           count(*) FILTER (WHERE lp."fromViews")::int AS from_views,
           coalesce(sum(co."feeMinor"::numeric / lp.n), 0)::float8 AS cost_minor,
           count(co."feeMinor")::int AS n_cost,
           coalesce(sum(co.revenue::numeric / lp.n) FILTER (WHERE co."hasStore"), 0)::float8 AS revenue_minor,
           coalesce(sum(co.orders::numeric / lp.n) FILTER (WHERE co."hasStore"), 0)::float8 AS conversions,
           count(*) FILTER (WHERE co."hasStore")::int AS n_store,
           array_agg(DISTINCT co.currency) FILTER (WHERE co."feeMinor" IS NOT NULL OR co."hasRevenue") AS currencies
    FROM lp JOIN co ON co.id = lp."collaborationId"
    GROUP BY GROUPING SETS (${sets})`;
  // The empty grouping set answers one row even when no post is in scope: no posts, no row.
  return rows.map(toSums(opts.groups)).filter((s) => s.posts > 0);
}

function toSums(groups: readonly RollupGroup[]) {
  return (r: Row): RollupSums => {
    const group = groups.find((g) => r[`g_${g}`] === 0) ?? "all";
    const key = group === "all" ? null : ((r[group] as string | null) ?? null);
    const num = (k: string) => Number(r[k] ?? 0);
    const sum = Object.fromEntries([...COUNTS, "impressions"].map((f) => [f, num(`sum_${f}`)])) as RollupSums["sum"];
    const reported = {
      ...(Object.fromEntries([...COUNTS, "impressions"].map((f) => [f, num(`n_${f}`)])) as Omit<
        RollupSums["reported"],
        "cost" | "revenue" | "conversions"
      >),
      cost: num("n_cost"),
      revenue: num("n_store"),
      conversions: num("n_store"),
    };
    return {
      group,
      key,
      posts: r.posts,
      collaborations: group === "platform" ? r.collaborations_on_platform : r.collaborations,
      sum,
      reported,
      reportedEngagements: num("n_engagements"),
      impressionsFromViews: num("from_views"),
      costMinor: num("cost_minor"),
      revenueMinor: num("revenue_minor"),
      conversions: num("conversions"),
      currencies: [...(r.currencies ?? [])].sort(),
    };
  };
}

/** A day of a campaign's curve: Σ over its posts of each post's last figures up to that UTC day. */
export interface DailyPoint {
  day: string;
  impressions: number;
  reach: number;
  engagements: number;
  clicks: number;
}

/**
 * A campaign's figures as of each UTC day that has a snapshot: for every post, its last snapshot up
 * to the end of that day (PostDailyMetric), summed over posts — the running totals a chart of
 * "impressions by day" draws (a day's gain is the difference from the day before). A post adds
 * nothing before its first snapshot; a figure a snapshot did not report counts as 0 from then on.
 * Impressions fall back to views, as in campaignReport. Reads the daily rows of the campaign's posts
 * only (index workspaceId, campaignId, day).
 */
export async function campaignDailySeries(opts: { workspaceId: string; campaignId: string }): Promise<DailyPoint[]> {
  const rows = await db.$queryRaw<{ day: string; impressions: number; reach: number; engagements: number; clicks: number }[]>`
    WITH d AS (
      SELECT "postId", day,
             coalesce(coalesce(impressions, views), 0) AS impressions, coalesce(reach, 0) AS reach,
             coalesce(likes, 0) + coalesce(comments, 0) + coalesce(saves, 0) + coalesce(shares, 0) AS engagements,
             coalesce(clicks, 0) AS clicks
      FROM "PostDailyMetric"
      WHERE "workspaceId" = ${opts.workspaceId} AND "campaignId" = ${opts.campaignId}
    ), deltas AS (
      SELECT day,
             impressions - coalesce(lag(impressions) OVER w, 0) AS impressions,
             reach - coalesce(lag(reach) OVER w, 0) AS reach,
             engagements - coalesce(lag(engagements) OVER w, 0) AS engagements,
             clicks - coalesce(lag(clicks) OVER w, 0) AS clicks
      FROM d WINDOW w AS (PARTITION BY "postId" ORDER BY day)
    ), per_day AS (
      SELECT day, sum(impressions) AS impressions, sum(reach) AS reach, sum(engagements) AS engagements, sum(clicks) AS clicks
      FROM deltas GROUP BY day
    )
    SELECT to_char(day, 'YYYY-MM-DD') AS day,
           (sum(impressions) OVER o)::float8 AS impressions, (sum(reach) OVER o)::float8 AS reach,
           (sum(engagements) OVER o)::float8 AS engagements, (sum(clicks) OVER o)::float8 AS clicks
    FROM per_day WINDOW o AS (ORDER BY day)
    ORDER BY day`;
  return rows;
}
