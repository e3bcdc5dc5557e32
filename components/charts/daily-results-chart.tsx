"use client";

// Two figures per day of a campaign (impressions and engagements; clicks and orders) from a ready
// series of plain numbers. The Recharts plot loads after first paint into a box of fixed height; the
// same numbers are in the caption for screen readers and in a table under "Show as table".
import dynamic from "next/dynamic";

import { ChartFigure } from "./chart-figure";

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
    <ChartFigure
      label={label}
      testId={testId}
      boxClassName="h-56"
      plot={<DailyResultsPlot series={series} names={names} kind={kind} />}
      caption={
        <>
          {label}, {first} to {last}: {names[0]} {sum("a").toLocaleString("en-US")}, {names[1]} {sum("b").toLocaleString("en-US")}.
        </>
      }
      columns={[{ label: names[0] }, { label: names[1] }]}
      rows={series.map((p) => ({
        date: p.date,
        values: [Math.round(p.a).toLocaleString("en-US"), Math.round(p.b).toLocaleString("en-US")],
      }))}
    />
  );
}
