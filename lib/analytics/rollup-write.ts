// Keeps the analytics rollups (PostLatestMetric, PostDailyMetric, and the pre-summed
// WorkspaceCampaignDaily, WorkspaceSegmentDaily, WorkspaceCampaignMoneyDaily,
// WorkspaceSegmentMoneyDaily and WorkspaceCreatorTotal) up to date. Called by
// lib/posts/snapshots.ts in the transaction that inserts a snapshot, so a rollup never disagrees
// with the snapshots that are committed; and `rebuildRollups` recomputes them from scratch (the
// migration's backfill is the same SQL, and the benchmark builds its scratch data with it).
//
// Why a service call and not a Postgres trigger: every snapshot is written by recordSnapshot (manual
// entry, portal, CSV, connectors), and a trigger that writes another distributed table is what Citus
// calls an unsafe trigger; the rollup SQL stays visible next to the code that reads it.
//
// "Latest" is the order lib/metrics campaignReport reads: the greatest capturedAt, ties broken by the
// later createdAt, then the greater id (byte order, COLLATE "C"). The upserts only overwrite a row
// with a snapshot that is later in that order, so snapshots arriving out of order (a backfilled CSV,
// a connector catching up) never replace a newer figure; ON CONFLICT re-checks the condition
// against the committed row, so two concurrent inserts for one post cannot lose the later one.
import type { Prisma } from "../db/generated/client";

type Tx = Prisma.TransactionClient;

/** The counts a rollup row copies from its snapshot (the ones campaignReport reads). */
export const ROLLUP_COUNT_COLUMNS = ["views", "reach", "impressions", "likes", "comments", "saves", "shares", "clicks"] as const;

/**
 * The group keys a post's latest row freezes when it first gets metrics: the day it went live in the
 * workspace's time zone (timestamps are stored as UTC), and its creator's tier at that moment.
 */
const FROZEN_KEYS = `((coalesce(p."postedAt", p."createdAt") AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date AS "liveDay", i.tier`;

/** The joins FROZEN_KEYS reads (after "Post" p and "Collaboration" c). */
const FROZEN_JOINS = `JOIN "Workspace" ws ON ws.id = c."workspaceId"
      JOIN "Influencer" i ON i."workspaceId" = c."workspaceId" AND i.id = c."influencerId"`;

/** PostLatestMetric's copy of its collaboration's creator, fee and orders (see the schema). */
const MONEY_COLUMNS = `"collabInfluencerId", "collabFeeMinor", "collabCurrency", "collabOrders", "collabRevenueMinor", "collabHasRevenue"`;

/** MONEY_COLUMNS set from an INSERT's EXCLUDED row. */
const MONEY_SET = MONEY_COLUMNS.split(", ")
  .map((c) => `${c} = EXCLUDED.${c}`)
  .join(", ");

/** MONEY_COLUMNS' values from a collaborationMoneySql row `m`. */
const MONEY_VALUES = `m."influencerId", m."feeMinor", m.currency, m.orders, m.revenue, m."hasRevenue"`;

/**
 * The collaborations `where` picks (alias c) with their creator, fee and currency, and their orders:
 * how many (cancelled ones left out), the revenue net of refunds in the collaboration's currency
 * only, and whether any is left — what rollupSums reads from the orders themselves.
 */
function collaborationMoneySql(where: string): string {
  return `SELECT c."workspaceId", c.id AS "collaborationId", c."campaignId", c."influencerId", c."feeMinor", c.currency,
      count(o.id)::int AS orders,
      coalesce(sum(greatest(o."amountMinor" - o."refundedMinor", 0)) FILTER (WHERE o.currency = c.currency), 0)::bigint AS revenue,
      coalesce(bool_or(o.currency = c.currency AND o."amountMinor" > o."refundedMinor"), false) AS "hasRevenue"
    FROM "Collaboration" c
    LEFT JOIN "Conversion" o ON o."workspaceId" = c."workspaceId" AND o."collaborationId" = c.id AND o.status <> 'cancelled'
    WHERE ${where}
    GROUP BY c."workspaceId", c.id`;
}

/**
 * The pre-summed figure tables, each keyed by the workspace, the day a post went live and these
 * columns of its latest row: per campaign, and per platform and frozen tier (which also gives the
 * total). A range of days reads a few rows per day from each, not one per campaign × platform × tier.
 */
const GROUP_TABLES = [
  { table: "WorkspaceCampaignDaily", keys: [`"campaignId"`] },
  { table: "WorkspaceSegmentDaily", keys: ["platform", "tier"] },
] as const;

/** Their money side, keyed by the collaboration's currency too. */
const MONEY_TABLES = [
  { table: "WorkspaceCampaignMoneyDaily", keys: [`"campaignId"`] },
  { table: "WorkspaceSegmentMoneyDaily", keys: ["platform", "tier"] },
] as const;

/** `keys` read from alias `t` ("l.platform, l.tier"). */
const keysOf = (t: string, keys: readonly string[]) => keys.map((k) => `${t}.${k}`).join(", ");

/**
 * The pre-summed rows of one day, platform and tier are shared by every campaign of the workspace, so
 * a transaction that writes several of them in an order of its own (a CSV chunk, an orders import,
 * a post's first snapshot moving its collaboration's money out and back in) could deadlock with
 * another writing the same rows in another order; the collaborations' locks no longer order them, as
 * they did when every pre-summed row was one campaign's. So every writer of these rows takes this
 * workspace-wide lock first, after its collaborations: "shared" for a later snapshot of a post (it
 * writes one row per table, always in the same order, so such writers cannot wait on each other in a
 * circle), "exclusive" for every other write. Released at the end of the transaction.
 */
