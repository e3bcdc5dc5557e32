// Click performance of a campaign or one collaboration, for their pages: totals, clicks by day (in
// the workspace's time zone), by link and by influencer. One query on Click, found through the index
// (workspaceId, collaborationId, at): it groups each visitor's clicks per link and clock hour once
// (MATERIALIZED, so that step can hash instead of sorting every click), then sums every kind at once
// with GROUPING SETS. Measured on 200,000 clicks of one campaign among 1,000,000: the index scan is
// a small part; the grouping is the cost, which a covering index would not change. The counts mean what lib/tracking/stats.ts says:
//   total  = clicks by people (bots excluded), each visitor counted at most
//            TRACKING_VISITOR_HOURLY_CAP times per link and clock hour;
//   unique = distinct visitor hashes of people (the salt rotates daily: unique visitors per day);
//   bots   = clicks flagged as bots or link-preview fetchers (in neither total nor unique).
import { db } from "../db";
import { env } from "../env";
import { zonedDay } from "../time-zone";
import { shortUrl } from "./links";
import { isLive } from "./redirect-state";
import { NO_CLICKS, type ClickStats } from "./stats";

/** Days shown in the by-day chart, ending today in the workspace's time zone. */
export const CHART_DAYS = 30;

type Row = {
  kind: "all" | "link" | "collab" | "day";
  linkId: string | null;
  collaborationId: string | null;
  day: string | null;
  total: bigint | null;
  unique: bigint;
  bots: bigint | null;
};

/** Per link, collaboration and day, over the given collaborations (all their history). */
async function clickRows(workspaceId: string, collaborationIds: string[], timeZone: string): Promise<Row[]> {
  if (collaborationIds.length === 0) return [];
  return db.$queryRaw<Row[]>`
    WITH per AS MATERIALIZED (
      SELECT "linkId", "collaborationId", "visitorHash", "isBot",
             ((date_trunc('hour', "at") AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date AS day,
             count(*) AS n
      FROM "Click"
      WHERE "workspaceId" = ${workspaceId} AND "collaborationId" = ANY(${collaborationIds})
      GROUP BY "linkId", "collaborationId", "visitorHash", "isBot", date_trunc('hour', "at")
    )
    SELECT CASE WHEN GROUPING("linkId") = 0 THEN 'link'
                WHEN GROUPING("collaborationId") = 0 THEN 'collab'
                WHEN GROUPING(day) = 0 THEN 'day'
                ELSE 'all' END AS kind,
           "linkId", "collaborationId", to_char(day, 'YYYY-MM-DD') AS day,
           sum(least(n, ${env.TRACKING_VISITOR_HOURLY_CAP})) FILTER (WHERE NOT "isBot") AS total,
           count(DISTINCT "visitorHash") FILTER (WHERE NOT "isBot") AS unique,
           sum(n) FILTER (WHERE "isBot") AS bots
    FROM per
    GROUP BY GROUPING SETS ((), ("linkId"), ("collaborationId"), (day))`;
}

const stats = (r: Row): ClickStats => ({ total: Number(r.total ?? 0), unique: Number(r.unique), bots: Number(r.bots ?? 0) });

/** The CHART_DAYS calendar days ending on `today` (YYYY-MM-DD), oldest first. */
export function chartDays(today: string, days = CHART_DAYS): string[] {
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

export type DayClicks = { date: string } & ClickStats;

function shape(rows: Row[], timeZone: string, now: Date) {
  let totals: ClickStats = NO_CLICKS;
  const byLink = new Map<string, ClickStats>();
  const byCollaboration = new Map<string, ClickStats>();
  const byDayMap = new Map<string, ClickStats>();
  for (const r of rows) {
    if (r.kind === "all") totals = stats(r);
    else if (r.kind === "link" && r.linkId) byLink.set(r.linkId, stats(r));
    else if (r.kind === "collab" && r.collaborationId) byCollaboration.set(r.collaborationId, stats(r));
    else if (r.kind === "day" && r.day) byDayMap.set(r.day, stats(r));
  }
  const byDay: DayClicks[] = chartDays(zonedDay(now, timeZone)).map((date) => ({ date, ...(byDayMap.get(date) ?? NO_CLICKS) }));
  return { totals, byLink, byCollaboration, byDay };
}

const LINK_SELECT = { id: true, code: true, collaborationId: true, paused: true, expiresAt: true, createdAt: true } as const;

/** A campaign's clicks: totals, by day, by influencer (every collaboration) and by link. */
export async function campaignClickPerformance(opts: { workspaceId: string; campaignId: string; timeZone: string; now?: Date }) {
  const { workspaceId, campaignId, timeZone } = opts;
  const collaborations = await db.collaboration.findMany({
    where: { workspaceId, campaignId },
    select: { id: true, influencer: { select: { displayName: true } }, discountCodes: { select: { id: true, code: true } } },
    orderBy: { createdAt: "asc" },
  });
  const ids = collaborations.map((c) => c.id);
  const [rows, links] = await Promise.all([
    clickRows(workspaceId, ids, timeZone),
    ids.length ? db.trackingLink.findMany({ where: { workspaceId, collaborationId: { in: ids } }, select: LINK_SELECT }) : [],
  ]);
  const s = shape(rows, timeZone, opts.now ?? new Date());
  const names = new Map(collaborations.map((c) => [c.id, c.influencer.displayName]));
  const now = (opts.now ?? new Date()).getTime();
  return {
    totals: s.totals,
    byDay: s.byDay,
    byInfluencer: collaborations
      .map((c) => ({
        collaborationId: c.id,
        influencerName: c.influencer.displayName,
        links: links.filter((l) => l.collaborationId === c.id).length,
        codes: c.discountCodes.map((d) => d.code),
        clicks: s.byCollaboration.get(c.id) ?? NO_CLICKS,
      }))
      .sort((a, b) => b.clicks.total - a.clicks.total || a.influencerName.localeCompare(b.influencerName)),
    byLink: links
      .map((l) => ({
        id: l.id,
        code: l.code,
        url: shortUrl(l.code),
        live: isLive(l, now),
        collaborationId: l.collaborationId,
        influencerName: names.get(l.collaborationId) ?? "",
        clicks: s.byLink.get(l.id) ?? NO_CLICKS,
      }))
      .sort((a, b) => b.clicks.total - a.clicks.total || a.code.localeCompare(b.code)),
    codes: collaborations.flatMap((c) =>
      c.discountCodes.map((d) => ({ id: d.id, code: d.code, collaborationId: c.id, influencerName: c.influencer.displayName })),
    ),
  };
}
export type CampaignClickPerformance = Awaited<ReturnType<typeof campaignClickPerformance>>;

/** One collaboration's clicks: totals and by day (its links' own counts are on each link row). */
export async function collaborationClickPerformance(opts: { workspaceId: string; collaborationId: string; timeZone: string; now?: Date }) {
  const rows = await clickRows(opts.workspaceId, [opts.collaborationId], opts.timeZone);
  const s = shape(rows, opts.timeZone, opts.now ?? new Date());
  return { totals: s.totals, byDay: s.byDay, byLink: s.byLink };
}
