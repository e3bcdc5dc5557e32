// What the campaign Results loader (lib/analytics/campaign.ts) reads of a campaign's metric
// snapshots, from the rollups lib/analytics/rollup-write.ts keeps at every insert (README
// "Scaling"): each post's latest row (PostLatestMetric) and its last snapshot of each UTC day
// (PostDailyMetric). The work is a function of the campaign's posts and days, not of how many
// snapshots the workspace holds; the snapshots themselves are only probed by their index
// (workspaceId, postId, capturedAt) for what no rollup keeps: a post's first capture, its latest
// source and evidence file, a story's frames and navigation.
//
// The answers are the snapshot scan's, exactly, in any time zone: for each instant `cut` asked for
// (the end of each local day of the curve), each post's latest snapshot captured by `cut` in the
// order campaignReport reads (capturedAt, then createdAt, then id in byte order — the order the
// rollups keep). A UTC day's row answers a cut inside that day only when it was captured by the cut;
// otherwise (a local day ending in the middle of a UTC day with snapshots on both sides of it) the
// snapshot is looked up by its index (workspaceId, postId, capturedAt), one row per such day.
import { db, Prisma } from "../db";

/** A post's snapshot as the report, the gallery and the daily curve read it. */
export type SnapRow = {
  postId: string;
  id: string;
  capturedAt: Date;
  createdAt: Date;
  views: number | null;
  reach: number | null;
  impressions: number | null;
  likes: number | null;
  comments: number | null;
  saves: number | null;
  shares: number | null;
  clicks: number | null;
};

/** A story's snapshot with its frames and navigation (frames from the creator, navigation from a connector). */
export type StorySnapRow = {
  postId: string;
  capturedAt: Date;
  frameViews: number[];
  tapsForward: number | null;
  tapsBack: number | null;
  tapExits: number | null;
  swipesForward: number | null;
};

/** A timestamp parameter: the UTC wall time, as the timestamp(3) columns store it. */
const ts = (ms: number) => new Date(ms).toISOString().slice(0, 23);
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const COUNTS = Prisma.raw(`views, reach, impressions, likes, comments, saves, shares, clicks`);

/** A post's latest snapshot first, in the order the rollups and campaignReport keep (alias `s`). */
const LATEST_FIRST = Prisma.raw(`ORDER BY s."capturedAt" DESC, s."createdAt" DESC, s.id COLLATE "C" DESC LIMIT 1`);

/** The earliest capture of any snapshot of the campaign's posts (ms), or null when none has one: one index probe per post. */
export async function firstCapturedAt(workspaceId: string, campaignId: string): Promise<number | null> {
  const [row] = await db.$queryRaw<{ at: Date | null }[]>`
    SELECT min(f.at) AS at
    FROM "Post" p
    JOIN "Collaboration" c ON c."workspaceId" = p."workspaceId" AND c.id = p."collaborationId"
    CROSS JOIN LATERAL (
      SELECT s."capturedAt" AS at FROM "MetricSnapshot" s
      WHERE s."workspaceId" = ${workspaceId} AND s."postId" = p.id
      ORDER BY s."capturedAt" ASC LIMIT 1
    ) f
    WHERE p."workspaceId" = ${workspaceId} AND c."campaignId" = ${campaignId}`;
  return row?.at ? row.at.getTime() : null;
}

/**
 * Each post's latest snapshot as of each of `cuts` (ms, ascending): `at[i][k]` for post `postIds[i]`
 * and cut k, null before its first snapshot.
 */
