// Sums over the pre-summed tables: the latest figures of the posts that went live in a range of days
// (the workspace's time zone), per campaign (WorkspaceCampaignDaily) and per platform and tier, with
// the total (WorkspaceSegmentDaily), reading days × groups rows — never one row per post. The figures equal rollupSums' (lib/analytics/rollups.ts) over the same posts,
// except that a post's tier is its creator's tier when the post first got metrics (a creator who
// later moves tier keeps their past posts in the old one: "micro against macro on these posts").
//
// Money, orders and the collaborations counted come from the two money tables (groupMoneySums): they
// belong to a collaboration and change outside the snapshot path (fees, orders, refunds), so they are
// kept in rows of their own, keyed by currency too (lib/analytics/rollup-write.ts).
import { db, Prisma } from "../db";
import type { RollupSums } from "./rollups";

/** What the pre-summed rows can be grouped by. */
export type GroupDailyGroup = "campaign" | "platform" | "tier";

/** A group's figures from the pre-summed rows (the count-side of {@link RollupSums}). */
export type GroupDailySums = Pick<RollupSums, "key" | "posts" | "sum" | "reportedEngagements" | "impressionsFromViews"> & {
  group: "all" | GroupDailyGroup;
  reported: Omit<RollupSums["reported"], "cost" | "revenue" | "conversions">;
};

/**
 * One statement over a pair of pre-summed tables (alias `t`), for the range `where` picks: the campaign
 * rows (when asked) from the per-campaign table grouped by campaign, and the total with the asked
 * platform and tier rows from the per-platform × tier table (GROUPING SETS); `also` (a column) is added
 * to every grouping. Every row has the key columns "g_<group>" (0 on that group's rows) and "<group>",
 * then `also`, then `sums` (the select list of sums over alias `t`). Both parts read the same range
 * (`where`, over alias `t`) in one statement: no second round trip.
 */
function groupedSql(opts: {
  t: "g" | "m";
  tables: { campaign: string; segment: string };
  where: Prisma.Sql;
  groups: readonly GroupDailyGroup[];
  sums: Prisma.Sql;
  also?: string;
}): Prisma.Sql {
  const { t, groups, sums } = opts;
  const also = opts.also ? `, ${t}.${opts.also}` : "";
  const keyCol = (g: "platform" | "tier") => `${t}.${g === "platform" ? "platform::text" : "tier"}`;
  const segmentKey = (g: "platform" | "tier") =>
    groups.includes(g) ? `GROUPING(${keyCol(g)}) AS "g_${g}", ${keyCol(g)} AS "${g}"` : `1 AS "g_${g}", NULL::text AS "${g}"`;
  const sets = [
    `(${also.slice(2)})`,
    ...(["platform", "tier"] as const).filter((g) => groups.includes(g)).map((g) => `(${keyCol(g)}${also})`),
  ];
  const segment = Prisma.sql`SELECT 1 AS "g_campaign", NULL::text AS "campaign", ${Prisma.raw(`${segmentKey("platform")}, ${segmentKey("tier")}`)}${Prisma.raw(also)}, ${sums}
      FROM ${Prisma.raw(`"${opts.tables.segment}" ${t}`)} WHERE ${opts.where}
      GROUP BY GROUPING SETS (${Prisma.raw(sets.join(", "))})`;
  if (!groups.includes("campaign")) return segment;
  return Prisma.sql`SELECT 0 AS "g_campaign", ${Prisma.raw(`${t}."campaignId"`)} AS "campaign", 1 AS "g_platform", NULL::text AS "platform",
             1 AS "g_tier", NULL::text AS "tier"${Prisma.raw(also)}, ${sums}
      FROM ${Prisma.raw(`"${opts.tables.campaign}" ${t}`)} WHERE ${opts.where}
      GROUP BY ${Prisma.raw(`${t}."campaignId"${also}`)}
    UNION ALL
    ${segment}`;
}

/**
 * `st`: whether the workspace has a store connection (then revenue and orders count, as rollupSums
 * counts them), one row computed once (MATERIALIZED) and read as `(SELECT has FROM st)`.
 */
export function storeConnectedCte(workspaceId: string): Prisma.Sql {
  return Prisma.sql`st AS MATERIALIZED (
      SELECT EXISTS (SELECT 1 FROM "StoreConnection" sc WHERE sc."workspaceId" = ${workspaceId}) AS has
    )`;
}

const FIGURES = ["reach", "impressions", "views", "likes", "comments", "saves", "shares", "clicks"] as const;
const nCol = (f: string) => `n${f[0]!.toUpperCase()}${f.slice(1)}`;

/**
 * Sums per group for the posts that went live from day `from` to day `to` (YYYY-MM-DD, inclusive):
 * the total ("all") and one row per key of each requested group, in one query (GROUPING SETS).
 */
