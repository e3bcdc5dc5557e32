// The workspace Analytics page's sums for the posts that went live in a date range: the figures by
// campaign, platform and tier (and the total) from the pre-summed WorkspaceGroupDaily rows
// (lib/analytics/group-sums.ts), and what cannot be pre-summed per day from one pass over the
// posts' latest rows in the range — each collaboration's money and orders, the number of
// collaborations, and (when asked) each creator's figures for the top lists and the export.
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

type Row = Record<string, number | string | string[] | null>;

/**
 * Sums per group ("all", campaign, platform, tier, and influencer when `creators` is set) for the
 * posts that went live in `range` (days in `timeZone`): what rollupSums gives with those groups over
 * the same scope, read from days × groups rows plus one pass over the range's latest rows.
 */
export async function workspaceRangeSums(opts: {
  workspaceId: string;
  timeZone: string;
  range: Pick<DateRange, "from" | "to">;
  groups: readonly GroupDailyGroup[];
  creators: boolean;
}): Promise<RollupSums[]> {
  const { workspaceId, range, groups } = opts;
  const [figures, money] = await Promise.all([
    groups.length || !opts.creators ? groupDailySums({ workspaceId, from: range.from, to: range.to, groups }) : Promise.resolve([]),
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
  creators: boolean;
}): Promise<RollupSums[]> {
  const groups = [...opts.groups, ...(opts.creators ? (["influencer"] as const) : [])];
  const rows = await db.$queryRaw<Row[]>(rangeMoneySql(opts));
  return rows
    .map((r): RollupSums => {
      const group = groups.find((g) => r[`g_${g}`] === 0) ?? "all";
      const num = (k: string) => Number(r[k] ?? 0);
      const figures = [...COUNTS, "impressions"] as const;
      return {
        group,
        key: group === "all" ? null : ((r[group] as string | null) ?? null),
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

/** rangeMoney's statement (exported for the benchmark's query plans). */
export function rangeMoneySql(opts: {
  workspaceId: string;
  timeZone: string;
  range: Pick<DateRange, "from" | "to">;
  groups: readonly GroupDailyGroup[];
  creators: boolean;
}): Prisma.Sql {
  const { workspaceId } = opts;
  const groups = [...opts.groups, ...(opts.creators ? (["influencer"] as const) : [])];
  const from = zonedDayStart(opts.range.from, opts.timeZone);
  const to = zonedDayEnd(opts.range.to, opts.timeZone);
  const columns: Record<GroupDailyGroup | "influencer", Prisma.Sql> = {
    campaign: Prisma.sql`x."campaignId"`,
    platform: Prisma.sql`x.platform::text`,
    tier: Prisma.sql`x.tier`,
    influencer: Prisma.sql`x."influencerId"`,
  };
  // Per (group, collaboration) first, so the second level counts collaborations without a DISTINCT
  // (which would force a sort per grouping set) and every grouping set can be hashed.
  const sets = Prisma.join(
    [Prisma.sql`(x."collaborationId")`, ...groups.map((g) => Prisma.sql`(${columns[g]}, x."collaborationId")`)],
    ", ",
  );
  const innerKeys = groups.map(
    (g) => Prisma.sql`GROUPING(${columns[g]}) AS ${Prisma.raw(`"g_${g}"`)}, ${columns[g]} AS ${Prisma.raw(`"${g}"`)},`,
  );
  const outerKeys = groups.map((g) => Prisma.raw(`per."g_${g}", per."${g}",`));
  const groupBy = groups.length ? Prisma.raw(groups.map((g) => `per."g_${g}", per."${g}"`).join(", ")) : Prisma.sql`()`;
  // The creators' figures (the other groups' come from WorkspaceGroupDaily): Σ and how many posts
  // reported each, per (collaboration, campaign, platform, tier), then per creator.
  const figures = [...COUNTS, "impressions"];
  const perPost = opts.creators
    ? Prisma.raw(
        [
          ...COUNTS.map((f) => `sum(l.${f}) AS "s_${f}", count(l.${f}) AS "n_${f}"`),
          `sum(coalesce(l.impressions, l.views)) AS s_impressions, count(coalesce(l.impressions, l.views)) AS n_impressions`,
          `count(*) FILTER (WHERE l.likes IS NOT NULL OR l.comments IS NOT NULL OR l.saves IS NOT NULL OR l.shares IS NOT NULL) AS n_engagements`,
          `count(*) FILTER (WHERE l.impressions IS NULL AND l.views IS NOT NULL) AS from_views,`,
        ].join(", "),
      )
    : Prisma.empty;
  const sumsOf = (t: string, as: (f: string) => [string, string]) =>
    opts.creators
      ? Prisma.raw(
          figures
            .map((f) => `sum(${t}."s_${f}")${as(f)[0]}, sum(${t}."n_${f}")${as(f)[1]}`)
            .concat([`sum(${t}.n_engagements)${as("engagements")[0]}, sum(${t}.from_views)${as("from_views")[1]},`])
            .join(", "),
        )
      : Prisma.empty;
  const innerSums = sumsOf("x", (f) =>
    f === "engagements" ? [` AS n_engagements`, ""] : f === "from_views" ? ["", ` AS from_views`] : [` AS "s_${f}"`, ` AS "n_${f}"`],
  );
  const outerSums = sumsOf("per", (f) =>
    f === "engagements"
      ? [`::int AS n_engagements`, ""]
      : f === "from_views"
        ? ["", `::int AS from_views`]
        : [`::float8 AS "sum_${f}"`, `::int AS "n_${f}"`],
  );
  const sql = Prisma.sql`
    WITH lp AS MATERIALIZED (
      SELECT l."collaborationId", l."campaignId", l.platform, l.tier, ${perPost} count(*) AS k
      FROM "PostLatestMetric" l
      WHERE l."workspaceId" = ${workspaceId} AND l."liveAt" >= ${from} AND l."liveAt" <= ${to}
      GROUP BY l."collaborationId", l."campaignId", l.platform, l.tier
    ), n AS (
      SELECT "collaborationId", sum(k) AS n FROM lp GROUP BY "collaborationId"
    ), co AS (
      SELECT c.id, c."influencerId", c.currency, c."feeMinor", n.n,
             EXISTS (SELECT 1 FROM "StoreConnection" sc WHERE sc."workspaceId" = ${workspaceId}) AS "hasStore",
             coalesce(v.orders, 0) AS orders, coalesce(v.revenue, 0) AS revenue, coalesce(v."hasRevenue", false) AS "hasRevenue"
      FROM n JOIN "Collaboration" c ON c."workspaceId" = ${workspaceId} AND c.id = n."collaborationId"
      LEFT JOIN (
        SELECT o."collaborationId", count(*) AS orders,
               sum(greatest(o."amountMinor" - o."refundedMinor", 0)) FILTER (WHERE o.currency = c.currency) AS revenue,
               bool_or(o.currency = c.currency AND o."amountMinor" > o."refundedMinor") AS "hasRevenue"
        FROM n JOIN "Collaboration" c ON c."workspaceId" = ${workspaceId} AND c.id = n."collaborationId"
        JOIN "Conversion" o ON o."workspaceId" = ${workspaceId} AND o."collaborationId" = c.id AND o.status <> 'cancelled'
        GROUP BY o."collaborationId"
      ) v ON v."collaborationId" = c.id
    ), x AS (
      SELECT lp.*, co."influencerId",
             CASE WHEN co."feeMinor" IS NOT NULL OR co."hasRevenue" THEN co.currency END AS cur,
             lp.k * (co."feeMinor"::numeric / co.n) AS cost,
             CASE WHEN co."feeMinor" IS NOT NULL THEN lp.k ELSE 0 END AS k_cost,
             CASE WHEN co."hasStore" THEN lp.k * (co.revenue::numeric / co.n) END AS revenue,
             CASE WHEN co."hasStore" THEN lp.k * (co.orders::numeric / co.n) END AS orders,
             CASE WHEN co."hasStore" THEN lp.k ELSE 0 END AS k_store
      FROM lp JOIN co ON co.id = lp."collaborationId"
    ), per AS (
      SELECT ${innerKeys.length ? Prisma.join(innerKeys, " ") : Prisma.empty}
             ${innerSums}
             sum(x.k) AS posts, sum(x.cost) AS cost, sum(x.k_cost) AS k_cost, sum(x.revenue) AS revenue,
             sum(x.orders) AS orders, sum(x.k_store) AS k_store, min(x.cur) AS cur
      FROM x GROUP BY GROUPING SETS (${sets})
    )
    SELECT ${outerKeys.length ? Prisma.join(outerKeys, " ") : Prisma.empty}
           ${outerSums}
           sum(per.posts)::int AS posts, count(*)::int AS collaborations,
           coalesce(sum(per.cost), 0)::float8 AS cost_minor, sum(per.k_cost)::int AS n_cost,
           coalesce(sum(per.revenue), 0)::float8 AS revenue_minor, coalesce(sum(per.orders), 0)::float8 AS conversions,
           sum(per.k_store)::int AS n_store,
           array_agg(DISTINCT per.cur) FILTER (WHERE per.cur IS NOT NULL) AS currencies
    FROM per GROUP BY ${groupBy}`;
  return sql;
}
