"use client";

// A report's numbers by day: impressions and engagements as bars, clicks as a line on its own axis.
// Takes a ready series (plain arrays from ReportData). The Recharts plot loads after first paint into
// a box of fixed height; the same numbers are in a table under "Show as table".
import dynamic from "next/dynamic";

const ReportDailyPlot = dynamic(() => import("./report-daily-plot"), { ssr: false });

export type ReportDailyPoint = { date: string; impressions: number; engagements: number; clicks: number };

export function ReportDailyChart({ series, label }: { series: readonly ReportDailyPoint[]; label: string }) {
  const sum = (k: "impressions" | "engagements" | "clicks") => series.reduce((s, p) => s + p[k], 0);
  return (
    <figure aria-label={label} className="grid gap-2" data-testid="report-daily-chart">
      <div className="h-56 w-full" aria-hidden="true">
        <ReportDailyPlot series={[...series]} />
      </div>
      <figcaption className="sr-only">
        {label}, {series[0]?.date} to {series.at(-1)?.date}: {sum("impressions")} impressions, {sum("engagements")} engagements,{" "}
        {sum("clicks")} clicks.
      </figcaption>
      <details className="text-xs">
        <summary className="cursor-pointer text-muted-foreground hover:text-foreground">Show as table</summary>
        <div className="mt-2 max-h-64 overflow-auto rounded-md border">
          <table className="w-full text-xs">
            <caption className="sr-only">{label}</caption>
            <thead className="sticky top-0 bg-muted text-left text-muted-foreground">
              <tr>
                <th className="px-2 py-1 font-medium">Day</th>
                <th className="px-2 py-1 text-right font-medium">Impressions</th>
                <th className="px-2 py-1 text-right font-medium">Engagements</th>
                <th className="px-2 py-1 text-right font-medium">Clicks</th>
              </tr>
            </thead>
            <tbody>
              {series.map((p) => (
                <tr key={p.date} className="border-t">
                  <td className="px-2 py-1 tabular-nums">{p.date}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{p.impressions}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{p.engagements}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{p.clicks}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
