// The workspace Analytics page's sums for the posts that went live in a date range: the figures by
// campaign, platform and tier (and the total) from the pre-summed WorkspaceGroupDaily rows
// (lib/analytics/group-sums.ts), and what cannot be pre-summed per day from one pass over the
// posts' latest rows in the range — each collaboration's money and orders (copied onto the rows),
// the number of collaborations, and (when asked) each creator's figures for the top lists and the
// export.
//
// Money follows rollupSums' rule (lib/analytics/rollups.ts), so the page's numbers are unchanged:
// a collaboration's fee, net revenue and orders count wholly in a period where it has a post that
// went live, shared equally among its posts in that period (grouping by campaign, creator or tier
// gives the whole amount; by platform, a share per post). Each post sits in the tier its
// WorkspaceGroupDaily row froze (its creator's tier when the post first got metrics), money included.
import { db, Prisma } from "../db";
import { zonedDayEnd, zonedDayStart } from "../time-zone";
import { groupDailySums, type GroupDailyGroup } from "./group-sums";
import type { DateRange } from "./range";
import type { RollupSums } from "./rollups";

const COUNTS = ["reach", "views", "likes", "comments", "saves", "shares", "clicks"] as const;

/** The counts a creator's figures read. */
const COUNT_COLUMNS = [...COUNTS, "impressions"].map((c) => `l.${c}`).join(", ");

/** A creator's figures over its latest rows `l`. */
const FULL_FIGURES = [
  ...COUNTS.map((f) => `sum(l.${f}) AS "s_${f}", count(l.${f}) AS "n_${f}"`),
  `sum(coalesce(l.impressions, l.views)) AS s_impressions, count(coalesce(l.impressions, l.views)) AS n_impressions`,
  `count(*) FILTER (WHERE l.likes IS NOT NULL OR l.comments IS NOT NULL OR l.saves IS NOT NULL OR l.shares IS NOT NULL) AS n_engagements`,
  `count(*) FILTER (WHERE l.impressions IS NULL AND l.views IS NOT NULL) AS from_views`,
].join(", ");

type Row = Record<string, number | string | string[] | null>;

/**
 * Sums per group ("all", campaign, platform, tier, and influencer as `creators` asks) for the
 * posts that went live in `range` (days in `timeZone`): what rollupSums gives with those groups over
 * the same scope, read from days × groups rows plus one pass over the range's latest rows.
 */
export async function workspaceRangeSums(opts: {
  workspaceId: string;
  timeZone: string;
  range: Pick<DateRange, "from" | "to">;
  groups: readonly GroupDailyGroup[];
  creators: CreatorRows;
}): Promise<RollupSums[]> {
  const { workspaceId, range, groups } = opts;
  const [figures, money] = await Promise.all([
    groups.length || opts.creators === false
      ? groupDailySums({ workspaceId, from: range.from, to: range.to, groups })
      : Promise.resolve([]),
    rangeMoney(opts),
  ]);
  const key = (s: { group: string; key: string | null }) => `${s.group}\u0000${s.key ?? ""}`;
  const byKey = new Map(money.map((m) => [key(m), m]));
  const merged = figures.map((f): RollupSums => {
    const m = byKey.get(key(f));
    return {
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
    };
  });
  return [...merged, ...money.filter((m) => m.group === "influencer")];
}

