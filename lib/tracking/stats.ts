// Click counts of links, read from Click with one grouped query.
//   total  = clicks by people (bots excluded), with each visitor counted at most
//            TRACKING_VISITOR_HOURLY_CAP times per link and clock hour — the same cap the recorder
//            applies per server, here across every server;
//   unique = distinct visitor hashes of people; the hash's salt changes daily (UTC), so this is
//            unique visitors per day, summed over days;
//   bots   = clicks flagged as bots or link-preview fetchers (not in total or unique).
// A link without clicks has 0 / 0 / 0.
import { db } from "../db";
import { env } from "../env";

export type ClickStats = { total: number; unique: number; bots: number };
export const NO_CLICKS: ClickStats = { total: 0, unique: 0, bots: 0 };

export async function clickStats(workspaceId: string, linkIds: string[]): Promise<Map<string, ClickStats>> {
  const out = new Map<string, ClickStats>();
  if (linkIds.length === 0) return out;
  const rows = await db.$queryRaw<{ linkId: string; total: bigint | null; unique: bigint; bots: bigint | null }[]>`
    WITH per AS (
      SELECT "linkId", "visitorHash", "isBot", date_trunc('hour', "at") AS h, count(*) AS n
      FROM "Click"
      WHERE "workspaceId" = ${workspaceId} AND "linkId" = ANY(${linkIds})
      GROUP BY 1, 2, 3, 4
    )
    SELECT "linkId",
           sum(least(n, ${env.TRACKING_VISITOR_HOURLY_CAP})) FILTER (WHERE NOT "isBot") AS total,
           count(DISTINCT "visitorHash") FILTER (WHERE NOT "isBot") AS unique,
           sum(n) FILTER (WHERE "isBot") AS bots
    FROM per GROUP BY 1`;
  for (const r of rows) out.set(r.linkId, { total: Number(r.total ?? 0), unique: Number(r.unique), bots: Number(r.bots ?? 0) });
  return out;
}
