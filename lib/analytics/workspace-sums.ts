// The workspace Analytics page's sums for the posts that went live in a date range: the figures by
// campaign, platform and tier (and the total) from the pre-summed per-campaign and per-platform ×
// tier rows, the money and the collaborations counted from their money side (all read days × groups
// rows, never one row per post: lib/analytics/group-sums.ts), and — when asked — each
// creator's figures and money from one pass over the range's latest rows, for the top lists and the
// export.
//
// Money rule (README "Analytics over millions of snapshots"): a collaboration's fee, net revenue and
// orders are shared equally among all its posts with metrics, wherever they went live, and a period
// counts the shares of its posts — so money adds up across periods (the months of a quarter sum to
// the quarter) and can be pre-summed per day. A collaboration counts as one of a period's creators
// where its first post went live (its first on a platform for that platform's row, its first in a
// tier for that tier's row). Each post sits in the tier its rows froze (its creator's tier when the
// post first got metrics), money included.
import { db, Prisma } from "../db";
import { zonedDayEnd, zonedDayStart } from "../time-zone";
import { groupSums, storeConnectedCte, type GroupDailyGroup } from "./group-sums";
import type { DateRange } from "./range";
import { creatorSums } from "./rollup-write";
import type { RollupSums } from "./rollups";

const COUNTS = ["reach", "views", "likes", "comments", "saves", "shares", "clicks"] as const;

/** A creator's figures over its latest rows `l`. */
const FULL_FIGURES = [
  ...COUNTS.map((f) => `coalesce(sum(l.${f}), 0)::float8 AS "sum_${f}", count(l.${f})::int AS "n_${f}"`),
  `coalesce(sum(coalesce(l.impressions, l.views)), 0)::float8 AS sum_impressions, count(coalesce(l.impressions, l.views))::int AS n_impressions`,
  `(count(*) FILTER (WHERE l.likes IS NOT NULL OR l.comments IS NOT NULL OR l.saves IS NOT NULL OR l.shares IS NOT NULL))::int AS n_engagements`,
  `(count(*) FILTER (WHERE l.impressions IS NULL AND l.views IS NOT NULL))::int AS from_views`,
].join(", ");

type Row = Record<string, number | string | string[] | null>;

/**
 * How many posts outside a range the top lists' ranking subtracts from the creators' totals at most;
 * a range leaving out more ranks on its own posts (rangeCreatorsSql).
 */
const OUTSIDE_CAP = 1_000;

/**
 * Sums per group ("all", campaign, platform, tier, and influencer as `creators` asks) for the
 * posts that went live in `range` (days in `timeZone`): what rollupSums gives with those groups over
 * the same scope.
 */
export async function workspaceRangeSums(opts: {
  workspaceId: string;
  timeZone: string;
  range: Pick<DateRange, "from" | "to">;
  groups: readonly GroupDailyGroup[];
  creators: CreatorRows;
}): Promise<RollupSums[]> {
  return (await workspacePageSums({ ...opts, campaigns: "all" })).sums;
}

/**
 * workspaceRangeSums for the Analytics page: the campaigns only the first `campaigns` by impressions
 * (ties at the cut included; groupSums), with how many campaigns the period has and the names of the
 * campaigns and creators returned. The groups' figures and money come from one statement and the
 * creators from another, run at the same time; the names come with them.
 */
