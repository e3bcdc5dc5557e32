// The analytics date range: presets and a custom range, read from the page's search params, as days
// in the workspace's time zone. No database: the page's components import it too.
import { addDays, zonedDay } from "../time-zone";

/** Date range presets of the analytics page; "custom" takes from/to. */
export const RANGE_PRESETS = ["30d", "90d", "365d", "all", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const RANGE_LABELS: Record<RangePreset, string> = {
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "365d": "Last 12 months",
  all: "All time",
  custom: "Custom",
};

/** The earliest day "all time" reaches back to. */
const ALL_TIME_FROM = "2000-01-01";

export type DateRange = { preset: RangePreset; from: string; to: string };

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The range the page shows, from its search params, in the workspace's days: a preset ends today;
 * "custom" needs both days (swapped when reversed); anything unreadable falls back to the last 90 days.
 */
export function resolveRange(params: { range?: string; from?: string; to?: string }, timeZone: string, now = new Date()): DateRange {
  const today = zonedDay(now, timeZone);
  const valid = (d: string | undefined): d is string => {
    if (typeof d !== "string" || !DAY_RE.test(d) || d < ALL_TIME_FROM || d > "2100-12-31") return false;
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d; // refuses 2026-02-31
  };
  if (params.range === "custom" && valid(params.from) && valid(params.to)) {
    const [from, to] = params.from <= params.to ? [params.from, params.to] : [params.to, params.from];
    return { preset: "custom", from, to };
  }
  const preset: RangePreset = (["30d", "90d", "365d", "all"] as const).find((p) => p === params.range) ?? "90d";
  const back = { "30d": 29, "90d": 89, "365d": 364 } as const;
  return { preset, from: preset === "all" ? ALL_TIME_FROM : addDays(today, -back[preset]), to: today };
}