export async function snapshotsAsOf(opts: { workspaceId: string; postIds: string[]; cuts: number[] }): Promise<(SnapRow | null)[][]> {
  const { workspaceId, postIds, cuts } = opts;
  if (postIds.length === 0 || cuts.length === 0) return postIds.map(() => cuts.map(() => null));
  const first = cuts[0]!;
  const last = cuts.at(-1)!;
  // Each post's latest row, and — for a post with a snapshot after the first cut — its daily rows
  // from the first cut's UTC day up to the last cut's (the latest row stands for its own day), and
  // the last daily row before that (what the first cut carries in).
  const rows = await db.$queryRaw<(SnapRow & { day: string })[]>`
    WITH l AS MATERIALIZED (
      SELECT "postId", "snapshotId" AS id, "capturedAt", "snapshotCreatedAt" AS "createdAt", ${COUNTS}
      FROM "PostLatestMetric"
      WHERE "workspaceId" = ${workspaceId} AND "postId" = ANY(${postIds}::text[])
    )
    SELECT l.*, to_char(l."capturedAt"::date, 'YYYY-MM-DD') AS day FROM l
    UNION ALL
    SELECT d."postId", d."snapshotId", d."capturedAt", d."snapshotCreatedAt", d.views, d.reach, d.impressions, d.likes,
           d.comments, d.saves, d.shares, d.clicks, to_char(d.day, 'YYYY-MM-DD')
    FROM l JOIN "PostDailyMetric" d ON d."workspaceId" = ${workspaceId} AND d."postId" = l."postId"
    WHERE l."capturedAt" > ${ts(first)}::timestamp
      AND d.day >= ${utcDay(first)}::date AND d.day <= ${utcDay(last)}::date AND d.day < l."capturedAt"::date
    UNION ALL
    SELECT x.* FROM l CROSS JOIN LATERAL (
      SELECT d."postId", d."snapshotId", d."capturedAt", d."snapshotCreatedAt", d.views, d.reach, d.impressions, d.likes,
             d.comments, d.saves, d.shares, d.clicks, to_char(d.day, 'YYYY-MM-DD')
      FROM "PostDailyMetric" d
      WHERE d."workspaceId" = ${workspaceId} AND d."postId" = l."postId" AND d.day < ${utcDay(first)}::date
      ORDER BY d.day DESC LIMIT 1
    ) x
    WHERE l."capturedAt" > ${ts(first)}::timestamp`;
  const byPost = new Map<string, (SnapRow & { day: string })[]>();
  for (const r of rows) {
    const list = byPost.get(r.postId);
    if (list) list.push(r);
    else byPost.set(r.postId, [r]);
  }
  const cutDays = cuts.map(utcDay);

  // Per post and cut: the row answering it, or a look-up of the snapshot hidden behind a later one
  // of the same UTC day (with the row to fall back on when there is none).
  const out: (SnapRow | null)[][] = [];
  const lookups: { i: number; k: number; from: number; to: number; fallback: SnapRow | null }[] = [];
  postIds.forEach((postId, i) => {
    const list = (byPost.get(postId) ?? []).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    const at: (SnapRow | null)[] = [];
    let j = -1;
    cuts.forEach((cut, k) => {
      const day = cutDays[k]!;
      while (j + 1 < list.length && list[j + 1]!.day <= day) j++;
      const row = list[j];
      if (row && row.day === day && row.capturedAt.getTime() > cut) {
        at.push(null);
        lookups.push({ i, k, from: Date.parse(`${day}T00:00:00.000Z`), to: cut, fallback: list[j - 1] ?? null });
      } else at.push(row ?? null);
    });
    out.push(at);
  });
  if (lookups.length > 0) {
    const found = await db.$queryRaw<(SnapRow & { n: bigint })[]>`
      SELECT q.n, s."postId", s.id, s."capturedAt", s."createdAt", s.views, s.reach, s.impressions, s.likes, s.comments,
             s.saves, s.shares, s.clicks
      FROM unnest(${lookups.map((q) => postIds[q.i]!)}::text[], ${lookups.map((q) => ts(q.from))}::timestamp[],
                  ${lookups.map((q) => ts(q.to))}::timestamp[]) WITH ORDINALITY AS q(post, lo, hi, n)
      CROSS JOIN LATERAL (
        SELECT s."postId", s.id, s."capturedAt", s."createdAt", ${COUNTS} FROM "MetricSnapshot" s
        WHERE s."workspaceId" = ${workspaceId} AND s."postId" = q.post AND s."capturedAt" >= q.lo AND s."capturedAt" <= q.hi
        ${LATEST_FIRST}
      ) s`;
    const hit = new Map(found.map(({ n, ...s }) => [Number(n) - 1, s]));
    lookups.forEach((q, n) => {
      out[q.i]![q.k] = hit.get(n) ?? q.fallback;
    });
  }
  return out;
}

