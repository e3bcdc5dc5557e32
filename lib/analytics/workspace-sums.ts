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
 * the first `leaders` by ROI and by ERR, ties at the cut included (rank()), with the values
 * lib/analytics/workspace.ts ranks on, computed in the same float8 arithmetic — so a period's
 * thousands of creators never leave the database for a page that shows ten of each.
 */
export type CreatorRows = false | "all" | { leaders: number; minReach: number };

/**
 * rangeMoney's statement (exported for the benchmark's query plans). Per collaboration first (its
 * posts in the range, its money and orders — one look-up of the collaboration and one index probe
 * of its orders — its creator's figures, and its per-post shares), then: the total and campaigns
 * take each collaboration whole (one row per collaboration); platforms and tiers take its share per
 * post (one row per collaboration × platform × tier); creators sum their collaborations. A
 * collaboration's amount is summed as n × (amount / n) in numeric, the exact value rollupSums gets
 * by adding amount / n once per post.
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
  // The creators' figures (the other groups' come from WorkspaceGroupDaily).
  const perPost = Prisma.raw(
    [
      ...COUNTS.map((f) => `sum(l.${f}) AS "s_${f}", count(l.${f}) AS "n_${f}"`),
      `sum(coalesce(l.impressions, l.views)) AS s_impressions, count(coalesce(l.impressions, l.views)) AS n_impressions`,
      `count(*) FILTER (WHERE l.likes IS NOT NULL OR l.comments IS NOT NULL OR l.saves IS NOT NULL OR l.shares IS NOT NULL) AS n_engagements`,
      `count(*) FILTER (WHERE l.impressions IS NULL AND l.views IS NOT NULL) AS from_views`,
    ].join(", "),
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
  // k posts' worth of each collaboration's shares (fee_share = fee / n, computed once per collaboration).
  const money = (k: Prisma.Sql) => Prisma.sql`
           coalesce(sum(${k} * co.fee_share), 0)::float8 AS cost_minor,
           coalesce(sum(${k}::int) FILTER (WHERE co."feeMinor" IS NOT NULL), 0)::int AS n_cost,
           coalesce(sum(${k} * co.revenue_share) FILTER (WHERE co."hasStore"), 0)::float8 AS revenue_minor,
           coalesce(sum(${k} * co.orders_share) FILTER (WHERE co."hasStore"), 0)::float8 AS conversions,
           coalesce(sum(${k}::int) FILTER (WHERE co."hasStore"), 0)::int AS n_store,
           array_agg(DISTINCT co.cur) FILTER (WHERE co.cur IS NOT NULL) AS currencies`;
  const whole = Prisma.sql`
    SELECT ${byCampaign ? Prisma.sql`CASE WHEN GROUPING(co."campaignId") = 0 THEN 'campaign' ELSE 'all' END` : Prisma.sql`'all'`} AS grp,
           ${byCampaign ? Prisma.sql`co."campaignId"` : Prisma.sql`NULL::text`} AS key,
           ${noFigures},
           sum(co.n::int)::int AS posts, count(*)::int AS collaborations, ${money(Prisma.sql`co.n`)}
    FROM co
    GROUP BY GROUPING SETS (()${byCampaign ? Prisma.sql`, (co."campaignId")` : Prisma.empty})`;
  const sharedPart = shared.length
    ? Prisma.sql`
    UNION ALL
    SELECT CASE WHEN ${shared.length === 2 ? Prisma.sql`GROUPING(lp.platform) = 0` : Prisma.sql`true`}
                THEN ${Prisma.raw(`'${shared[0]}'`)} ELSE 'tier' END AS grp,
           ${shared.length === 2 ? Prisma.sql`coalesce(lp.platform::text, lp.tier)` : Prisma.raw(shared[0] === "platform" ? "lp.platform::text" : "lp.tier")} AS key,
           ${noFigures},
           sum(lp.k::int)::int AS posts, count(DISTINCT lp."collaborationId")::int AS collaborations, ${money(Prisma.sql`lp.k`)}
    FROM lp JOIN co ON co."collaborationId" = lp."collaborationId"
    GROUP BY GROUPING SETS (${Prisma.join(
      shared.map((g) => (g === "platform" ? Prisma.sql`(lp.platform)` : Prisma.sql`(lp.tier)`)),
      ", ",
    )})`
    : Prisma.empty;
  const creatorColumns = Prisma.sql`'influencer' AS grp, co."influencerId" AS key, ${figureSums},
           sum(co.n::int)::int AS posts, count(*)::int AS collaborations, ${money(Prisma.sql`co.n`)}`;
  const creatorsPart =
    opts.creators === false
      ? Prisma.empty
      : opts.creators === "all"
        ? Prisma.sql`
    UNION ALL
    SELECT ${creatorColumns} FROM co GROUP BY co."influencerId"`
        : Prisma.sql`
    UNION ALL
    SELECT ${creatorColumns} FROM co
    WHERE co."influencerId" IN (
      SELECT key FROM (
        SELECT key, roi, err,
               rank() OVER (ORDER BY roi DESC NULLS LAST) AS roi_rank,
               rank() OVER (ORDER BY err DESC NULLS LAST) AS err_rank
        FROM (
          SELECT co."influencerId" AS key,
                 CASE WHEN min(co.cur) = max(co.cur) AND sum(co.n::int) FILTER (WHERE co."feeMinor" IS NOT NULL) > 0
                           AND bool_or(co."hasStore") AND coalesce(sum(co.n * co.fee_share), 0)::float8 > 0
                      THEN (coalesce(sum(co.n * co.revenue_share) FILTER (WHERE co."hasStore"), 0)::float8
                            - coalesce(sum(co.n * co.fee_share), 0)::float8) / coalesce(sum(co.n * co.fee_share), 0)::float8 END AS roi,
                 CASE WHEN sum(co.n_reach::int) > 0 AND sum(co.s_reach::float8) >= ${opts.creators.minReach}
                      THEN (coalesce(sum(co.s_likes::float8), 0) + coalesce(sum(co.s_comments::float8), 0)
                            + coalesce(sum(co.s_saves::float8), 0)) / sum(co.s_reach::float8) END AS err
          FROM co GROUP BY co."influencerId"
        ) x
      ) r
      WHERE (roi IS NOT NULL AND roi_rank <= ${opts.creators.leaders}) OR (err IS NOT NULL AND err_rank <= ${opts.creators.leaders})
    )
    GROUP BY co."influencerId"`;
  return Prisma.sql`
    WITH n AS MATERIALIZED (
      SELECT l."collaborationId", l."campaignId", count(*) AS n, ${perPost}
      FROM "PostLatestMetric" l WHERE ${range}
      GROUP BY l."collaborationId", l."campaignId"
    ), co AS MATERIALIZED (
      SELECT n.*, c."influencerId", c."feeMinor",
             EXISTS (SELECT 1 FROM "StoreConnection" sc WHERE sc."workspaceId" = ${workspaceId}) AS "hasStore",
             c."feeMinor"::numeric / n.n AS fee_share,
             coalesce(v.revenue, 0)::numeric / n.n AS revenue_share,
             v.orders::numeric / n.n AS orders_share,
             CASE WHEN c."feeMinor" IS NOT NULL OR coalesce(v."hasRevenue", false) THEN c.currency END AS cur
      -- Each collaboration of the range by its key (OFFSET 0 keeps the planner from hashing them all).
      FROM n CROSS JOIN LATERAL (
        SELECT c.id, c."influencerId", c."feeMinor", c.currency FROM "Collaboration" c
        WHERE c."workspaceId" = ${workspaceId} AND c.id = n."collaborationId" OFFSET 0
      ) c
      CROSS JOIN LATERAL (
        SELECT count(*) AS orders,
               sum(greatest(o."amountMinor" - o."refundedMinor", 0)) FILTER (WHERE o.currency = c.currency) AS revenue,
               bool_or(o.currency = c.currency AND o."amountMinor" > o."refundedMinor") AS "hasRevenue"
        FROM "Conversion" o
        WHERE o."workspaceId" = ${workspaceId} AND o."collaborationId" = c.id AND o.status <> 'cancelled'
      ) v
    )${
      shared.length
        ? Prisma.sql`, lp AS (
      SELECT l."collaborationId", l.platform, l.tier, count(*) AS k
      FROM "PostLatestMetric" l WHERE ${range}
      GROUP BY l."collaborationId", l.platform, l.tier
    )`
        : Prisma.empty
    }
    ${whole}
    ${sharedPart}
    ${creatorsPart}`;
}