export async function lockPresummedRows(tx: Tx, workspaceId: string, mode: "shared" | "exclusive"): Promise<void> {
  await tx.$executeRawUnsafe(presummedLockSql(mode), workspaceId);
}

/**
 * lockPresummedRows' statement for workspace $1 — the one place the lock's key is spelled, so the
 * writers' locks and the rebuild's (a statement of its own in rebuildRollupsSql) are the same lock.
 */
function presummedLockSql(mode: "shared" | "exclusive"): string {
  return `SELECT ${mode === "shared" ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock"}(hashtextextended('presummed:' || $1, 0))`;
}

/**
 * A pre-summed figures delta from a post's new latest row `n` and its old one `o` (all NULL when the
 * post had none): each Σ moves by new − old, each "reported" count by (new reported) − (old reported).
 */
const GROUP_DELTA = `
  (o."postId" IS NULL)::int AS posts,
  ${["views", "reach", "likes", "comments", "saves", "shares", "clicks"]
    .map(
      (f) =>
        `coalesce(n.${f}, 0)::bigint - coalesce(o.${f}, 0) AS ${f}, (n.${f} IS NOT NULL)::int - (o.${f} IS NOT NULL)::int AS "n${f[0]!.toUpperCase()}${f.slice(1)}"`,
    )
    .join(",\n  ")},
  coalesce(n.impressions, n.views, 0)::bigint - coalesce(o.impressions, o.views, 0) AS impressions,
  (coalesce(n.impressions, n.views) IS NOT NULL)::int - (coalesce(o.impressions, o.views) IS NOT NULL)::int AS "nImpressions",
  (n.likes IS NOT NULL OR n.comments IS NOT NULL OR n.saves IS NOT NULL OR n.shares IS NOT NULL)::int
    - (o.likes IS NOT NULL OR o.comments IS NOT NULL OR o.saves IS NOT NULL OR o.shares IS NOT NULL)::int AS "nEngagements",
  (n.impressions IS NULL AND n.views IS NOT NULL)::int - (o.impressions IS NULL AND o.views IS NOT NULL)::int AS "fromViews"`;

/**
 * WorkspaceCreatorTotal's figures moved by a later snapshot of a post: its new latest row `n` against
 * its old one `o`. A later snapshot changes no money, and a post's first row is left to
 * recomputeCreatorTotals (reapplyCollaborationMoney), so the fold adds nothing for it.
 */
const CREATOR_DELTA_COLUMNS = `reach, "nReach", engagements`;
const CREATOR_DELTA = `coalesce(n.reach, 0)::bigint - coalesce(o.reach, 0) AS reach,
  (n.reach IS NOT NULL)::int - (o.reach IS NOT NULL)::int AS "nReach",
  (coalesce(n.likes, 0)::bigint + coalesce(n.comments, 0) + coalesce(n.saves, 0))
    - (coalesce(o.likes, 0)::bigint + coalesce(o.comments, 0) + coalesce(o.saves, 0)) AS engagements`;

/** The pre-summed figure tables' summed columns, in the order GROUP_DELTA and GROUP_SUMS give them. */
const GROUP_COLUMNS = `posts, views, "nViews", reach, "nReach", likes, "nLikes", comments, "nComments", saves, "nSaves",
  shares, "nShares", clicks, "nClicks", impressions, "nImpressions", "nEngagements", "fromViews"`;

/** The same sums over PostLatestMetric rows `l` (a rebuild, the migration's backfill). */
const GROUP_SUMS = `
  count(*)::int,
  ${["views", "reach", "likes", "comments", "saves", "shares", "clicks"].map((f) => `coalesce(sum(l.${f}), 0), count(l.${f})::int`).join(",\n  ")},
  coalesce(sum(coalesce(l.impressions, l.views)), 0), count(coalesce(l.impressions, l.views))::int,
  count(*) FILTER (WHERE l.likes IS NOT NULL OR l.comments IS NOT NULL OR l.saves IS NOT NULL OR l.shares IS NOT NULL)::int,
  count(*) FILTER (WHERE l.impressions IS NULL AND l.views IS NOT NULL)::int`;

/** The pre-summed figure tables recomputed from PostLatestMetric (`where` filters l): one statement each. */
function groupBackfillSql(where: string): string[] {
  return GROUP_TABLES.map(
    ({ table, keys }) => `INSERT INTO "${table}" ("workspaceId", day, ${keys.join(", ")}, ${GROUP_COLUMNS})
    SELECT l."workspaceId", l."liveDay", ${keysOf("l", keys)}, ${GROUP_SUMS}
    FROM "PostLatestMetric" l WHERE ${where}
    GROUP BY l."workspaceId", l."liveDay", ${keysOf("l", keys)}
    ORDER BY l."liveDay", ${keysOf("l", keys)}`,
  );
}

/**
 * A collaboration's share divisor and first-post flags over latest rows aliased `t`, as window
 * expressions: its posts with metrics (collabPosts), and whether each post is its first by (liveAt,
 * postId) overall, on its platform, in its frozen tier — in that order.
 */