/**
 * For each post: the source of its latest snapshot by `end` (the one snapshotsAsOf gives for `end`:
 * same order), and the evidence file of its latest snapshot by `end` that has one. Index probes.
 */
export async function sourcesAndEvidence(opts: {
  workspaceId: string;
  postIds: string[];
  end: number;
}): Promise<Map<string, { source: string | null; evidenceFileId: string | null }>> {
  const { workspaceId, postIds } = opts;
  if (postIds.length === 0) return new Map();
  const byEnd = Prisma.sql`s."workspaceId" = ${workspaceId} AND s."postId" = p.id AND s."capturedAt" <= ${ts(opts.end)}::timestamp`;
  const rows = await db.$queryRaw<{ postId: string; source: string | null; evidenceFileId: string | null }[]>`
    SELECT p.id AS "postId", l.source, e."evidenceFileId"
    FROM unnest(${postIds}::text[]) AS p(id)
    LEFT JOIN LATERAL (SELECT s.source::text AS source FROM "MetricSnapshot" s WHERE ${byEnd} ${LATEST_FIRST}) l ON true
    LEFT JOIN LATERAL (
      SELECT s."evidenceFileId" FROM "MetricSnapshot" s WHERE ${byEnd} AND s."evidenceFileId" IS NOT NULL ${LATEST_FIRST}
    ) e ON true`;
  return new Map(rows.map((r) => [r.postId, { source: r.source, evidenceFileId: r.evidenceFileId }]));
}

/** For each story: its latest snapshot by `end` with frame views, and its latest with navigation. */
export async function storySnapshots(opts: {
  workspaceId: string;
  postIds: string[];
  end: number;
}): Promise<Map<string, { frames: StorySnapRow | null; nav: StorySnapRow | null }>> {
  const out = new Map<string, { frames: StorySnapRow | null; nav: StorySnapRow | null }>();
  if (opts.postIds.length === 0) return out;
  const cols = Prisma.sql`s."postId", s."capturedAt", s."frameViews", s."tapsForward", s."tapsBack", s."tapExits", s."swipesForward"`;
  const where = (postId: Prisma.Sql) =>
    Prisma.sql`s."workspaceId" = ${opts.workspaceId} AND s."postId" = ${postId} AND s."capturedAt" <= ${ts(opts.end)}::timestamp`;
  const rows = await db.$queryRaw<(StorySnapRow & { kind: "frames" | "nav" })[]>`
    SELECT 'frames' AS kind, f.* FROM unnest(${opts.postIds}::text[]) AS p(id)
    CROSS JOIN LATERAL (SELECT ${cols} FROM "MetricSnapshot" s WHERE ${where(Prisma.sql`p.id`)} AND cardinality(s."frameViews") > 0 ${LATEST_FIRST}) f
    UNION ALL
    SELECT 'nav', n.* FROM unnest(${opts.postIds}::text[]) AS p(id)
    CROSS JOIN LATERAL (SELECT ${cols} FROM "MetricSnapshot" s
      WHERE ${where(Prisma.sql`p.id`)} AND (s."tapExits" IS NOT NULL OR s."swipesForward" IS NOT NULL) ${LATEST_FIRST}) n`;
  for (const { kind, ...r } of rows) {
    const e = out.get(r.postId) ?? { frames: null, nav: null };
    e[kind] = r;
    out.set(r.postId, e);
  }
  return out;
}
