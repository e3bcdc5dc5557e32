/**
 * The "due by" date of the follow-ups list: a calendar day (YYYY-MM-DD, UTC) the marketer plans
 * ahead to. Pure. Returns the moment the list is computed for: the end of that day (23:59:59.999
 * UTC), clamped to [now, now + 60 days]; no or an unparsable date → now.
 */
export const MAX_DUE_BY_DAYS = 60;

export function asOfFromDueBy(dueBy: string | undefined | null, now: Date): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueBy ?? "");
  if (!m) return now;
  const end = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59, 999);
  if (Number.isNaN(end)) return now;
  const max = now.getTime() + MAX_DUE_BY_DAYS * 24 * 3600_000;
  return new Date(Math.min(Math.max(end, now.getTime()), max));
}

/** YYYY-MM-DD (UTC) of a date. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
