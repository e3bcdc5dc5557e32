// Under the Results tab's charts: the days a platform lowered figures it had reported before (a
// corrected count, a deleted comment). Those days add 0 to "new that day" and the running total drops
// to the corrected figures (lib/analytics/campaign-math.ts dailySeries); this says so, with the days.
import type { DailyPoint } from "@/lib/analytics/campaign-types";

/** "2 May (engagements −10, impressions −100)" for each day with a correction; [] when there is none. */
export function correctionDays(daily: readonly DailyPoint[]): string[] {
  const fmt = (n: number) => `−${Math.abs(n).toLocaleString("en-US")}`;
  return daily
    .filter((d) => d.impressionsCorrection < 0 || d.engagementsCorrection < 0)
    .map((d) => {
      const parts = [
        d.impressionsCorrection < 0 ? `impressions ${fmt(d.impressionsCorrection)}` : null,
        d.engagementsCorrection < 0 ? `engagements ${fmt(d.engagementsCorrection)}` : null,
      ].filter(Boolean);
      return `${d.date} (${parts.join(", ")})`;
    });
}

export function DailyCorrectionsNote({ daily }: { daily: readonly DailyPoint[] }) {
  const days = correctionDays(daily);
  if (days.length === 0) return null;
  return (
    <p className="text-xs text-muted-foreground" data-testid="daily-corrections">
      Lowered figures: on {days.join("; ")} a later snapshot reported less than an earlier one (the platform corrected its count or a
      comment was deleted). Those days count 0 as new for that post, and the running total shows the corrected figures.
    </p>
  );
}