function shapeWindows(t: string): string[] {
  const by = `PARTITION BY ${t}."workspaceId", ${t}."collaborationId"`;
  const first = (more: string) => `row_number() OVER (${by}${more} ORDER BY ${t}."liveAt", ${t}."postId" COLLATE "C") = 1`;
  return [`(count(*) OVER (${by}))::int`, first(""), first(`, ${t}.platform`), first(`, ${t}.tier`)];
}

/**
 * Writes shapeWindows' values on the latest rows of each collaboration `where` picks (alias p); only
 * rows that change are written.
 */
function collaborationShapeSql(where: string): string {
  const [n, f, fp, ft] = shapeWindows("p");
  return `UPDATE "PostLatestMetric" l SET "collabPosts" = x.n, "firstOfCollab" = x.f, "firstOnPlatform" = x.fp, "firstInTier" = x.ft
    FROM (
      SELECT p."workspaceId", p."postId", ${n} AS n, ${f} AS f, ${fp} AS fp, ${ft} AS ft
      FROM "PostLatestMetric" p WHERE ${where}
    ) x
    WHERE l."workspaceId" = x."workspaceId" AND l."postId" = x."postId"
      AND (l."collabPosts", l."firstOfCollab", l."firstOnPlatform", l."firstInTier") IS DISTINCT FROM (x.n, x.f, x.fp, x.ft)`;
}

/**
 * shapeWindows over a new set of latest rows `x`: a rebuild writes them with the rows instead of
 * rewriting every row afterwards (the frozen tier of a row that already existed is checked by
 * collaborationShapeSql after).
 */
const SHAPE_VALUES = shapeWindows("x").join(", ");

/** The pre-summed money tables' summed columns, in the order moneySumsSql gives them. */
const MONEY_DAILY_COLUMNS = `posts, "nCost", "nMoney", "costMinor", "revenueMinor", orders, collabs, "collabsOnPlatform", "collabsInTier"`;

/** A money table's key columns: the workspace, the day, its group columns and the currency. */
const moneyKey = (keys: readonly string[]) => `"workspaceId", day, ${keys.join(", ")}, currency`;

/** ORDER BY positions for moneySumsSql's key columns after the workspace (day, the group columns, currency). */
const moneyKeyOrder = (keys: readonly string[]) => Array.from({ length: keys.length + 2 }, (_, i) => i + 2).join(", ");

/**
 * A money table's sums (keyed by `keys`) over the latest rows `where` picks (alias l); `sign` "-"
 * gives them negated (a collaboration's contribution taken out). Each post adds amount / collabPosts
 * in numeric — the very value rollupSums adds per post, so the sums agree to the last digit.
 */
function moneySumsSql(where: string, keys: readonly string[], sign: "" | "-" = ""): string {
  const share = (c: string) => `${sign}coalesce(sum(l."${c}"::numeric / l."collabPosts"), 0)`;
  return `SELECT l."workspaceId", l."liveDay" AS day, ${keysOf("l", keys)}, l."collabCurrency" AS currency,
      ${sign}count(*)::int, ${sign}count(l."collabFeeMinor")::int,
      ${sign}(count(*) FILTER (WHERE l."collabFeeMinor" IS NOT NULL OR l."collabHasRevenue"))::int,
      ${share("collabFeeMinor")}, ${share("collabRevenueMinor")}, ${share("collabOrders")},
      ${sign}(count(*) FILTER (WHERE l."firstOfCollab"))::int, ${sign}(count(*) FILTER (WHERE l."firstOnPlatform"))::int,
      ${sign}(count(*) FILTER (WHERE l."firstInTier"))::int
    FROM "PostLatestMetric" l WHERE ${where}
    GROUP BY l."workspaceId", l."liveDay", ${keysOf("l", keys)}, l."collabCurrency"`;
}

/** The pre-summed money tables recomputed from PostLatestMetric (`where` filters l): one statement each. */
function moneyBackfillSql(where: string): string[] {
  return MONEY_TABLES.map(
    ({ table, keys }) => `INSERT INTO "${table}" (${moneyKey(keys)}, ${MONEY_DAILY_COLUMNS})
    SELECT * FROM (${moneySumsSql(where, keys)}) d ORDER BY ${moneyKeyOrder(keys)}`,
  );
}

/** The currency of a latest row `l`'s money: its collaboration's, when it has a fee or revenue. */
const MONEY_CURRENCY = `CASE WHEN l."collabFeeMinor" IS NOT NULL OR l."collabHasRevenue" THEN l."collabCurrency" END`;

/**
 * A creator's totals over their latest rows `l`, by WorkspaceCreatorTotal column (the shares in exact
 * numeric, as the money tables add them).
 */
const CREATOR_SUM_OF = {
  posts: `count(*)::int`,
  reach: `coalesce(sum(l.reach), 0)`,
  nReach: `count(l.reach)::int`,
  engagements: `coalesce(sum(coalesce(l.likes, 0)::bigint + coalesce(l.comments, 0) + coalesce(l.saves, 0)), 0)`,
  costMinor: `sum(l."collabFeeMinor"::numeric / l."collabPosts")`,
  revenueMinor: `coalesce(sum(l."collabRevenueMinor"::numeric / l."collabPosts"), 0)`,
  currencyMin: `min(${MONEY_CURRENCY} COLLATE "C")`,
  currencyMax: `max(${MONEY_CURRENCY} COLLATE "C")`,
} as const;

export type CreatorTotalColumn = keyof typeof CREATOR_SUM_OF;