/** One pass over the range's latest rows: money, orders and collaborations per group; creators' full sums. */
async function rangeMoney(opts: {
  workspaceId: string;
  timeZone: string;
  range: Pick<DateRange, "from" | "to">;
  groups: readonly GroupDailyGroup[];
  creators: CreatorRows;
}): Promise<RollupSums[]> {
  const rows = await db.$queryRaw<Row[]>(rangeMoneySql(opts));
  return rows
    .map((r): RollupSums => {
      const group = r.grp as RollupSums["group"];
      const num = (k: string) => Number(r[k] ?? 0);
      const figures = [...COUNTS, "impressions"] as const;
      return {
        group,
        key: (r.key as string | null) ?? null,
        posts: num("posts"),
        collaborations: num("collaborations"),
        sum: Object.fromEntries(figures.map((f) => [f, num(`sum_${f}`)])) as RollupSums["sum"],
        reported: {
          ...(Object.fromEntries(figures.map((f) => [f, num(`n_${f}`)])) as Omit<
            RollupSums["reported"],
            "cost" | "revenue" | "conversions"
          >),
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
    })
    .filter((s) => s.posts > 0);
}

/**
 * The creators rangeMoney returns: every one (the export), or only those that can make a top list —
 * the first `leaders` by ROI and by ERR, ties at the cut included (what rank() <= N gives), with the values
 * lib/analytics/workspace.ts ranks on, computed in the same float8 arithmetic — so a period's
 * thousands of creators never leave the database for a page that shows ten of each.
 */
export type CreatorRows = false | "all" | { leaders: number; minReach: number };

/**
 * rangeMoney's statement (exported for the benchmark's query plans). One pass over the range's
 * latest rows per collaboration first: its posts in the range (n), its creator's figures, and its
 * fee and orders — copied onto each post's latest row and kept current by the writes that change
 * them (refreshCollaborationMoney in lib/analytics/rollup-write.ts), so no collaboration or order is
 * looked up here. Then the total, campaigns and creators take each collaboration whole: whole minor
 * units, so their float8 sums are exact. Platforms and tiers take k of its n posts: Σ amount × k / n,
 * summed in whole numbers per n and divided once per group and n in numeric — the exact value to
 * well within a float8's rounding, which is what rollupSums gets by adding amount / n once per post
 * (tests/integration/analytics-rollups holds the two equal).
 */
export function rangeMoneySql(opts: {
  workspaceId: string;
  timeZone: string;
  range: Pick<DateRange, "from" | "to">;
  groups: readonly GroupDailyGroup[];
  creators: CreatorRows;
}): Prisma.Sql {
  const { workspaceId } = opts;
  const from = zonedDayStart(opts.range.from, opts.timeZone);
  const to = zonedDayEnd(opts.range.to, opts.timeZone);
  const figures = [...COUNTS, "impressions"];
  const byCampaign = opts.groups.includes("campaign");
  const shared = (["platform", "tier"] as const).filter((g) => opts.groups.includes(g));
  // The creators' figures (the other groups' come from WorkspaceGroupDaily): all of them for the
  // export, only what ERR ranks on for the leaders (their full figures are summed afterwards).
  const perPost = Prisma.raw(
    opts.creators === false
      ? ""
      : opts.creators === "all"
        ? `, ${FULL_FIGURES}`
        : `, sum(l.reach) AS s_reach, count(l.reach) AS n_reach, sum(l.likes) AS s_likes, sum(l.comments) AS s_comments, sum(l.saves) AS s_saves`,
  );
  const figureSums = Prisma.raw(
    figures
      .map((f) => `sum(co."s_${f}"::float8) AS "sum_${f}", sum(co."n_${f}"::int)::int AS "n_${f}"`)
      .concat([`sum(co.n_engagements::int)::int AS n_engagements, sum(co.from_views::int)::int AS from_views`])
      .join(", "),
  );
  const noFigures = Prisma.raw(
    figures
      .map((f) => `NULL::float8 AS "sum_${f}", NULL::int AS "n_${f}"`)
      .concat([`NULL::int AS n_engagements, NULL::int AS from_views`])
      .join(", "),
  );
  const range = Prisma.sql`l."workspaceId" = ${workspaceId} AND l."liveAt" >= ${from} AND l."liveAt" <= ${to}`;
  const storeOnly = Prisma.sql`FILTER (WHERE co."hasStore")`;
  // Collaborations taken whole: amounts in whole minor units, so float8 sums are exact.
  const wholeSums = Prisma.sql`
           coalesce(sum(co."feeMinor"::float8), 0) AS cost_minor,
           coalesce(sum(co.n) FILTER (WHERE co."feeMinor" IS NOT NULL), 0)::int AS n_cost,
           coalesce(sum(co."revenueMinor"::float8) ${storeOnly}, 0) AS revenue_minor,
           coalesce(sum(co.orders::float8) ${storeOnly}, 0) AS conversions,
           coalesce(sum(co.n) ${storeOnly}, 0)::int AS n_store`;
  const wholeMoney = Prisma.sql`${wholeSums}, array_agg(DISTINCT co.cur) FILTER (WHERE co.cur IS NOT NULL) AS currencies`;
  const whole = Prisma.sql`
    SELECT ${byCampaign ? Prisma.sql`CASE WHEN GROUPING(co."campaignId") = 0 THEN 'campaign' ELSE 'all' END` : Prisma.sql`'all'`} AS grp,
           ${byCampaign ? Prisma.sql`co."campaignId"` : Prisma.sql`NULL::text`} AS key,
           ${noFigures},
           sum(co.n)::int AS posts, count(*)::int AS collaborations, ${wholeMoney}
    FROM co
    GROUP BY GROUPING SETS (()${byCampaign ? Prisma.sql`, (co."campaignId")` : Prisma.empty})`;
  // A share per post: amount / n, computed once per collaboration in numeric (co) and added once per
  // post — the very numeric sum rollupSums gets (dividing k × amount by n instead could round the
  // last digit differently).
  const sharedPart = shared.length
    ? Prisma.sql`
    UNION ALL
    SELECT CASE WHEN ${shared.length === 2 ? Prisma.sql`GROUPING(lp.platform) = 0` : Prisma.sql`true`}
                THEN ${Prisma.raw(`'${shared[0]}'`)} ELSE 'tier' END AS grp,
           ${shared.length === 2 ? Prisma.sql`coalesce(lp.platform::text, lp.tier)` : Prisma.raw(shared[0] === "platform" ? "lp.platform::text" : "lp.tier")} AS key,
           ${noFigures},
           count(*)::int AS posts, count(DISTINCT lp."collaborationId")::int AS collaborations,
           coalesce(sum(co.fee_share), 0)::float8 AS cost_minor,
           count(*) FILTER (WHERE co."feeMinor" IS NOT NULL)::int AS n_cost,
           coalesce(sum(co.revenue_share) ${storeOnly}, 0)::float8 AS revenue_minor,
           coalesce(sum(co.orders_share) ${storeOnly}, 0)::float8 AS conversions,
           count(*) ${storeOnly}::int AS n_store,
           array_agg(DISTINCT co.cur) FILTER (WHERE co.cur IS NOT NULL) AS currencies
    FROM r lp JOIN co ON co."collaborationId" = lp."collaborationId"
    GROUP BY GROUPING SETS (${Prisma.join(
      shared.map((g) => (g === "platform" ? Prisma.sql`(lp.platform)` : Prisma.sql`(lp.tier)`)),
      ", ",
    )})`
    : Prisma.empty;
  const creatorMoney = Prisma.sql`sum(co.n)::int AS posts, count(*)::int AS collaborations, ${wholeMoney}`;
  const creatorsPart =
    opts.creators === false
      ? Prisma.empty
      : opts.creators === "all"
        ? Prisma.sql`
    UNION ALL
    SELECT 'influencer' AS grp, co."influencerId" AS key, ${figureSums}, ${creatorMoney}
    FROM co GROUP BY co."influencerId"`
        : Prisma.sql`
    UNION ALL
    SELECT 'influencer' AS grp, m.key, ${Prisma.raw(
      figures
        .map((f) => `f."s_${f}"::float8 AS "sum_${f}", f."n_${f}"::int AS "n_${f}"`)
        .concat([`f.n_engagements::int AS n_engagements, f.from_views::int AS from_views`])
        .join(", "),
    )},
           m.posts, m.collaborations, m.cost_minor, m.n_cost, m.revenue_minor, m.conversions, m.n_store, f.currencies
    FROM leaders m JOIN (
      -- The leaders' full figures and currencies, from their own posts of the range.
      SELECT l."collabInfluencerId" AS key, ${Prisma.raw(FULL_FIGURES)},
             array_agg(DISTINCT l."collabCurrency") FILTER (WHERE l."collabFeeMinor" IS NOT NULL OR l."collabHasRevenue") AS currencies
      FROM r l WHERE l."collabInfluencerId" IN (SELECT key FROM leaders)
      GROUP BY l."collabInfluencerId"
    ) f ON f.key = m.key`;
  const leaders =
    typeof opts.creators === "object"
      ? Prisma.sql`, ranked AS MATERIALIZED (
      SELECT s.*,
             CASE WHEN s.one_currency AND s.n_cost > 0 AND s.n_store > 0 AND s.cost_minor > 0
                  THEN (s.revenue_minor - s.cost_minor) / s.cost_minor END AS roi,
             CASE WHEN s.n_reach > 0 AND s.s_reach >= ${opts.creators.minReach}
                  THEN (s.s_likes + s.s_comments + s.s_saves) / s.s_reach END AS err
      FROM (
        -- No currency list here (a DISTINCT aggregate sorts every creator): the leaders get theirs below.
        SELECT co."influencerId" AS key, sum(co.n)::int AS posts, count(*)::int AS collaborations, ${wholeSums},
               min(co.cur) = max(co.cur) AS one_currency,
               sum(co.n_reach)::int AS n_reach, coalesce(sum(co.s_reach::float8), 0) AS s_reach,
               coalesce(sum(co.s_likes::float8), 0) AS s_likes, coalesce(sum(co.s_comments::float8), 0) AS s_comments,
               coalesce(sum(co.s_saves::float8), 0) AS s_saves
        FROM co GROUP BY co."influencerId"
      ) s
    ), leaders AS MATERIALIZED (
      -- rank() <= N on each value, ties at the cut included: every creator at or above the N-th value
      -- (a top-N heap sort each, not a sort of every creator).
      SELECT x.* FROM ranked x, (
        SELECT (SELECT roi FROM ranked WHERE roi IS NOT NULL ORDER BY roi DESC OFFSET ${Math.max(0, opts.creators.leaders - 1)} LIMIT 1) AS roi,
               (SELECT err FROM ranked WHERE err IS NOT NULL ORDER BY err DESC OFFSET ${Math.max(0, opts.creators.leaders - 1)} LIMIT 1) AS err
      ) cut
      WHERE x.roi >= coalesce(cut.roi, '-Infinity') OR x.err >= coalesce(cut.err, '-Infinity')
    )`
      : Prisma.empty;
  return Prisma.sql`
    WITH r AS MATERIALIZED (
      -- The range's latest rows, read once.
      SELECT l."collaborationId", l."campaignId", l.platform, l.tier, ${Prisma.raw(opts.creators === false ? "" : `${COUNT_COLUMNS},`)}
             l."collabInfluencerId", l."collabFeeMinor", l."collabCurrency", l."collabOrders", l."collabRevenueMinor", l."collabHasRevenue"
      FROM "PostLatestMetric" l WHERE ${range}
    ), n AS MATERIALIZED (
      SELECT l."collaborationId", l."campaignId", count(*)::int AS n,
             min(l."collabInfluencerId") AS "influencerId", min(l."collabFeeMinor") AS "feeMinor",
             min(l."collabCurrency") AS currency, min(l."collabOrders") AS orders,
             min(l."collabRevenueMinor") AS "revenueMinor", bool_or(l."collabHasRevenue") AS "hasRevenue" ${perPost}
      FROM r l
      GROUP BY l."collaborationId", l."campaignId"
    ), co AS MATERIALIZED (
      SELECT n.*, EXISTS (SELECT 1 FROM "StoreConnection" sc WHERE sc."workspaceId" = ${workspaceId}) AS "hasStore",
             CASE WHEN n."feeMinor" IS NOT NULL OR n."hasRevenue" THEN n.currency END AS cur${
               shared.length
                 ? Prisma.sql`,
             n."feeMinor"::numeric / n.n AS fee_share, n."revenueMinor"::numeric / n.n AS revenue_share,
             n.orders::numeric / n.n AS orders_share`
                 : Prisma.empty
             }
      FROM n
    )${leaders}
    ${whole}
    ${sharedPart}
    ${creatorsPart}`;
}
