// Small display helpers shared by the outreach components. Dates are shown in the workspace's time
// zone (pass `workspace.timeZone`), so a server-rendered page and the browser agree.
export function shortDate(d: Date | string | null | undefined, timeZone = "UTC"): string {
  if (!d) return "—";
  return new Date(d).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone });
}

export function dateTime(d: Date | string | null | undefined, timeZone = "UTC"): string {
  if (!d) return "—";
  return new Date(d).toLocaleString("en-US", {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  });
}
