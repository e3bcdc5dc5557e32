// Sums over the pre-summed tables: the latest figures of the posts that went live in a range of days
// (the workspace's time zone), per campaign (WorkspaceCampaignDaily) and per platform and tier, with
// the total (WorkspaceSegmentDaily), reading days × groups rows — never one row per post. The
// figures equal rollupSums' (lib/analytics/rollups.ts) over the same posts, except that a post's tier
// is its creator's tier when the post first got metrics (a creator who later moves tier keeps their
// past posts in the old one: "micro against macro on these posts").
//
// Money, orders and the collaborations counted come from the two money tables (moneySql, read with
// the figures by groupSums): they belong to a collaboration and change outside the snapshot path
// (fees, orders, refunds), so they are kept in rows of their own, keyed by currency too
// (lib/analytics/rollup-write.ts).
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
  /** Also on the campaign rows only (which campaigns come back). */
  campaignWhere?: Prisma.Sql;
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
      FROM ${Prisma.raw(`"${opts.tables.campaign}" ${t}`)} WHERE ${opts.where} ${opts.campaignWhere ? Prisma.sql`AND ${opts.campaignWhere}` : Prisma.empty}
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

/** The days and groups a pre-summed read covers: the posts that went live from day `from` to day `to` (YYYY-MM-DD, inclusive). */
interface GroupRange {
  workspaceId: string;
  from: string;
  to: string;
  groups: readonly GroupDailyGroup[];
}

/** The figures per group (groupDailySums, groupSums): columns "g_<group>", "<group>" and the sums. */
function figuresSql(opts: GroupRange): Prisma.Sql {
  const figures = FIGURES.map((f) => `sum(g.${f}::float8) AS "sum_${f}", sum(g."${nCol(f)}")::int AS "n_${f}"`).join(", ");
  return groupedSql({
    t: "g",
    tables: { campaign: "WorkspaceCampaignDaily", segment: "WorkspaceSegmentDaily" },
    where: Prisma.sql`g."workspaceId" = ${opts.workspaceId} AND g.day >= ${opts.from}::date AND g.day <= ${opts.to}::date`,
    groups: opts.groups,
    sums: Prisma.raw(
      `sum(g.posts)::int AS posts, ${figures}, sum(g."nEngagements")::int AS n_engagements, sum(g."fromViews")::int AS from_views`,
    ),
  });
}

type SqlRow = Record<string, number | string | string[] | boolean | null>;

/** The group a row of groupedSql is about, and its key. */
function groupOf(r: SqlRow, groups: readonly GroupDailyGroup[]): Pick<GroupDailySums, "group" | "key"> {
  const group = groups.find((g) => r[`g_${g}`] === 0) ?? "all";
  return { group, key: group === "all" ? null : ((r[group] as string | null) ?? null) };
}

function figuresFromRow(r: SqlRow, groups: readonly GroupDailyGroup[]): GroupDailySums {
  const num = (k: string) => Number(r[k] ?? 0);
  return {
    ...groupOf(r, groups),
    posts: num("posts"),
    sum: Object.fromEntries(FIGURES.map((f) => [f, num(`sum_${f}`)])) as GroupDailySums["sum"],
    reported: Object.fromEntries(FIGURES.map((f) => [f, num(`n_${f}`)])) as GroupDailySums["reported"],
    reportedEngagements: num("n_engagements"),
    impressionsFromViews: num("from_views"),
  };
}

/**
 * Sums per group for the posts that went live from day `from` to day `to` (YYYY-MM-DD, inclusive):
 * the total ("all") and one row per key of each requested group, in one query (GROUPING SETS).
 */