export async function workspacePageSums(opts: {
  workspaceId: string;
  timeZone: string;
  range: Pick<DateRange, "from" | "to">;
  groups: readonly GroupDailyGroup[];
  creators: CreatorRows;
  campaigns: number | "all";
}): Promise<{
  sums: RollupSums[];
  campaignCount: number;
  /** The names of the campaigns and of the creators in `sums`. */
  campaignNames: Map<string, string>;
  creatorNames: Map<string, CreatorName>;
}> {
  const { workspaceId, range, groups } = opts;
  const grouped = groups.length > 0 || opts.creators === false;
  const [page, creators] = await Promise.all([
    grouped
      ? groupSums({ workspaceId, from: range.from, to: range.to, groups, campaigns: opts.campaigns })
      : Promise.resolve({ sums: [], campaignCount: 0 }),
    opts.creators === false
      ? Promise.resolve({ sums: [], names: new Map<string, CreatorName>() })
      : rangeCreators({ ...opts, creators: opts.creators }),
  ]);
  const merged = page.sums.map(({ figures: f, money: m }): RollupSums => ({
    group: f.group,
    key: f.key,
    posts: f.posts,
    collaborations: m?.collaborations ?? 0,
    sum: f.sum,
    reported: {
      ...f.reported,
      cost: m?.reported.cost ?? 0,
      revenue: m?.reported.revenue ?? 0,
      conversions: m?.reported.conversions ?? 0,
    },
    reportedEngagements: f.reportedEngagements,
    impressionsFromViews: f.impressionsFromViews,
    costMinor: m?.costMinor ?? 0,
    revenueMinor: m?.revenueMinor ?? 0,
    conversions: m?.conversions ?? 0,
    currencies: m?.currencies ?? [],
  }));
  const campaignNames = new Map(
    page.sums.flatMap((s) => (s.figures.group === "campaign" ? [[s.figures.key!, s.name ?? ""] as const] : [])),
  );
  return { sums: [...merged, ...creators.sums], campaignCount: page.campaignCount, campaignNames, creatorNames: creators.names };
}

/**
 * The creators rangeCreators returns: every one (the export), or only those that can make a top list —
 * the first `leaders` by ROI and by ERR, ties at the cut included (what rank() <= N gives), with the values
 * lib/analytics/workspace.ts ranks on, computed in the same float8 arithmetic — so a period's
 * thousands of creators never leave the database for a page that shows ten of each.
 */
export type CreatorRows =
  | false
  | "all"
  | {
      leaders: number;
      minReach: number;
      /** How many posts outside the range the ranking may subtract from the creators' totals (default OUTSIDE_CAP). */
      outsideCap?: number;
    };

/** The creators' sums from one pass over the range's latest rows. */
async function rangeCreators(opts: {
  workspaceId: string;
  timeZone: string;
  range: Pick<DateRange, "from" | "to">;
  creators: Exclude<CreatorRows, false>;
}): Promise<{ sums: RollupSums[]; names: Map<string, CreatorName> }> {
  // Whether the workspace's collaborations are all in one currency (the usual case): then no creator
  // can have money in several, and the ranking pass skips comparing currencies row by row (a third of
  // its time). Two index lookups (Collaboration by workspace and currency). The latest rows' currency
  // is a copy of the collaboration's, written in the same transaction as a change of terms; a change
  // committed between this lookup and the ranking can at worst rank one creator in several currencies
  // for that one view, which the page then leaves out of the ROI list.
  const oneCurrency =
    opts.creators !== "all" &&
    (
      await db.$queryRaw<{ one: boolean | null }[]>`
        SELECT (SELECT min(currency) FROM "Collaboration" WHERE "workspaceId" = ${opts.workspaceId})
             = (SELECT max(currency) FROM "Collaboration" WHERE "workspaceId" = ${opts.workspaceId}) AS one`
    )[0]?.one === true;
  const rows = await db.$queryRaw<Row[]>(rangeCreatorsSql({ ...opts, oneCurrency }));
  const figures = [...COUNTS, "impressions"] as const;
  const names = new Map(
    rows.map((r) => [r.key as string, { name: (r.name as string | null) ?? "", tier: (r.tier as string | null) ?? "none" }]),
  );
  const sums = rows.map((r): RollupSums => {
    const num = (k: string) => Number(r[k] ?? 0);
    return {
      group: "influencer",
      key: r.key as string,
      posts: num("posts"),
      collaborations: num("collaborations"),
      sum: Object.fromEntries(figures.map((f) => [f, num(`sum_${f}`)])) as RollupSums["sum"],
      reported: {
        ...(Object.fromEntries(figures.map((f) => [f, num(`n_${f}`)])) as Omit<RollupSums["reported"], "cost" | "revenue" | "conversions">),
        cost: num("n_cost"),
        revenue: num("n_store"),
        conversions: num("n_store"),
      },
      reportedEngagements: num("n_engagements"),
      impressionsFromViews: num("from_views"),
      costMinor: num("cost_minor"),
      revenueMinor: num("revenue_minor"),
      conversions: num("conversions"),
      currencies: [...((r.currencies as string[] | null) ?? [])].sort(),
    };
  });
  return { sums, names };
}