/**
 * A select list of `columns` of WorkspaceCreatorTotal summed over latest rows `l`, each named as the
 * column: what a creator's row holds, over the rows the caller picks (the ranking subtracts its sums
 * over the posts outside a range, lib/analytics/workspace-sums.ts).
 */
export function creatorSums(columns: readonly CreatorTotalColumn[]): string {
  return columns.map((c) => `${CREATOR_SUM_OF[c]} AS "${c}"`).join(", ");
}

const CREATOR_COLUMNS = Object.keys(CREATOR_SUM_OF) as CreatorTotalColumn[];

/**
 * WorkspaceCreatorTotal's rows recomputed from the latest rows `where` picks (alias l), one per
 * creator, in key order. The caller has removed those creators' rows first.
 */
export function creatorTotalsSql(where: string): string {
  return `INSERT INTO "WorkspaceCreatorTotal" ("workspaceId", "influencerId", ${CREATOR_COLUMNS.map((c) => `"${c}"`).join(", ")})
    SELECT l."workspaceId", l."collabInfluencerId", ${creatorSums(CREATOR_COLUMNS)}
    FROM "PostLatestMetric" l WHERE ${where}
    GROUP BY l."workspaceId", l."collabInfluencerId"
    ORDER BY l."workspaceId", l."collabInfluencerId"`;
}

/** The creators whose totals the collaborations ($2) of workspace $1 add to, as their latest rows name them. */
async function creatorsOf(tx: Tx, workspaceId: string, collaborationIds: readonly string[]): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT DISTINCT l."collabInfluencerId" AS id FROM "PostLatestMetric" l WHERE ${COLLABS_WHERE}`,
    workspaceId,
    collaborationIds,
  );
  return rows.map((r) => r.id);
}

/**
 * Recomputes the creators' WorkspaceCreatorTotal rows from their latest rows (a creator left without
 * posts loses the row). Only under lockPresummedRows' exclusive lock: no later snapshot is adding a
 * delta to these rows meanwhile, and this statement sees every one committed before.
 */
async function recomputeCreatorTotals(tx: Tx, workspaceId: string, influencerIds: readonly string[]): Promise<void> {
  const ids = [...new Set(influencerIds)].sort();
  if (ids.length === 0) return;
  await tx.$executeRawUnsafe(`DELETE FROM "WorkspaceCreatorTotal" WHERE "workspaceId" = $1 AND "influencerId" = ANY($2)`, workspaceId, ids);
  await tx.$executeRawUnsafe(creatorTotalsSql(`l."workspaceId" = $1 AND l."collabInfluencerId" = ANY($2)`), workspaceId, ids);
}

/** Every pre-summed table, in the order each writer writes them. */
const PRESUMMED_TABLES = [...MONEY_TABLES, ...GROUP_TABLES].map((t) => t.table);

/** The collaborations ($2) of workspace $1, over PostLatestMetric l. */
const COLLABS_WHERE = `l."workspaceId" = $1 AND l."collaborationId" = ANY($2)`;

/**
 * Adds (or with "-" takes out) the collaborations' contribution to the pre-summed money tables, rows
 * in key order (two writers sharing rows lock them in the same order); a row left without posts is
 * removed. The caller holds lockPresummedRows' exclusive lock.
 */
async function moveMoney(tx: Tx, workspaceId: string, ids: readonly string[], sign: "" | "-"): Promise<void> {
  for (const { table, keys } of MONEY_TABLES) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" AS m (${moneyKey(keys)}, ${MONEY_DAILY_COLUMNS})
       SELECT * FROM (${moneySumsSql(COLLABS_WHERE, keys, sign)}) d ORDER BY ${moneyKeyOrder(keys)}
       ON CONFLICT (${moneyKey(keys)}) DO UPDATE SET
         ${MONEY_DAILY_COLUMNS.split(", ")
           .map((c) => `${c} = m.${c} + EXCLUDED.${c}`)
           .join(", ")}`,
      workspaceId,
      ids,
    );
    if (sign === "-")
      await tx.$executeRawUnsafe(
        `DELETE FROM "${table}" m
         USING (SELECT DISTINCT l."liveDay", ${keysOf("l", keys)}, l."collabCurrency" FROM "PostLatestMetric" l WHERE ${COLLABS_WHERE}) k
         WHERE m."workspaceId" = $1 AND m.day = k."liveDay" AND ${keys.map((c) => `m.${c} = k.${c}`).join(" AND ")}
           AND m.currency = k."collabCurrency" AND m.posts <= 0`,
        workspaceId,
        ids,
      );
  }
}

/**
 * Runs `change` (a write to the collaborations' latest rows) between taking their contribution out
 * of the money tables and putting the new one in, their shares and first posts recomputed: so the
 * money rows follow any change of a collaboration's fee, orders, currency or set of posts; then
 * recomputes their creators' totals. The
 * caller holds the collaborations' locks (lockCollaborations) and lockPresummedRows' exclusive one.
 */
async function reapplyCollaborationMoney(tx: Tx, workspaceId: string, ids: readonly string[], change: () => Promise<unknown>) {
  const creatorsBefore = await creatorsOf(tx, workspaceId, ids);
  await moveMoney(tx, workspaceId, ids, "-");
  await change();
  await tx.$executeRawUnsafe(collaborationShapeSql(`p."workspaceId" = $1 AND p."collaborationId" = ANY($2)`), workspaceId, ids);
  await moveMoney(tx, workspaceId, ids, "");
  // The creators' totals, of the creator the collaborations had and the one they have now.
  await recomputeCreatorTotals(tx, workspaceId, [...creatorsBefore, ...(await creatorsOf(tx, workspaceId, ids))]);
}

