// A report's numbers by day: impressions and engagements as bars, clicks as a line on its own axis.
// Takes a ready series (plain arrays from ReportData). Server component: the table under "Show as
// table" is plain HTML; the Recharts plot is a client island (plot-island.tsx) drawn into a box of
// fixed height once the page has loaded and the box comes into view.
import { ChartFigure } from "./chart-figure";
import { PlotIsland } from "./plot-island";

export type ReportDailyPoint = { date: string; impressions: number; engagements: number; clicks: number };

export function ReportDailyChart({ series, label }: { series: readonly ReportDailyPoint[]; label: string }) {
  const sum = (k: "impressions" | "engagements" | "clicks") => series.reduce((s, p) => s + p[k], 0);
  return (
    <ChartFigure
      label={label}
      testId="report-daily-chart"
      boxClassName="h-56"
      plot={<PlotIsland plot="report-daily" props={{ series: [...series] }} />}
      caption={
        <>
          {label}, {series[0]?.date} to {series.at(-1)?.date}: {sum("impressions")} impressions, {sum("engagements")} engagements,{" "}
          {sum("clicks")} clicks.
        </>
      }
      columns={[{ label: "Impressions" }, { label: "Engagements" }, { label: "Clicks" }]}
      rows={series.map((p) => ({ date: p.date, values: [p.impressions, p.engagements, p.clicks] }))}
    />
  );
}
