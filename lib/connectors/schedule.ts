// When the connectors fetch a post's numbers: every 3 hours for the first 10 days after it went up
// (when they move), then daily until day 60, then never again (README "Metric connectors").
// Pure: times in, times out.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const FAST_INTERVAL_MS = 3 * HOUR;
export const FAST_PERIOD_MS = 10 * DAY;
export const SLOW_INTERVAL_MS = DAY;
export const STOP_AFTER_MS = 60 * DAY;

/**
 * The next time the post's numbers are due, given when it went up and when they were last fetched.
 * Slots: postedAt + 3 h, + 6 h, … up to + 10 days; then + 11 days, + 12 days, … up to + 60 days.
 * Returns: postedAt when never fetched (fetch as soon as it is live) — null when never fetched and
 * already past day 60; the first slot strictly after `lastFetchedAt`; postedAt when `lastFetchedAt`
 * is before postedAt (the date was corrected); null once the next slot would be past day 60.
 */
export function nextFetchAt(postedAt: Date, lastFetchedAt: Date | null, now: Date = postedAt): Date | null {
  const p = postedAt.getTime();
  if (lastFetchedAt === null) return now.getTime() - p > STOP_AFTER_MS ? null : postedAt;
  const t = lastFetchedAt.getTime() - p;
  if (t < 0) return postedAt;
  let offset: number;
  if (t < FAST_PERIOD_MS) offset = (Math.floor(t / FAST_INTERVAL_MS) + 1) * FAST_INTERVAL_MS;
  else offset = FAST_PERIOD_MS + (Math.floor((t - FAST_PERIOD_MS) / SLOW_INTERVAL_MS) + 1) * SLOW_INTERVAL_MS;
  return offset > STOP_AFTER_MS ? null : new Date(p + offset);
}

/** True when the post's numbers are due at `now` (see nextFetchAt); never for a post not yet live. */
export function isFetchDue(postedAt: Date | null, lastFetchedAt: Date | null, now: Date): boolean {
  if (!postedAt || postedAt.getTime() > now.getTime()) return false;
  const next = nextFetchAt(postedAt, lastFetchedAt, now);
  return next !== null && next.getTime() <= now.getTime();
}

/**
 * The wait after a rate limit: the platform's Retry-After when it gave one, else 15 minutes doubled
 * for each failure in a row (`failures` ≥ 1), capped at 6 hours.
 */
export function rateLimitBackoffMs(failures: number, retryAfterSeconds?: number): number {
  if (retryAfterSeconds !== undefined && retryAfterSeconds > 0) return Math.min(retryAfterSeconds * 1000, 6 * HOUR);
  const n = Math.max(1, Math.floor(failures));
  return Math.min(15 * 60_000 * 2 ** (n - 1), 6 * HOUR);
}