/**
 * Folds one newly inserted snapshot (by id) into its post's latest and daily rows, and the change of
 * the latest row into the pre-summed figure tables as a delta. The post row is locked first (FOR NO KEY
 * UPDATE: it does not wait on the snapshot insert's key-share lock), so the old latest row the delta
 * subtracts is the committed one even when two snapshots of one post arrive at once.
 */
export async function applySnapshotToRollups(tx: Tx, opts: { workspaceId: string; snapshotId: string }): Promise<void> {
  // The collaboration first, as refreshCollaborationMoney locks it: the money this statement copies
  // onto a new latest row cannot miss an order committed in the meantime.
  await tx.$executeRaw`
    SELECT 1 FROM "Collaboration" c
    WHERE c."workspaceId" = ${opts.workspaceId}
      AND c.id = (SELECT p."collaborationId" FROM "Post" p JOIN "MetricSnapshot" s ON s."workspaceId" = p."workspaceId" AND s."postId" = p.id
                  WHERE s."workspaceId" = ${opts.workspaceId} AND s.id = ${opts.snapshotId})
    FOR NO KEY UPDATE`;
  await tx.$executeRaw`
    SELECT 1 FROM "Post" p
    WHERE p."workspaceId" = ${opts.workspaceId}
      AND p.id = (SELECT s."postId" FROM "MetricSnapshot" s WHERE s."workspaceId" = ${opts.workspaceId} AND s.id = ${opts.snapshotId})
    FOR NO KEY UPDATE`;
  // A post's first latest row changes its collaboration's shares and first posts: the money rows
  // follow (reapplyCollaborationMoney). A later snapshot only changes figures; the row's copy of the
  // money is left as it is (refreshCollaborationMoney keeps it current, with the money rows).
  const [post] = await tx.$queryRaw<{ collaborationId: string; isNew: boolean }[]>`
    SELECT p."collaborationId",
           NOT EXISTS (SELECT 1 FROM "PostLatestMetric" l WHERE l."workspaceId" = p."workspaceId" AND l."postId" = p.id) AS "isNew"
    FROM "MetricSnapshot" s JOIN "Post" p ON p."workspaceId" = s."workspaceId" AND p.id = s."postId"
    WHERE s."workspaceId" = ${opts.workspaceId} AND s.id = ${opts.snapshotId}`;
  if (!post) return;
  await lockPresummedRows(tx, opts.workspaceId, post.isNew ? "exclusive" : "shared");
  const fold = () => foldSnapshot(tx, opts);
  if (post.isNew) await reapplyCollaborationMoney(tx, opts.workspaceId, [post.collaborationId], fold);
  else await fold();
}

