/**
 * The "due by" date of the follow-ups list: a calendar day (YYYY-MM-DD) in the workspace's time
 * zone that the marketer plans ahead to. Pure. Returns the moment the list is computed for: the end
 * of that local day, clamped to [now, now + 60 days]; no or an unparsable date → now.
 */
import { DEFAULT_TIME_ZONE, zonedDay, zonedDayEnd } from "@/lib/time-zone";

export const MAX_DUE_BY_DAYS = 60;

export function asOfFromDueBy(dueBy: string | undefined | null, now: Date, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueBy ?? "");
  if (!m) return now;
  const check = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== dueBy) return now;
  const end = zonedDayEnd(dueBy, timeZone).getTime();
  const max = now.getTime() + MAX_DUE_BY_DAYS * 24 * 3600_000;
  return new Date(Math.min(Math.max(end, now.getTime()), max));
}

/** The end of the workspace's today: what "due today" is computed for. */
export function endOfToday(now: Date, timeZone: string = DEFAULT_TIME_ZONE): Date {
  return zonedDayEnd(zonedDay(now, timeZone), timeZone);
}

/** YYYY-MM-DD of a date in the workspace's time zone. */
export function isoDay(d: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return zonedDay(d, timeZone);
}
