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
  /**
   * New impressions that day: Σ over posts of the increase of each post's latest snapshot as of the
   * day's end over the day before, each post's increase clamped at 0 (a platform lowering a figure
   * is a correction, not negative growth; it shows in `impressionsCorrection`).
   */
  impressions: number;
  engagements: number;
  /** Tracking-link clicks that day (collaborations with links) + increase of platform-reported clicks (the others). */
  clicks: number;
  /** Attributed orders that day. */
  conversions: number;
  /** Running totals at the day's end: Σ over posts of their latest figures (they drop on a correction). */
  impressionsTotal: number;
  engagementsTotal: number;
  /** How much earlier figures were lowered that day (≤ 0; 0 when nothing was corrected). */
  impressionsCorrection: number;
  engagementsCorrection: number;
};

/**
 * The daily curve from `from` to `to` (inclusive, local days). For each post, its latest snapshot as
 * of each day's end is carried forward (snapshots are running totals; a post with no snapshot yet
 * adds 0); Σ over posts gives the running totals. A day's figure is Σ over posts of each post's
 * increase over the day before (the first day: over what was captured before `from`), never below 0
 * per post: when a later snapshot reports less (a platform corrects its numbers, a comment is
 * deleted), that post adds 0 that day and the decrease goes to the day's correction, so one post's
 * correction never hides another's growth and no bar is negative. The running total always equals
 * the latest figures: Σ increases + Σ corrections = the last total − the total before `from`.
 * `dayEnd(day)` is the last instant of a local day (ms). `platformClickPosts` are curves of the posts
 * whose clicks the platform reports; `events` are per-day counts of tracking-link clicks and orders.
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
  const zero = { impressions: 0, engagements: 0, clicks: 0 };
  /** Each post's figures as of `cut` (0 before its first snapshot or where a figure is unreported). */
  const valuesAt = (cut: number) =>
    sorted.map((snaps, i) => {
      let c = cursor[i]!;
      while (c + 1 < snaps.length && snaps[c + 1]!.at <= cut) c++;
      cursor[i] = c;
      const s = snaps[c];
      if (!s) return zero;
      return {
        impressions: s.impressions ?? 0,
        engagements: s.engagements ?? 0,
        clicks: opts.platformClickPosts.has(i) ? (s.clicks ?? 0) : 0,
      };
    });
  let prev = valuesAt(opts.dayEnd(addDays(opts.from, -1)));
  const out: DailyPoint[] = [];
  for (let d = 0; d < days; d++) {
    const date = addDays(opts.from, d);
    const now = valuesAt(opts.dayEnd(date));
    const day = { impressions: 0, engagements: 0, clicks: 0, impressionsCorrection: 0, engagementsCorrection: 0 };
    let impressionsTotal = 0;
    let engagementsTotal = 0;
    now.forEach((v, i) => {
      const p = prev[i]!;
      const di = v.impressions - p.impressions;
      const de = v.engagements - p.engagements;
      if (di >= 0) day.impressions += di;
      else day.impressionsCorrection += di;
      if (de >= 0) day.engagements += de;
      else day.engagementsCorrection += de;
      day.clicks += Math.max(0, v.clicks - p.clicks);
      impressionsTotal += v.impressions;
      engagementsTotal += v.engagements;
    });
    out.push({
      date,
      impressions: day.impressions,
      engagements: day.engagements,
      clicks: (opts.trackedClicksByDay.get(date) ?? 0) + day.clicks,
      conversions: opts.conversionsByDay.get(date) ?? 0,
      impressionsTotal,
      engagementsTotal,
      impressionsCorrection: day.impressionsCorrection,
      engagementsCorrection: day.engagementsCorrection,
    });
    prev = now;
  }
  return out;
}