/** applySnapshotToRollups' statement: the latest, daily and group rows of the snapshot's post. */
async function foldSnapshot(tx: Tx, opts: { workspaceId: string; snapshotId: string }): Promise<void> {
  await tx.$executeRawUnsafe(
    `
    WITH snap AS (
      SELECT s."workspaceId", s."postId", c."campaignId", p."collaborationId", p.platform,
             coalesce(p."postedAt", p."createdAt") AS "liveAt", ${FROZEN_KEYS}, s.id AS "snapshotId", s."capturedAt",
             s."createdAt" AS "snapshotCreatedAt", s.views, s.reach, s.impressions, s.likes, s.comments,
             s.saves, s.shares, s.clicks, ${MONEY_VALUES}
      FROM "MetricSnapshot" s
      JOIN "Post" p ON p."workspaceId" = s."workspaceId" AND p.id = s."postId"
      JOIN "Collaboration" c ON c."workspaceId" = p."workspaceId" AND c.id = p."collaborationId"
      ${FROZEN_JOINS}
      CROSS JOIN LATERAL (${collaborationMoneySql(`c."workspaceId" = p."workspaceId" AND c.id = p."collaborationId"`)}) m
      WHERE s."workspaceId" = $1 AND s.id = $2
    ), old AS (
      SELECT l.* FROM "PostLatestMetric" l WHERE l."workspaceId" = $1 AND l."postId" = (SELECT "postId" FROM snap)
    ), latest AS (
      INSERT INTO "PostLatestMetric" AS l ("workspaceId", "postId", "campaignId", "collaborationId", platform, "liveAt",
        "liveDay", tier, "snapshotId", "capturedAt", "snapshotCreatedAt", views, reach, impressions, likes, comments, saves,
        shares, clicks, ${MONEY_COLUMNS})
      SELECT * FROM snap
      ON CONFLICT ("workspaceId", "postId") DO UPDATE SET
        "snapshotId" = EXCLUDED."snapshotId", "capturedAt" = EXCLUDED."capturedAt",
        "snapshotCreatedAt" = EXCLUDED."snapshotCreatedAt", views = EXCLUDED.views, reach = EXCLUDED.reach,
        impressions = EXCLUDED.impressions, likes = EXCLUDED.likes, comments = EXCLUDED.comments,
        saves = EXCLUDED.saves, shares = EXCLUDED.shares, clicks = EXCLUDED.clicks
      WHERE (EXCLUDED."capturedAt", EXCLUDED."snapshotCreatedAt", EXCLUDED."snapshotId" COLLATE "C")
          > (l."capturedAt", l."snapshotCreatedAt", l."snapshotId" COLLATE "C")
      RETURNING l.*
    )${GROUP_TABLES.map(
      ({ table, keys }, i) => `, grp${i} AS (
      INSERT INTO "${table}" AS g ("workspaceId", day, ${keys.join(", ")}, ${GROUP_COLUMNS})
      SELECT n."workspaceId", n."liveDay", ${keysOf("n", keys)}, ${GROUP_DELTA}
      FROM latest n LEFT JOIN old o ON true
      ON CONFLICT ("workspaceId", day, ${keys.join(", ")}) DO UPDATE SET
        ${GROUP_COLUMNS.split(",")
          .map((c) => c.trim())
          .map((c) => `${c} = g.${c} + EXCLUDED.${c}`)
          .join(", ")}
      RETURNING 1
    )`,
    ).join("")}, creator AS (
      UPDATE "WorkspaceCreatorTotal" t SET
        ${CREATOR_DELTA_COLUMNS.split(", ")
          .map((c) => `${c} = t.${c} + delta.${c}`)
          .join(", ")}
      FROM (SELECT n."workspaceId", n."collabInfluencerId", ${CREATOR_DELTA} FROM latest n JOIN old o ON true) delta
      WHERE t."workspaceId" = delta."workspaceId" AND t."influencerId" = delta."collabInfluencerId"
      RETURNING 1
    )
    INSERT INTO "PostDailyMetric" AS d ("workspaceId", "postId", day, "campaignId", "snapshotId", "capturedAt",
      "snapshotCreatedAt", views, reach, impressions, likes, comments, saves, shares, clicks)
    SELECT "workspaceId", "postId", "capturedAt"::date, "campaignId", "snapshotId", "capturedAt", "snapshotCreatedAt",
           views, reach, impressions, likes, comments, saves, shares, clicks
    FROM snap
    ON CONFLICT ("workspaceId", "postId", day) DO UPDATE SET
      "snapshotId" = EXCLUDED."snapshotId", "capturedAt" = EXCLUDED."capturedAt",
      "snapshotCreatedAt" = EXCLUDED."snapshotCreatedAt", views = EXCLUDED.views, reach = EXCLUDED.reach,
      impressions = EXCLUDED.impressions, likes = EXCLUDED.likes, comments = EXCLUDED.comments,
      saves = EXCLUDED.saves, shares = EXCLUDED.shares, clicks = EXCLUDED.clicks
    WHERE (EXCLUDED."capturedAt", EXCLUDED."snapshotCreatedAt", EXCLUDED."snapshotId" COLLATE "C")
        > (d."capturedAt", d."snapshotCreatedAt", d."snapshotId" COLLATE "C")`,
    opts.workspaceId,
    opts.snapshotId,
  );
}

/**
 * Every collaboration of the workspace ($1), in id order, with lockCollaborations' lock: what a writer
 * of all the workspace's latest or group rows (a rebuild, a change of time zone) takes first.
 */
const LOCK_WORKSPACE_COLLABORATIONS_SQL = `SELECT 1 FROM "Collaboration" WHERE "workspaceId" = $1 ORDER BY id FOR NO KEY UPDATE`;

/**
 * The rollups of one workspace recomputed from all its snapshots (set-based: one sort of the
 * snapshots), as SQL statements to run in order in one transaction. A post that already has a latest
 * row keeps the tier frozen in it (the creator's tier when the post first got metrics, which the
 * snapshots cannot tell); its day is recomputed in the workspace's current time zone, so a rebuild
 * is also how a change of time zone reaches the pre-summed tables. The migrations' backfills are the
 * same statements without the workspace filter. Rows are written in the order they are read by
 * (latest rows by when the post went live, pre-summed rows by day), as they accrue day by day when
 * kept insert by insert: a date range then reads neighbouring pages, not one page per row.
 */
