// Small display helpers shared by the outreach components. Dates are shown in the workspace's time
// zone (pass `workspace.timeZone`), so a server-rendered page and the browser agree.
import { dateTimeFormat } from "@/lib/time-zone";

/** The instant `d` stands for, or null for none or an unreadable one (shown as "—"). */
function instant(d: Date | string | null | undefined): Date | null {
  if (!d) return null;
  const at = new Date(d);
  return Number.isNaN(at.getTime()) ? null : at;
}

export function shortDate(d: Date | string | null | undefined, timeZone = "UTC"): string {
  const at = instant(d);
  return at ? dateTimeFormat("en-US", { month: "short", day: "numeric", timeZone }).format(at) : "—";
}

export function dateTime(d: Date | string | null | undefined, timeZone = "UTC"): string {
  const at = instant(d);
  if (!at) return "—";
  return dateTimeFormat("en-US", {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(at);
}
