// The campaign dashboard's rules that need no database: how a collaboration's money and clicks are
// shared over its posts, how a KPI is judged against its target, and the daily curve of running
// totals. lib/analytics/campaign.ts reads the data and calls these; tests call them directly.
import { addDays, daysBetween } from "../time-zone";

/** Status of a KPI against its target; null when the actual value is unknown. */
export type KpiStatus = "met" | "on track" | "behind";

/** KPIs that accumulate over the campaign (counts), as opposed to rates. */
export const COUNT_KPIS: ReadonlySet<string> = new Set(["impressions", "clicks", "conversions", "code_redemptions"]);

/** A rate within this share of its target, while the campaign still runs, is "on track". */
export const RATE_ON_TRACK_SHARE = 0.9;

/**
 * Judges a KPI against its target.
 * - met: actual ≥ target.
 * - counts (impressions, clicks, conversions, redemptions) accumulate, so they are paced: "on track"
 *   while the campaign runs and actual ≥ target × the share of the campaign's days elapsed; "behind"
 *   otherwise (and always once the campaign has ended without meeting it).
 * - rates (ERR, CTR, completion) do not accumulate: "on track" while the campaign runs and actual ≥
 *   RATE_ON_TRACK_SHARE × target; "behind" otherwise.
 * Without start and end dates a count is paced as if the campaign were still running halfway.
 * At null actual: null (shown as "—" with its reason).
 */
export function kpiStatus(opts: {
  metric: string;
  actual: number | null;
  target: number;
  today: string;
  startDate: string | null;
  endDate: string | null;
}): KpiStatus | null {
  const { actual, target, today, startDate, endDate } = opts;
  if (actual === null) return null;
  if (actual >= target) return "met";
  if (endDate !== null && today > endDate) return "behind";
  if (COUNT_KPIS.has(opts.metric)) {
    let elapsed = 0.5;
    if (startDate !== null && endDate !== null) {
      const length = daysBetween(startDate, endDate) + 1;
      elapsed = length > 0 ? Math.min(1, Math.max(0, (daysBetween(startDate, today) + 1) / length)) : 1;
    }
    return actual >= target * elapsed ? "on track" : "behind";
  }
  return actual >= target * RATE_ON_TRACK_SHARE ? "on track" : "behind";
}

/** `total` shared evenly over `n` parts (null stays null; n = 0 gives []). */
export function splitEvenly(total: number | null, n: number): (number | null)[] {
  return Array.from({ length: n }, () => (total === null ? null : total / n));
}

/** One post's snapshots for the daily curve: capture time (ms), impressions (or views), engagements, clicks. */
export type CurvePoint = { at: number; impressions: number | null; engagements: number | null; clicks: number | null };

/** One day of the campaign: per-day increases and running totals. */
export type DailyPoint = {
  date: string;
  /** Increase in impressions that day (Σ over posts of their latest snapshot as of the day's end, minus the day before). */
  impressions: number;
  engagements: number;
  /** Tracking-link clicks that day (collaborations with links) + increase of platform-reported clicks (the others). */
  clicks: number;
  /** Attributed orders that day. */
  conversions: number;
  /** Running totals at the day's end. */
  impressionsTotal: number;
  engagementsTotal: number;
};

/**
 * The daily curve from `from` to `to` (inclusive, local days). For each post, its latest snapshot as
 * of each day's end is carried forward (snapshots are running totals; a post with no snapshot yet
 * adds 0); Σ over posts gives the running totals, and each day's figure is the increase over the day
 * before (the first day: the increase over what was captured before `from`). `dayEnd(day)` is the
 * last instant of a local day (ms). `platformClicks` are curves of the posts whose clicks the
 * platform reports; `events` are per-day counts of tracking-link clicks and orders.
 */
export function dailySeries(opts: {
  from: string;
  to: string;
  dayEnd: (day: string) => number;
  posts: readonly (readonly CurvePoint[])[];
  platformClickPosts: ReadonlySet<number>;
  trackedClicksByDay: ReadonlyMap<string, number>;
  conversionsByDay: ReadonlyMap<string, number>;
}): DailyPoint[] {
  const days = Math.max(0, daysBetween(opts.from, opts.to) + 1);
  const sorted = opts.posts.map((p) => [...p].sort((a, b) => a.at - b.at));
  const cursor = sorted.map(() => -1);
  const valueAt = (cut: number) => {
    let impressions = 0;
    let engagements = 0;
    let clicks = 0;
    sorted.forEach((snaps, i) => {
      let c = cursor[i]!;
      while (c + 1 < snaps.length && snaps[c + 1]!.at <= cut) c++;
      cursor[i] = c;
      const s = snaps[c];
      if (!s) return;
      impressions += s.impressions ?? 0;
      engagements += s.engagements ?? 0;
      if (opts.platformClickPosts.has(i)) clicks += s.clicks ?? 0;
    });
    return { impressions, engagements, clicks };
  };
  let prev = valueAt(opts.dayEnd(addDays(opts.from, -1)));
  const out: DailyPoint[] = [];
  for (let d = 0; d < days; d++) {
    const date = addDays(opts.from, d);
    const now = valueAt(opts.dayEnd(date));
    out.push({
      date,
      impressions: now.impressions - prev.impressions,
      engagements: now.engagements - prev.engagements,
      clicks: (opts.trackedClicksByDay.get(date) ?? 0) + Math.max(0, now.clicks - prev.clicks),
      conversions: opts.conversionsByDay.get(date) ?? 0,
      impressionsTotal: now.impressions,
      engagementsTotal: now.engagements,
    });
    prev = now;
  }
  return out;
}
