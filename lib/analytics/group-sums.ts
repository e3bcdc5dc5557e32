// Sums over WorkspaceGroupDaily: the latest figures of the posts that went live in a range of days
// (the workspace's time zone), per campaign, platform and tier, reading days × groups rows — never
// one row per post. The figures equal rollupSums' (lib/analytics/rollups.ts) over the same posts,
// except that a post's tier is its creator's tier when the post first got metrics (a creator who
// later moves tier keeps their past posts in the old one: "micro against macro on these posts").
//
// Money, orders and the collaborations counted come from WorkspaceMoneyDaily (groupMoneySums): they
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
 * A pre-summed table's (alias `t`) group columns: the GROUPING SETS of `groups` (and the total), each
 * with `also` appended when given, and the key columns ("g_<group>" is 1 where the row is not that group's).
 */
function grouping(t: "g" | "m", groups: readonly GroupDailyGroup[], also?: string) {
  const column: Record<GroupDailyGroup, Prisma.Sql> = {
    campaign: Prisma.raw(`${t}."campaignId"`),
    platform: Prisma.raw(`${t}.platform::text`),
    tier: Prisma.raw(`${t}.tier`),
  };
  const extra = also ? Prisma.raw(also) : null;
  const set = (cols: Prisma.Sql[]) => Prisma.sql`(${Prisma.join(extra ? [...cols, extra] : cols, ", ", "", "")})`;
  const sets = Prisma.join([extra ? Prisma.sql`(${extra})` : Prisma.sql`()`, ...groups.map((g) => set([column[g]]))], ", ");
  const keys = groups.map((g) => Prisma.sql`GROUPING(${column[g]}) AS ${Prisma.raw(`"g_${g}"`)}, ${column[g]} AS ${Prisma.raw(`"${g}"`)},`);
  return { sets, keys: keys.length ? Prisma.join(keys, " ") : Prisma.empty };
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
  const { sets, keys } = grouping("g", opts.groups);
  const figures = Prisma.join(
    FIGURES.map((f) => Prisma.raw(`sum(g.${f}::float8) AS "sum_${f}", sum(g."${nCol(f)}")::int AS "n_${f}"`)),
    ", ",
  );
  const rows = await db.$queryRaw<Record<string, number | string | null>[]>`
    SELECT ${keys}
           sum(g.posts)::int AS posts, ${figures},
           sum(g."nEngagements")::int AS n_engagements, sum(g."fromViews")::int AS from_views
    FROM "WorkspaceGroupDaily" g
    WHERE g."workspaceId" = ${opts.workspaceId} AND g.day >= ${opts.from}::date AND g.day <= ${opts.to}::date
    GROUP BY GROUPING SETS (${sets})`;
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
 * Money per group for the posts that went live from day `from` to day `to`, from WorkspaceMoneyDaily:
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
  const { sets, keys } = grouping("m", opts.groups, "m.currency");
  const outer = opts.groups.map((g) => `"g_${g}", "${g}"`).join(", ");
  const rows = await db.$queryRaw<Record<string, number | string | string[] | boolean | null>[]>`
    WITH ${storeConnectedCte(opts.workspaceId)}, per AS (
      SELECT ${keys} m.currency, sum(m.posts) AS posts, sum(m."nCost") AS n_cost, sum(m."nMoney") AS n_money,
             sum(m."costMinor") AS cost_minor, sum(m."revenueMinor") AS revenue_minor, sum(m.orders) AS orders,
             sum(m.collabs) AS c_all, sum(m."collabsOnPlatform") AS c_platform, sum(m."collabsInTier") AS c_tier
      FROM "WorkspaceMoneyDaily" m
      WHERE m."workspaceId" = ${opts.workspaceId} AND m.day >= ${opts.from}::date AND m.day <= ${opts.to}::date
      GROUP BY GROUPING SETS (${sets})
    )
    SELECT ${Prisma.raw(outer ? `${outer}, ` : "")}(SELECT has FROM st) AS store, sum(posts)::int AS posts, sum(n_cost)::int AS n_cost,
           coalesce(sum(cost_minor), 0)::float8 AS cost_minor, coalesce(sum(revenue_minor), 0)::float8 AS revenue_minor,
           coalesce(sum(orders), 0)::float8 AS orders, sum(c_all)::int AS c_all,
           sum(c_platform)::int AS c_platform, sum(c_tier)::int AS c_tier,
           array_agg(currency ORDER BY currency) FILTER (WHERE n_money > 0) AS currencies
    FROM per
    ${outer ? Prisma.raw(`GROUP BY ${outer}`) : Prisma.empty}`;
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
