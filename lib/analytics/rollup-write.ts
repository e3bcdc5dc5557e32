// Keeps the analytics rollups (PostLatestMetric, PostDailyMetric) up to date. Called by
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

/** Folds one newly inserted snapshot (by id) into its post's latest and daily rows. */
export async function applySnapshotToRollups(tx: Tx, opts: { workspaceId: string; snapshotId: string }): Promise<void> {
  await tx.$executeRaw`
    WITH snap AS (
      SELECT s."workspaceId", s."postId", c."campaignId", p."collaborationId", p.platform,
             coalesce(p."postedAt", p."createdAt") AS "liveAt", s.id AS "snapshotId", s."capturedAt",
             s."createdAt" AS "snapshotCreatedAt", s.views, s.reach, s.impressions, s.likes, s.comments,
             s.saves, s.shares, s.clicks
      FROM "MetricSnapshot" s
      JOIN "Post" p ON p."workspaceId" = s."workspaceId" AND p.id = s."postId"
      JOIN "Collaboration" c ON c."workspaceId" = p."workspaceId" AND c.id = p."collaborationId"
      WHERE s."workspaceId" = ${opts.workspaceId} AND s.id = ${opts.snapshotId}
    ), latest AS (
      INSERT INTO "PostLatestMetric" AS l ("workspaceId", "postId", "campaignId", "collaborationId", platform, "liveAt",
        "snapshotId", "capturedAt", "snapshotCreatedAt", views, reach, impressions, likes, comments, saves, shares, clicks)
      SELECT * FROM snap
      ON CONFLICT ("workspaceId", "postId") DO UPDATE SET
        "snapshotId" = EXCLUDED."snapshotId", "capturedAt" = EXCLUDED."capturedAt",
        "snapshotCreatedAt" = EXCLUDED."snapshotCreatedAt", views = EXCLUDED.views, reach = EXCLUDED.reach,
        impressions = EXCLUDED.impressions, likes = EXCLUDED.likes, comments = EXCLUDED.comments,
        saves = EXCLUDED.saves, shares = EXCLUDED.shares, clicks = EXCLUDED.clicks
      WHERE (EXCLUDED."capturedAt", EXCLUDED."snapshotCreatedAt", EXCLUDED."snapshotId" COLLATE "C")
          > (l."capturedAt", l."snapshotCreatedAt", l."snapshotId" COLLATE "C")
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
        > (d."capturedAt", d."snapshotCreatedAt", d."snapshotId" COLLATE "C")`;
}

/**
 * The rollups of one workspace recomputed from all its snapshots (set-based: one sort of the
 * snapshots), as SQL statements to run in order in one transaction. The migration's backfill is the
 * same statements without the workspace filter.
 */
export function rebuildRollupsSql(workspaceId: string): { text: string; values: string[] }[] {
  const snap = `
    SELECT s."workspaceId", s."postId", c."campaignId", p."collaborationId", p.platform,
           coalesce(p."postedAt", p."createdAt") AS "liveAt", s.id AS "snapshotId", s."capturedAt",
           s."createdAt" AS "snapshotCreatedAt", s.views, s.reach, s.impressions, s.likes, s.comments,
           s.saves, s.shares, s.clicks
    FROM "MetricSnapshot" s
    JOIN "Post" p ON p."workspaceId" = s."workspaceId" AND p.id = s."postId"
    JOIN "Collaboration" c ON c."workspaceId" = p."workspaceId" AND c.id = p."collaborationId"
    WHERE s."workspaceId" = $1`;
  const counts = ROLLUP_COUNT_COLUMNS.join(", ");
  return [
    { text: `DELETE FROM "PostLatestMetric" WHERE "workspaceId" = $1`, values: [workspaceId] },
    { text: `DELETE FROM "PostDailyMetric" WHERE "workspaceId" = $1`, values: [workspaceId] },
    {
      text: `INSERT INTO "PostLatestMetric" ("workspaceId", "postId", "campaignId", "collaborationId", platform, "liveAt",
               "snapshotId", "capturedAt", "snapshotCreatedAt", ${counts})
             SELECT DISTINCT ON ("workspaceId", "postId") * FROM (${snap}) x
             ORDER BY "workspaceId", "postId", "capturedAt" DESC, "snapshotCreatedAt" DESC, "snapshotId" COLLATE "C" DESC`,
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
  ];
}

/** Recomputes one workspace's rollups from its snapshots (repair tool; the migration's backfill). */
export async function rebuildRollups(tx: Tx, workspaceId: string): Promise<void> {
  for (const q of rebuildRollupsSql(workspaceId)) await tx.$executeRawUnsafe(q.text, ...q.values);
}