export async function groupDailySums(opts: GroupRange): Promise<GroupDailySums[]> {
  const rows = await db.$queryRaw<SqlRow[]>(figuresSql(opts));
  return rows.map((r) => figuresFromRow(r, opts.groups)).filter((s) => s.posts > 0);
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
 * The money per group for the posts that went live in the range, from the money tables: Σ of the
 * posts' shares of their collaborations' fee, net revenue and orders (revenue and orders count once
 * the workspace has a store connection, as rollupSums counts them), the collaborations whose first
 * post (overall; on the platform; in the tier) is in the range, and the currencies of the fees and
 * revenue counted. Reads `st` (storeConnectedCte); the campaign rows only of the campaigns `campaigns`
 * (an array expression) holds, when given. Columns: the keys of groupedSql, then money_posts and the
 * sums moneyFromRow reads.
 */
function moneySql(opts: GroupRange, campaigns?: Prisma.Sql): Prisma.Sql {
  // Summed per group and currency first (hash aggregation), then per group with the currencies listed:
  // array_agg(DISTINCT) over the day rows would sort every grouping set's rows. Sums stay numeric
  // through both levels, so the money is exact.
  const per = groupedSql({
    t: "m",
    tables: { campaign: "WorkspaceCampaignMoneyDaily", segment: "WorkspaceSegmentMoneyDaily" },
    where: Prisma.sql`m."workspaceId" = ${opts.workspaceId} AND m.day >= ${opts.from}::date AND m.day <= ${opts.to}::date`,
    campaignWhere: campaigns ? Prisma.sql`m."campaignId" = ANY (${campaigns})` : undefined,
    groups: opts.groups,
    also: "currency",
    sums: Prisma.raw(`sum(m.posts) AS posts, sum(m."nCost") AS n_cost, sum(m."nMoney") AS n_money,
             sum(m."costMinor") AS cost_minor, sum(m."revenueMinor") AS revenue_minor, sum(m.orders) AS orders,
             sum(m.collabs) AS c_all, sum(m."collabsOnPlatform") AS c_platform, sum(m."collabsInTier") AS c_tier`),
  });
  return Prisma.sql`SELECT ${Prisma.raw(KEYS)}, (SELECT has FROM st) AS store, sum(posts)::int AS money_posts, sum(n_cost)::int AS n_cost,
           coalesce(sum(cost_minor), 0)::float8 AS cost_minor, coalesce(sum(revenue_minor), 0)::float8 AS revenue_minor,
           coalesce(sum(orders), 0)::float8 AS orders, sum(c_all)::int AS c_all,
           sum(c_platform)::int AS c_platform, sum(c_tier)::int AS c_tier,
           array_agg(currency ORDER BY currency) FILTER (WHERE n_money > 0) AS currencies
    FROM (${per}) per
    GROUP BY ${Prisma.raw(KEYS)}`;
}

/** groupedSql's key columns. */
const KEYS = `"g_campaign", "campaign", "g_platform", "platform", "g_tier", "tier"`;

function moneyFromRow(r: SqlRow, groups: readonly GroupDailyGroup[]): GroupMoneySums {
  const { group, key } = groupOf(r, groups);
  const num = (k: string) => Number(r[k] ?? 0);
  const store = r.store === true;
  const posts = num("money_posts");
  return {
    group,
    key,
    posts,
    collaborations: num(group === "platform" ? "c_platform" : group === "tier" ? "c_tier" : "c_all"),
    reported: { cost: num("n_cost"), revenue: store ? posts : 0, conversions: store ? posts : 0 },
    costMinor: num("cost_minor"),
    revenueMinor: store ? num("revenue_minor") : 0,
    conversions: store ? num("orders") : 0,
    currencies: [...((r.currencies as string[] | null) ?? [])].sort(),
  };
}

/**
 * The figures and the money per group in one statement (one snapshot of both), for the Analytics
 * page: with `campaigns` a number, only the first that many campaigns by impressions (Σ float8, as the
 * page sorts them; ties at the cut included, as rank() <= N gives) come back, figures and money — a
 * period of thousands of campaigns sends a page's worth, not every campaign's row through the driver
 * — with the count of the period's campaigns and the names of those sent. Each group's figures are
 * followed by its money (none when the group has no money rows).
 */
export async function groupSums(opts: GroupRange & { campaigns: number | "all" }): Promise<{
  /** `name`: the campaign's, on a campaign's row. */
  sums: { figures: GroupDailySums; money: GroupMoneySums | null; name: string | null }[];
  campaignCount: number;
}> {
  const limit = opts.campaigns === "all" || !Number.isFinite(opts.campaigns) ? null : opts.campaigns;
  const shown = opts.groups.includes("campaign") && limit !== null;
  const n = limit === null ? 0 : Math.max(0, Math.floor(limit) - 1);
  // The rows kept: the total, platforms and tiers, and every campaign — or only those at or above
  // the N-th by impressions.
  const keep = shown
    ? Prisma.sql`f.g_campaign = 1 OR f."sum_impressions" >= coalesce((SELECT "sum_impressions" FROM fig WHERE g_campaign = 0 AND posts > 0
                 ORDER BY "sum_impressions" DESC OFFSET ${n} LIMIT 1), '-Infinity')`
    : Prisma.sql`TRUE`;
  // The same group: plain equalities (a key is NULL only where its "g_" flag says the row isn't grouped
  // by it), so the join hashes — IS NOT DISTINCT FROM would compare every row with every row, 16
  // million pairs for all time's 4,000 campaigns shown in full.
  const same = KEYS.split(", ")
    .map((k) => (k.startsWith('"g_') ? `m.${k} = f.${k}` : `coalesce(m.${k}, '') = coalesce(f.${k}, '')`))
    .join(" AND ");
  const rows = await db.$queryRaw<SqlRow[]>`
    WITH ${storeConnectedCte(opts.workspaceId)}, fig AS MATERIALIZED (${figuresSql(opts)}),
    kept AS MATERIALIZED (
      SELECT f.* FROM fig f WHERE f.posts > 0 AND (${keep})
    ), money AS MATERIALIZED (
      ${moneySql(opts, shown ? Prisma.sql`ARRAY(SELECT campaign FROM kept WHERE g_campaign = 0)` : undefined)}
    )
    SELECT f.*, m.store, m.money_posts, m.n_cost, m.cost_minor, m.revenue_minor, m.orders, m.c_all, m.c_platform, m.c_tier,
           m.currencies, (SELECT count(*) FROM fig WHERE g_campaign = 0 AND posts > 0)::int AS campaign_count,
           c.name AS campaign_name
    FROM kept f LEFT JOIN money m ON ${Prisma.raw(same)}
    LEFT JOIN "Campaign" c ON c."workspaceId" = ${opts.workspaceId} AND c.id = f.campaign`;
  return {
    sums: rows.map((r) => ({
      figures: figuresFromRow(r, opts.groups),
      money: Number(r.money_posts ?? 0) > 0 ? moneyFromRow(r, opts.groups) : null,
      name: typeof r.campaign_name === "string" ? r.campaign_name : null,
    })),
    campaignCount: Number(rows[0]?.campaign_count ?? 0),
  };
}
