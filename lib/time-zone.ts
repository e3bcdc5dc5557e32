/**
 * Calendar days in a workspace's time zone: which local day an instant falls on, and the instant a
 * local day begins. A workspace's "today" (its outreach daily limit, due dates, anything counted or
 * grouped by day) is its own, not UTC's.
 *
 * Pure module: only the platform's Intl (the IANA database Node and browsers ship). Days are
 * "YYYY-MM-DD" strings. Time-zone offsets are whole minutes (true of every zone since 1972).
 */

import { formatterCache } from "@/lib/intl-cache";

export const DEFAULT_TIME_ZONE = "UTC";

/**
 * An Intl.DateTimeFormat for `locale` and `options`, built once per process and reused
 * (lib/intl-cache.ts): `date.toLocaleString(locale, options)` builds one on every call, 0.15–0.3 ms
 * of server CPU each, so a page listing 50 times spent several ms on it.
 * Give at least one date or time field (or a style): unlike `toLocaleString`, the constructor adds
 * only date fields by default. Throws what the constructor throws (RangeError for an unknown zone).
 */
export const dateTimeFormat: (locale: string, options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat = formatterCache(
  (locale, options) => new Intl.DateTimeFormat(locale, options),
);

/**
 * Every calendar field of an instant, 24-hour, in `timeZone`: one formatter per zone, looked up by
 * the zone alone. `zonedDay` and `zonedDayStart` call it in loops (a report's snapshots, a day's
 * start by bisection), where `dateTimeFormat`'s key (the options as JSON) would cost a third more.
 */
const fieldFormats = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = fieldFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    fieldFormats.set(timeZone, f);
  }
  return f;
}

/**
 * The canonical IANA name of `name` ("europe/paris" → "Europe/Paris", "UTC" → "UTC"), or null
 * when Intl doesn't know it. Offsets such as "+02:00" are refused: a name follows daylight saving,
 * an offset doesn't.
 */
