"use client";

// A report's numbers by day: impressions and engagements as bars, clicks as a line on its own axis.
// Takes a ready series (plain arrays from ReportData). The Recharts plot loads after first paint into
// a box of fixed height; the same numbers are in a table under "Show as table".
import dynamic from "next/dynamic";

import { ChartFigure } from "./chart-figure";

const ReportDailyPlot = dynamic(() => import("./report-daily-plot"), { ssr: false });

export type ReportDailyPoint = { date: string; impressions: number; engagements: number; clicks: number };

export function ReportDailyChart({ series, label }: { series: readonly ReportDailyPoint[]; label: string }) {
  const sum = (k: "impressions" | "engagements" | "clicks") => series.reduce((s, p) => s + p[k], 0);
  return (
    <ChartFigure
      label={label}
      testId="report-daily-chart"
      boxClassName="h-56"
      plot={<ReportDailyPlot series={[...series]} />}
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