export function rebuildRollupsSql(workspaceId: string): { text: string; values: string[] }[] {
  const snap = `
    SELECT s."workspaceId", s."postId", c."campaignId", p."collaborationId", p.platform,
           coalesce(p."postedAt", p."createdAt") AS "liveAt", ${FROZEN_KEYS}, s.id AS "snapshotId", s."capturedAt",
           s."createdAt" AS "snapshotCreatedAt", s.views, s.reach, s.impressions, s.likes, s.comments,
           s.saves, s.shares, s.clicks
    FROM "MetricSnapshot" s
    JOIN "Post" p ON p."workspaceId" = s."workspaceId" AND p.id = s."postId"
    JOIN "Collaboration" c ON c."workspaceId" = p."workspaceId" AND c.id = p."collaborationId"
    ${FROZEN_JOINS}
    WHERE s."workspaceId" = $1`;
  const counts = ROLLUP_COUNT_COLUMNS.join(", ");
  return [
    // Every collaboration first (in id order, as refreshCollaborationMoney): an order committing during
    // the rebuild cannot leave a copy of its collaboration's money behind.
    { text: LOCK_WORKSPACE_COLLABORATIONS_SQL, values: [workspaceId] },
    { text: presummedLockSql("exclusive"), values: [workspaceId] },
    { text: `DELETE FROM "PostDailyMetric" WHERE "workspaceId" = $1`, values: [workspaceId] },
    ...PRESUMMED_TABLES.map((t) => ({ text: `DELETE FROM "${t}" WHERE "workspaceId" = $1`, values: [workspaceId] })),
    {
      text: `DELETE FROM "PostLatestMetric" l WHERE l."workspaceId" = $1
               AND NOT EXISTS (SELECT 1 FROM "MetricSnapshot" s WHERE s."workspaceId" = l."workspaceId" AND s."postId" = l."postId")`,
      values: [workspaceId],
    },
    {
      text: `INSERT INTO "PostLatestMetric" AS l ("workspaceId", "postId", "campaignId", "collaborationId", platform, "liveAt",
               "liveDay", tier, "snapshotId", "capturedAt", "snapshotCreatedAt", ${counts}, ${MONEY_COLUMNS},
               "collabPosts", "firstOfCollab", "firstOnPlatform", "firstInTier")
             SELECT x.*, ${MONEY_VALUES}, ${SHAPE_VALUES} FROM (
               SELECT DISTINCT ON ("workspaceId", "postId") * FROM (${snap}) x
               ORDER BY "workspaceId", "postId", "capturedAt" DESC, "snapshotCreatedAt" DESC, "snapshotId" COLLATE "C" DESC
             ) x
             JOIN (${collaborationMoneySql(`c."workspaceId" = $1`)}) m ON m."workspaceId" = x."workspaceId" AND m."collaborationId" = x."collaborationId"
             ORDER BY x."liveAt"
             ON CONFLICT ("workspaceId", "postId") DO UPDATE SET
               "campaignId" = EXCLUDED."campaignId", "collaborationId" = EXCLUDED."collaborationId", platform = EXCLUDED.platform,
               "liveAt" = EXCLUDED."liveAt", "liveDay" = EXCLUDED."liveDay", "snapshotId" = EXCLUDED."snapshotId",
               "capturedAt" = EXCLUDED."capturedAt", "snapshotCreatedAt" = EXCLUDED."snapshotCreatedAt",
               ${ROLLUP_COUNT_COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}, ${MONEY_SET}`,
      values: [workspaceId],
    },
    {
      text: `INSERT INTO "PostDailyMetric" ("workspaceId", "postId", day, "campaignId", "snapshotId", "capturedAt",
               "snapshotCreatedAt", ${counts})
             SELECT DISTINCT ON (x."workspaceId", x."postId", x."capturedAt"::date)
                    x."workspaceId", x."postId", x."capturedAt"::date AS day, x."campaignId", x."snapshotId", x."capturedAt",
                    x."snapshotCreatedAt", ${counts}
             FROM (${snap}) x
             ORDER BY x."workspaceId", x."postId", x."capturedAt"::date, x."capturedAt" DESC, x."snapshotCreatedAt" DESC,
                      x."snapshotId" COLLATE "C" DESC`,
      values: [workspaceId],
    },
    ...groupBackfillSql(`l."workspaceId" = $1`).map((text) => ({ text, values: [workspaceId] })),
    { text: collaborationShapeSql(`p."workspaceId" = $1`), values: [workspaceId] },
    ...moneyBackfillSql(`l."workspaceId" = $1`).map((text) => ({ text, values: [workspaceId] })),
    { text: `DELETE FROM "WorkspaceCreatorTotal" WHERE "workspaceId" = $1`, values: [workspaceId] },
    { text: creatorTotalsSql(`l."workspaceId" = $1`), values: [workspaceId] },
  ];
}

/** Recomputes one workspace's rollups from its snapshots (repair tool; after a change of time zone). */
export async function rebuildRollups(tx: Tx, workspaceId: string): Promise<void> {
  for (const q of rebuildRollupsSql(workspaceId)) await tx.$executeRawUnsafe(q.text, ...q.values);
}

/**
 * After the workspace's time zone changes: each latest row's day moves to the new zone and
 * the pre-summed tables are re-summed from the latest rows (frozen tiers kept), so a date range still
 * means the same posts in the pre-summed rows as in PostLatestMetric. One pass over the workspace's
 * posts, not its snapshots.
 */
export async function refreshLiveDays(tx: Tx, workspaceId: string): Promise<void> {
  // The collaborations first, in id order, as every other writer of these rows locks them: an order
  // refreshing a collaboration's rows meanwhile waits instead of deadlocking with this update.
  await tx.$executeRawUnsafe(LOCK_WORKSPACE_COLLABORATIONS_SQL, workspaceId);
  await lockPresummedRows(tx, workspaceId, "exclusive");
  await tx.$executeRaw`
    UPDATE "PostLatestMetric" l SET "liveDay" = ((l."liveAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date
    FROM "Workspace" ws WHERE ws.id = l."workspaceId" AND l."workspaceId" = ${workspaceId}`;
  for (const t of PRESUMMED_TABLES) await tx.$executeRawUnsafe(`DELETE FROM "${t}" WHERE "workspaceId" = $1`, workspaceId);
  for (const q of [...groupBackfillSql(`l."workspaceId" = $1`), ...moneyBackfillSql(`l."workspaceId" = $1`)])
    await tx.$executeRawUnsafe(q, workspaceId);
}

/**
 * Copies the collaborations' current creator, fee and orders onto their posts' latest rows. Every
 * write that changes them calls it in its transaction: an order or refund (lib/conversions/apply.ts,
 * for the collaboration it leaves and the one it joins), a change of terms
 * (lib/collaborations/update.ts). The collaborations are locked first (in id order), and the sums
 * are read after the lock, so two orders of one collaboration committing at once cannot leave the
 * earlier's figures behind; a new latest row takes the same lock (applySnapshotToRollups).
 */