/** A creator's display name and roster tier ("" and "none" for a creator no longer on the roster). */
export interface CreatorName {
  name: string;
  tier: string;
}

/**
 * rangeCreators' statement (exported for the benchmark's query plans): the range's latest rows summed
 * per creator — figures, each post's share of its collaboration's money (numeric, as rollupSums adds
 * it), the collaborations whose first post is in the range. For the page, only the leaders: a first
 * pass ranks every creator on float8 shares (numeric division and sums cost more than the rest of
 * the pass together) and keeps those at or above the N-th value by ROI or by ERR (a top-N heap sort
 * each, not a sort of every creator; the ROI cut is widened by a relative 1e-9 so a float8 rounding
 * cannot drop a creator the exact value ranks in — lib/analytics/workspace.ts ranks the exact values),
 * then the exact sums of those few creators' posts. When the range leaves out only a few posts, the
 * first pass ranks the creators' totals (WorkspaceCreatorTotal) less those posts instead: the same
 * sums, one row per creator.
 */
export function rangeCreatorsSql(opts: {
  workspaceId: string;
  timeZone: string;
  range: Pick<DateRange, "from" | "to">;
  creators: Exclude<CreatorRows, false>;
  /** Every collaboration of the workspace is in one currency: the ranking skips the currency check. */
  oneCurrency?: boolean;
}): Prisma.Sql {
  const { workspaceId } = opts;
  const from = zonedDayStart(opts.range.from, opts.timeZone);
  const to = zonedDayEnd(opts.range.to, opts.timeZone);
  const inRange = Prisma.sql`l."workspaceId" = ${workspaceId} AND l."liveAt" >= ${from} AND l."liveAt" <= ${to}`;
  const cur = `CASE WHEN l."collabFeeMinor" IS NOT NULL OR l."collabHasRevenue" THEN l."collabCurrency" END`;
  const share = (c: string, as: string, filter = "") => `coalesce(sum(l."${c}"::numeric / l."collabPosts")${filter}, 0)::float8 AS ${as}`;
  // Whether revenue and orders count (the workspace has a store connection): st's one value, read by
  // each row as a parameter (an InitPlan), not joined to every row.
  const store = `FILTER (WHERE (SELECT has FROM st))`;
  const st = storeConnectedCte(workspaceId);
  // The exact sums per creator over the range's rows `l`.
  const exact = Prisma.raw(`l."collabInfluencerId" AS key, count(*)::int AS posts,
             (count(*) FILTER (WHERE l."firstOfCollab"))::int AS collaborations, ${FULL_FIGURES},
             ${share("collabFeeMinor", "cost_minor")}, count(l."collabFeeMinor")::int AS n_cost,
             ${share("collabRevenueMinor", "revenue_minor", ` ${store}`)},
             ${share("collabOrders", "conversions", ` ${store}`)},
             (count(*) ${store})::int AS n_store,
             array_agg(DISTINCT ${cur}) FILTER (WHERE ${cur} IS NOT NULL) AS currencies`);
  // Each creator's name and tier, joined to the summed rows (the few leaders, or every creator for the
  // export): no second round trip for them.
  const named = Prisma.raw(`i."displayName" AS name, i.tier AS tier`);
  const influencer = Prisma.sql`LEFT JOIN "Influencer" i ON i."workspaceId" = ${workspaceId} AND i.id = x.key`;
  if (opts.creators === "all")
    return Prisma.sql`WITH ${st}
    SELECT x.*, ${named} FROM (
      SELECT ${exact} FROM "PostLatestMetric" l WHERE ${inRange} GROUP BY l."collabInfluencerId"
    ) x ${influencer}`;
  const n = Math.max(0, opts.creators.leaders - 1);
  const oneCurrency = opts.oneCurrency === true;
  // When all but a few of the workspace's posts are in the range ("All time" leaves out only posts
  // dated after today), each creator's sums over the range are their totals (WorkspaceCreatorTotal,
  // one row per creator) less their posts outside it: the ranking reads those instead of every post
  // (at 200,000 posts: 25,000 rows and the few outside). The posts outside are counted from both ends
  // of the liveAt index (an index-only scan of at most OUTSIDE_CAP + 1 entries each), in the same
  // statement as the ranking (one snapshot); the branch not taken is never run (a one-time filter).
  // The sums taken off are the ones the totals hold (creatorSums). A least and greatest currency
  // cannot be taken apart, so with several currencies in the workspace only a range holding every
  // post ranks on the totals.
  const cap = oneCurrency ? Math.max(0, Math.floor(opts.creators.outsideCap ?? OUTSIDE_CAP)) : 0;
  const beyond = (side: Prisma.Sql) =>
    Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM "PostLatestMetric" l WHERE l."workspaceId" = ${workspaceId} AND ${side} LIMIT ${cap + 1}) x)`;
  const outside = Prisma.sql`totals AS MATERIALIZED (
      SELECT ${beyond(Prisma.sql`l."liveAt" < ${from}`)} + ${beyond(Prisma.sql`l."liveAt" > ${to}`)} <= ${cap} AS used
    ), less AS MATERIALIZED (
      SELECT l."collabInfluencerId" AS key, ${Prisma.raw(creatorSums(["posts", "reach", "nReach", "engagements", "costMinor", "revenueMinor"]))}
      FROM "PostLatestMetric" l
      WHERE l."workspaceId" = ${workspaceId} AND (l."liveAt" < ${from} OR l."liveAt" > ${to}) AND (SELECT used FROM totals)
      GROUP BY l."collabInfluencerId"
    )`;
  return Prisma.sql`WITH ${st}, ${outside}, ranked AS MATERIALIZED (
      SELECT s.key,
             CASE WHEN (SELECT has FROM st) AND s.cost > 0 ${Prisma.raw(oneCurrency ? "" : "AND s.cur_min = s.cur_max")}
                  THEN (s.revenue - s.cost) / s.cost END AS roi,
             CASE WHEN s.reach IS NOT NULL AND s.reach >= ${opts.creators.minReach} THEN s.engagements / s.reach END AS err
      FROM (
        SELECT l."collabInfluencerId" AS key,
               sum(l."collabFeeMinor"::float8 / l."collabPosts") AS cost,
               coalesce(sum(l."collabRevenueMinor"::float8 / l."collabPosts"), 0) AS revenue,
               sum(l.reach::float8) AS reach,
               sum(coalesce(l.likes, 0)::float8 + coalesce(l.comments, 0)::float8 + coalesce(l.saves, 0)::float8) AS engagements
               ${Prisma.raw(oneCurrency ? "" : `, min(${cur} COLLATE "C") AS cur_min, max(${cur} COLLATE "C") AS cur_max`)}
        FROM "PostLatestMetric" l WHERE ${inRange} AND NOT (SELECT used FROM totals)
        GROUP BY l."collabInfluencerId"
        UNION ALL
        SELECT t."influencerId", (t."costMinor" - coalesce(o."costMinor", 0))::float8, (t."revenueMinor" - coalesce(o."revenueMinor", 0))::float8,
               CASE WHEN t."nReach" > coalesce(o."nReach", 0) THEN (t.reach - coalesce(o.reach, 0))::float8 END,
               (t.engagements - coalesce(o.engagements, 0))::float8
               ${Prisma.raw(oneCurrency ? "" : `, t."currencyMin", t."currencyMax"`)}
        FROM "WorkspaceCreatorTotal" t LEFT JOIN less o ON o.key = t."influencerId"
        WHERE t."workspaceId" = ${workspaceId} AND t.posts > coalesce(o.posts, 0) AND (SELECT used FROM totals)
      ) s
    ), cut AS MATERIALIZED (
      SELECT (SELECT roi FROM ranked WHERE roi IS NOT NULL ORDER BY roi DESC OFFSET ${n} LIMIT 1) AS roi,
             (SELECT err FROM ranked WHERE err IS NOT NULL ORDER BY err DESC OFFSET ${n} LIMIT 1) AS err
    ), leaders AS MATERIALIZED (
      SELECT x.key FROM ranked x, cut
      WHERE x.roi >= coalesce(cut.roi - abs(cut.roi) * 1e-9, '-Infinity') OR x.err >= coalesce(cut.err, '-Infinity')
    )
    SELECT x.*, ${named} FROM (
      SELECT ${exact} FROM "PostLatestMetric" l
      WHERE ${inRange} AND l."collabInfluencerId" = ANY (ARRAY(SELECT key FROM leaders))
      GROUP BY l."collabInfluencerId"
    ) x ${influencer}`;
}
