/**
 * Follower-growth spikes: jumps in a follower history that organic growth rarely produces and
 * bought followers often do. Also used to mark the points on the follower chart.
 */

import { SPIKE_RULES, type SpikeRules } from "./constants";

export interface FollowerHistoryPoint {
  /** ISO 8601 date or timestamp, as recorded ("2026-03-02" or "2026-03-02T06:00:00Z"). */
  date: string;
  followers: number;
}

export interface FollowerSpike {
  /** The point after the jump. */
  date: string;
  followers: number;
  previousDate: string;
  previousFollowers: number;
  gain: number;
  /** Growth over the interval, %: gain ÷ previousFollowers × 100. */
  growthPct: number;
  /** Interval length in days (fractional for timestamps). */
  days: number;
  /** Period-normalised growth, % per day: ((followers ÷ previousFollowers)^(1 ÷ max(days, 1)) − 1) × 100. */
  dailyGrowthPct: number;
  /** Which rule flagged it: a > 20 % jump within a week, or far above the account's usual daily growth. */
  rule: "jump" | "vs_median";
}

const DAY_MS = 86_400_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Sorts a copy of the history by date (points with the same instant: the last one given wins) and
 * validates it: throws RangeError for a negative or non-finite follower count or an unparseable date.
 */
export function sortHistory(history: readonly FollowerHistoryPoint[]): FollowerHistoryPoint[] {
  const byTime = new Map<number, FollowerHistoryPoint>();
  history.forEach((point, index) => {
    if (typeof point.followers !== "number" || !Number.isFinite(point.followers) || point.followers < 0) {
      throw new RangeError(`history[${index}].followers must be a finite number ≥ 0, got ${String(point.followers)}`);
    }
    const time = Date.parse(point.date);
    if (Number.isNaN(time)) throw new RangeError(`history[${index}].date is not an ISO date: "${point.date}"`);
    byTime.set(time, point);
  });
  return [...byTime.entries()].sort(([a], [b]) => a - b).map(([, point]) => point);
}

/**
 * Finds follower spikes. For each pair of consecutive points (after {@link sortHistory}) with a
 * previous count above 0 and a gain of at least `minGain` (100) followers, the interval is a spike when
 * - `jump`: growth ≥ `minJumpPct` (20 %) and the interval is at most `maxGapDays` (7) days, or
 * - `vs_median`: the history has at least `minIntervalsForMedian` (4) intervals, and the interval's
 *   daily growth is ≥ `minDailyPct` (1.5 %/day) and above `medianMultiple` (5) × the median daily
 *   growth of all intervals (a negative median counts as 0). This catches spikes in weekly or
 *   monthly snapshots that a fixed threshold would miss or over-flag.
 * Daily growth is period-normalised, compounding: (new ÷ old)^(1 ÷ days) − 1, with intervals
 * shorter than a day counted as one day (hourly snapshots are not amplified).
 * Drops (follower purges) are not spikes. Fewer than two points, or only zero counts → [].
 * The rules object defaults to {@link SPIKE_RULES}; the clock is never read.
 */
export function findFollowerSpikes(history: readonly FollowerHistoryPoint[], rules: Readonly<SpikeRules> = SPIKE_RULES): FollowerSpike[] {
  const points = sortHistory(history);
  const intervals: Omit<FollowerSpike, "rule">[] = [];
  for (let i = 1; i < points.length; i++) {
    const previous = points[i - 1];
    const current = points[i];
    if (!previous || !current || previous.followers === 0) continue;
    const days = (Date.parse(current.date) - Date.parse(previous.date)) / DAY_MS;
    const gain = current.followers - previous.followers;
    const growth = current.followers / previous.followers;
    intervals.push({
      date: current.date,
      followers: current.followers,
      previousDate: previous.date,
      previousFollowers: previous.followers,
      gain,
      // gain × 100 ÷ previous (multiply first) so 10,000 → 12,000 is exactly 20, on the boundary
      growthPct: (gain * 100) / previous.followers,
      days,
      dailyGrowthPct: (growth ** (1 / Math.max(days, 1)) - 1) * 100,
    });
  }

  const usualDaily = Math.max(median(intervals.map((interval) => interval.dailyGrowthPct)), 0);
  const medianUsable = intervals.length >= rules.minIntervalsForMedian;
  const spikes: FollowerSpike[] = [];
  for (const interval of intervals) {
    if (interval.gain < rules.minGain) continue;
    if (interval.growthPct >= rules.minJumpPct && interval.days <= rules.maxGapDays) {
      spikes.push({ ...interval, rule: "jump" });
    } else if (
      medianUsable &&
      interval.dailyGrowthPct >= rules.minDailyPct &&
      interval.dailyGrowthPct > rules.medianMultiple * usualDaily
    ) {
      spikes.push({ ...interval, rule: "vs_median" });
    }
  }
  return spikes;
}