export async function refreshCollaborationMoney(tx: Tx, workspaceId: string, collaborationIds: readonly (string | null)[]): Promise<void> {
  const ids = await lockCollaborations(tx, workspaceId, collaborationIds);
  if (ids.length === 0) return;
  // Only the collaborations whose copy is out of date move their money rows.
  const stale = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT m."collaborationId" AS id FROM (${collaborationMoneySql(`c."workspaceId" = $1 AND c.id = ANY($2)`)}) m
     WHERE EXISTS (
       SELECT 1 FROM "PostLatestMetric" l
       WHERE l."workspaceId" = m."workspaceId" AND l."collaborationId" = m."collaborationId"
         AND (${MONEY_COLUMNS.split(", ")
           .map((c) => `l.${c}`)
           .join(", ")}) IS DISTINCT FROM (${MONEY_VALUES}))
     ORDER BY 1`,
    workspaceId,
    ids,
  );
  if (stale.length === 0) return;
  const changed = stale.map((r) => r.id);
  await lockPresummedRows(tx, workspaceId, "exclusive");
  await reapplyCollaborationMoney(tx, workspaceId, changed, () =>
    tx.$executeRawUnsafe(
      `UPDATE "PostLatestMetric" l SET (${MONEY_COLUMNS}) = (${MONEY_VALUES})
       FROM (${collaborationMoneySql(`c."workspaceId" = $1 AND c.id = ANY($2)`)}) m
       WHERE l."workspaceId" = m."workspaceId" AND l."collaborationId" = m."collaborationId"`,
      workspaceId,
      changed,
    ),
  );
}

/**
 * Locks collaborations in id order (FOR NO KEY UPDATE, until the transaction ends), the lock
 * refreshCollaborationMoney and applySnapshotToRollups take. A transaction that writes orders or
 * snapshots of several collaborations (a CSV chunk) takes them all up front, or once at its end, so
 * two such transactions always lock in the same order and cannot deadlock. Returns the sorted ids.
 */
export async function lockCollaborations(tx: Tx, workspaceId: string, collaborationIds: readonly (string | null)[]): Promise<string[]> {
  const ids = [...new Set(collaborationIds.filter((id): id is string => id !== null))].sort();
  if (ids.length > 0)
    await tx.$executeRaw`
      SELECT 1 FROM "Collaboration" WHERE "workspaceId" = ${workspaceId} AND id = ANY(${ids}) ORDER BY id FOR NO KEY UPDATE`;
  return ids;
}

/**
 * Takes the posts of the influencers about to be deleted out of the pre-summed tables (their latest
 * and daily rows go with them by cascade, the pre-summed rows would not): each row loses those posts'
 * sums, and a row left with no post is removed. Called in the deleting transaction, before the
 * delete, with the influencers' collaborations locked in id order (as a snapshot or an order locks
 * them), so no new latest row of theirs can slip in between.
 */
export async function forgetInfluencersInRollups(tx: Tx, workspaceId: string, influencerIds: readonly string[]): Promise<void> {
  // The influencers themselves first: a collaboration being added for one of them (its insert takes
  // a key-share lock on the influencer) waits for this delete instead of slipping in after the read.
  await tx.$executeRaw`SELECT 1 FROM "Influencer" WHERE "workspaceId" = ${workspaceId} AND id = ANY(${[...influencerIds]}) ORDER BY id FOR UPDATE`;
  const collaborations = await tx.collaboration.findMany({
    where: { workspaceId, influencerId: { in: [...influencerIds] } },
    select: { id: true },
  });
  const ids = await lockCollaborations(
    tx,
    workspaceId,
    collaborations.map((c) => c.id),
  );
  if (ids.length === 0) return;
  await lockPresummedRows(tx, workspaceId, "exclusive");
  const columns = GROUP_COLUMNS.split(",").map((c) => c.trim());
  // Their money rows first (no other collaboration's shares or first posts change), then the figures.
  await moveMoney(tx, workspaceId, ids, "-");
  for (const { table, keys } of GROUP_TABLES) {
    const match = `g."workspaceId" = $1 AND g.day = d.day AND ${keys.map((c) => `g.${c} = d.${c}`).join(" AND ")}`;
    const gone = `(SELECT l."liveDay", ${keysOf("l", keys)}, ${GROUP_SUMS}
        FROM "PostLatestMetric" l WHERE l."workspaceId" = $1 AND l."collaborationId" = ANY($2)
        GROUP BY l."liveDay", ${keysOf("l", keys)}) AS d(day, ${keys.join(", ")}, ${GROUP_COLUMNS})`;
    await tx.$executeRawUnsafe(
      `UPDATE "${table}" g SET (${GROUP_COLUMNS}) = (${columns.map((c) => `g.${c} - d.${c}`).join(", ")})
       FROM ${gone} WHERE ${match}`,
      workspaceId,
      ids,
    );
    await tx.$executeRawUnsafe(`DELETE FROM "${table}" g USING ${gone} WHERE ${match} AND g.posts <= 0`, workspaceId, ids);
  }
  // Their totals: every post of theirs goes (their latest rows name them, as their collaborations do).
  await tx.$executeRawUnsafe(`DELETE FROM "WorkspaceCreatorTotal" WHERE "workspaceId" = $1 AND "influencerId" = ANY($2)`, workspaceId, [
    ...new Set([...influencerIds, ...(await creatorsOf(tx, workspaceId, ids))]),
  ]);
}