export async function groupDailySums(opts: {
  workspaceId: string;
  from: string;
  to: string;
  groups: readonly GroupDailyGroup[];
}): Promise<GroupDailySums[]> {
  const figures = FIGURES.map((f) => `sum(g.${f}::float8) AS "sum_${f}", sum(g."${nCol(f)}")::int AS "n_${f}"`).join(", ");
  const rows = await db.$queryRaw<Record<string, number | string | null>[]>(
    groupedSql({
      t: "g",
      tables: { campaign: "WorkspaceCampaignDaily", segment: "WorkspaceSegmentDaily" },
      where: Prisma.sql`g."workspaceId" = ${opts.workspaceId} AND g.day >= ${opts.from}::date AND g.day <= ${opts.to}::date`,
      groups: opts.groups,
      sums: Prisma.raw(
        `sum(g.posts)::int AS posts, ${figures}, sum(g."nEngagements")::int AS n_engagements, sum(g."fromViews")::int AS from_views`,
      ),
    }),
  );
  return rows
    .map((r): GroupDailySums => {
      const group = opts.groups.find((g) => r[`g_${g}`] === 0) ?? "all";
      const num = (k: string) => Number(r[k] ?? 0);
      return {
        group,
        key: group === "all" ? null : ((r[group] as string | null) ?? null),
        posts: num("posts"),
        sum: Object.fromEntries(FIGURES.map((f) => [f, num(`sum_${f}`)])) as GroupDailySums["sum"],
        reported: Object.fromEntries(FIGURES.map((f) => [f, num(`n_${f}`)])) as GroupDailySums["reported"],
        reportedEngagements: num("n_engagements"),
        impressionsFromViews: num("from_views"),
      };
    })
    .filter((s) => s.posts > 0);
}

/** A group's money from the pre-summed rows (the money side of {@link RollupSums}). */
export type GroupMoneySums = Pick<
  RollupSums,
  "key" | "posts" | "collaborations" | "costMinor" | "revenueMinor" | "conversions" | "currencies"
> & {
  group: "all" | GroupDailyGroup;
  reported: Pick<RollupSums["reported"], "cost" | "revenue" | "conversions">;
};

/**
 * Money per group for the posts that went live from day `from` to day `to`, from the money tables:
 * Σ of the posts' shares of their collaborations' fee, net revenue and orders (revenue and orders
 * count once the workspace has a store connection, as rollupSums counts them), the collaborations
 * whose first post (overall; on the platform; in the tier) is in the range, and the currencies of the
 * fees and revenue counted.
 */
export async function groupMoneySums(opts: {
  workspaceId: string;
  from: string;
  to: string;
  groups: readonly GroupDailyGroup[];
}): Promise<GroupMoneySums[]> {
  // Summed per group and currency first (hash aggregation), then per group with the currencies listed:
  // array_agg(DISTINCT) over the day rows would sort every grouping set's rows. Sums stay numeric
  // through both levels, so the money is exact.
  const per = groupedSql({
    t: "m",
    tables: { campaign: "WorkspaceCampaignMoneyDaily", segment: "WorkspaceSegmentMoneyDaily" },
    where: Prisma.sql`m."workspaceId" = ${opts.workspaceId} AND m.day >= ${opts.from}::date AND m.day <= ${opts.to}::date`,
    groups: opts.groups,
    also: "currency",
    sums: Prisma.raw(`sum(m.posts) AS posts, sum(m."nCost") AS n_cost, sum(m."nMoney") AS n_money,
             sum(m."costMinor") AS cost_minor, sum(m."revenueMinor") AS revenue_minor, sum(m.orders) AS orders,
             sum(m.collabs) AS c_all, sum(m."collabsOnPlatform") AS c_platform, sum(m."collabsInTier") AS c_tier`),
  });
  const keys = `"g_campaign", "campaign", "g_platform", "platform", "g_tier", "tier"`;
  const rows = await db.$queryRaw<Record<string, number | string | string[] | boolean | null>[]>`
    WITH ${storeConnectedCte(opts.workspaceId)}, per AS (${per})
    SELECT ${Prisma.raw(keys)}, (SELECT has FROM st) AS store, sum(posts)::int AS posts, sum(n_cost)::int AS n_cost,
           coalesce(sum(cost_minor), 0)::float8 AS cost_minor, coalesce(sum(revenue_minor), 0)::float8 AS revenue_minor,
           coalesce(sum(orders), 0)::float8 AS orders, sum(c_all)::int AS c_all,
           sum(c_platform)::int AS c_platform, sum(c_tier)::int AS c_tier,
           array_agg(currency ORDER BY currency) FILTER (WHERE n_money > 0) AS currencies
    FROM per
    GROUP BY ${Prisma.raw(keys)}`;
  return rows
    .map((r): GroupMoneySums => {
      const group = opts.groups.find((g) => r[`g_${g}`] === 0) ?? "all";
      const num = (k: string) => Number(r[k] ?? 0);
      const store = r.store === true;
      const posts = num("posts");
      return {
        group,
        key: group === "all" ? null : ((r[group] as string | null) ?? null),
        posts,
        collaborations: num(group === "platform" ? "c_platform" : group === "tier" ? "c_tier" : "c_all"),
        reported: { cost: num("n_cost"), revenue: store ? posts : 0, conversions: store ? posts : 0 },
        costMinor: num("cost_minor"),
        revenueMinor: store ? num("revenue_minor") : 0,
        conversions: store ? num("orders") : 0,
        currencies: [...((r.currencies as string[] | null) ?? [])].sort(),
      };
    })
    .filter((s) => s.posts > 0);
}
