// Two figures per day of a campaign (impressions and engagements; clicks and orders) from a ready
// series of plain numbers. Server component: the caption (for screen readers) and the table under
// "Show as table" are plain HTML; the Recharts plot is a client island (plot-island.tsx) drawn into a
// box of fixed height once the page has loaded and the box comes into view.
import { ChartFigure } from "./chart-figure";
import { PlotIsland } from "./plot-island";

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
  // A running total's figure for the period is its last value; adding up the days would count each
  // day's total again and again.
  const periodFigure = (k: "a" | "b") => (kind === "total" && k === "a" ? (series.at(-1)?.a ?? 0) : sum(k));
  const first = series[0]?.date;
  const last = series.at(-1)?.date;
  return (
    <ChartFigure
      label={label}
      testId={testId}
      boxClassName="h-56"
      plot={<PlotIsland plot="daily-results" props={{ series, names, kind }} />}
      caption={
        <>
          {label}, {first} to {last}: {names[0]} {Math.round(periodFigure("a")).toLocaleString("en-US")}, {names[1]}{" "}
          {Math.round(periodFigure("b")).toLocaleString("en-US")}.
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
