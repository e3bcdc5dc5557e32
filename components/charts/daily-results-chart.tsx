"use client";

// Two figures per day of a campaign (impressions and engagements; clicks and orders) from a ready
// series of plain numbers. The Recharts plot loads after first paint into a box of fixed height; the
// same numbers are in the caption for screen readers and in a table under "Show as table".
import dynamic from "next/dynamic";

const DailyResultsPlot = dynamic(() => import("./daily-results-plot"), { ssr: false });

export type DailySeriesPoint = { date: string; a: number; b: number };

export function DailyResultsChart({
  series,
  label,
  names,
  kind,
  testId,
}: {
  series: DailySeriesPoint[];
  label: string;
  names: [string, string];
  /** "bars": a per-day count of each; "total": the first a running total (line), the second the per-day increase (bars). */
  kind: "bars" | "total";
  testId: string;
}) {
  const sum = (k: "a" | "b") => series.reduce((s, p) => s + p[k], 0);
  const first = series[0]?.date;
  const last = series.at(-1)?.date;
  return (
    <figure aria-label={label} className="grid gap-2" data-testid={testId}>
      <div className="h-56 w-full" aria-hidden="true">
        <DailyResultsPlot series={series} names={names} kind={kind} />
      </div>
      <figcaption className="sr-only">
        {label}, {first} to {last}: {names[0]} {sum("a").toLocaleString("en-US")}, {names[1]} {sum("b").toLocaleString("en-US")}.
      </figcaption>
      <details className="text-xs">
        <summary className="cursor-pointer text-muted-foreground hover:text-foreground">Show as table</summary>
        <div className="mt-2 max-h-64 overflow-auto rounded-md border">
          <table className="w-full text-xs">
            <caption className="sr-only">{label}</caption>
            <thead className="sticky top-0 bg-muted text-left text-muted-foreground">
              <tr>
                <th className="px-2 py-1 font-medium">Day</th>
                <th className="px-2 py-1 text-right font-medium">{names[0]}</th>
                <th className="px-2 py-1 text-right font-medium">{names[1]}</th>
              </tr>
            </thead>
            <tbody>
              {series.map((p) => (
                <tr key={p.date} className="border-t">
                  <td className="px-2 py-1 tabular-nums">{p.date}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{Math.round(p.a).toLocaleString("en-US")}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{Math.round(p.b).toLocaleString("en-US")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