export function canonicalTimeZone(name: string): string | null {
  if (typeof name !== "string" || !name || name.length > 64 || /^[+-]\d/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function isTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null;
}

/** Every IANA name this runtime knows, "UTC" first. */
export function timeZoneNames(): string[] {
  const names = Intl.supportedValuesOf("timeZone").filter((n) => n !== "UTC");
  return [DEFAULT_TIME_ZONE, ...names];
}

/** Local calendar fields of an instant in `timeZone`. */
function fields(instant: Date | number, timeZone: string) {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return { y: out.year!, m: out.month!, d: out.day!, h: out.hour!, mi: out.minute!, s: out.second! };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** The local day ("YYYY-MM-DD") an instant falls on in `timeZone`. */
export function zonedDay(instant: Date | number, timeZone: string): string {
  const f = fields(instant, timeZone);
  return `${pad(f.y, 4)}-${pad(f.m)}-${pad(f.d)}`;
}

/** Minutes `timeZone` is ahead of UTC at `instant` (Pacific/Auckland in January: 780; America/Los_Angeles in July: −420). */
export function offsetMinutes(instant: Date | number, timeZone: string): number {
  const t = typeof instant === "number" ? instant : instant.getTime();
  const f = fields(t, timeZone);
  const asUtc = Date.UTC(f.y, f.m - 1, f.d, f.h, f.mi, f.s);
  return Math.round((asUtc - Math.floor(t / 1000) * 1000) / 60_000);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function parseDay(day: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`Not a day: ${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Per zone, the offset (minutes) at the last day start found: most days begin at the offset of the one before. */
const startOffsets = new Map<string, number>();

/**
 * The instant local day `day` begins in `timeZone`: its 00:00, or, where daylight saving skips
 * midnight, the first minute that exists.
 *
 * Fast path: at the offset the zone's last day start had, 00:00 of `day` is one instant; when the
 * zone has that offset at it and a minute before (so the minute before is 23:59 of the day before),
 * that instant is the day's first minute — two offset look-ups instead of a search (a curve of a
 * year's days ends one DST change in 180 days). Otherwise a binary search over the ±3 hours around
 * the estimate from the offset at UTC midnight (a DST change moves the real start by at most an hour
 * or two from that estimate).
 */
export function zonedDayStart(day: string, timeZone: string): Date {
  const [y, m, d] = parseDay(day);
  const base = Date.UTC(y, m - 1, d);
  if (timeZone === "UTC") return new Date(base);
  const known = startOffsets.get(timeZone);
  if (known !== undefined) {
    const t = base - known * MINUTE;
    if (offsetMinutes(t, timeZone) === known && offsetMinutes(t - MINUTE, timeZone) === known) return new Date(t);
  }
  const guess = base - offsetMinutes(base, timeZone) * MINUTE;
  let lo = guess - 3 * HOUR; // still the previous local day
  let hi = guess + 3 * HOUR; // already `day`
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (zonedDay(mid, timeZone) < day) lo = mid;
    else hi = mid;
  }
  if (startOffsets.size > 1000) startOffsets.clear();
  startOffsets.set(timeZone, offsetMinutes(hi, timeZone));
  return new Date(hi);
}

/** The instant the local day containing `instant` began. */
export function startOfZonedDay(instant: Date | number, timeZone: string): Date {
  return zonedDayStart(zonedDay(instant, timeZone), timeZone);
}

/** `day` moved by `n` calendar days ("2030-02-28" + 1 → "2030-03-01"). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = parseDay(day);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The instant the local day after the one containing `instant` begins (a day may last 23 or 25 hours). */
export function startOfNextZonedDay(instant: Date | number, timeZone: string): Date {
  return zonedDayStart(addDays(zonedDay(instant, timeZone), 1), timeZone);
}

/** The last millisecond of local day `day`. */
export function zonedDayEnd(day: string, timeZone: string): Date {
  return new Date(zonedDayStart(addDays(day, 1), timeZone).getTime() - 1);
}

/** Whole local days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parseDay(from);
  const [y2, m2, d2] = parseDay(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / (24 * HOUR));
}

/** The local day of the week's Monday containing `day` (ISO weeks start on Monday). */
export function startOfWeek(day: string): string {
  const [y, m, d] = parseDay(day);
  const dow = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -dow);
}

/** What an invalid instant shows, as `toLocaleString` shows it (a shared formatter would throw). */
const INVALID = "Invalid Date";
const valid = (instant: Date | number) => Number.isFinite(typeof instant === "number" ? instant : instant.getTime());

/** "Jan 15, 2030, 3:30 PM" in `timeZone`: how pages show an instant to a workspace. */
export function formatDateTime(instant: Date | number, timeZone: string): string {
  if (!valid(instant)) return INVALID;
  return dateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone }).format(instant);
}

/** "Jan 15, 2030, 3:30:09 PM" in `timeZone`: `formatDateTime` with the seconds, where they matter (webhook delivery attempts). */
export function formatDateTimeSeconds(instant: Date | number, timeZone: string): string {
  if (!valid(instant)) return INVALID;
  return dateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone }).format(instant);
}

/** "Jan 15, 2030": the calendar day of an instant in `timeZone`. */
export function formatZonedDate(instant: Date | number, timeZone: string): string {
  if (!valid(instant)) return INVALID;
  return dateTimeFormat("en-US", { dateStyle: "medium", timeZone }).format(instant);
}

const DAY: Intl.DateTimeFormatOptions = { month: "short", day: "numeric", timeZone: "UTC" };
const DAY_WITH_YEAR: Intl.DateTimeFormatOptions = { ...DAY, year: "numeric" };

/** "Jan 15" (or "Jan 15, 2030" with `withYear`) for a local day "YYYY-MM-DD": already a calendar day, no zone involved. */
export function formatDay(day: string, withYear = false): string {
  const [y, m, d] = parseDay(day);
  return dateTimeFormat("en-US", withYear ? DAY_WITH_YEAR : DAY).format(Date.UTC(y, m - 1, d));
}
