"use client";

// The Recharts part of the report's by-day chart, loaded after first paint (see report-daily-chart.tsx).
// Hidden from assistive technology: the figure's caption and its table carry the same numbers.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { bars, compactNumber, dayAxis, grid, legend, line, plotMargin, tooltip, valueAxis } from "./axes";
import { useDrawnInSteps } from "./draw-in-steps";
import type { ReportDailyPoint } from "./report-daily-chart";

export default function ReportDailyPlot({ series }: { series: ReportDailyPoint[] }) {
  const { shown, style } = useDrawnInSteps([
    <CartesianGrid key="grid" {...grid} />,
    <XAxis key="x" {...dayAxis} />,
    <YAxis key="y-left" yAxisId="n" {...valueAxis(40, { integers: true, format: compactNumber })} />,
    <YAxis key="y-right" yAxisId="c" orientation="right" {...valueAxis(32, { integers: true, format: compactNumber })} />,
    <Tooltip key="tooltip" {...tooltip} />,
    <Legend key="legend" {...legend} />,
    <Bar key="impressions" {...bars} yAxisId="n" dataKey="impressions" name="Impressions" fill="var(--primary)" />,
    <Bar
      key="engagements"
      {...bars}
      yAxisId="n"
      dataKey="engagements"
      name="Engagements"
      fill="var(--muted-foreground)"
      fillOpacity={0.5}
    />,
    <Line key="clicks" {...line} type="linear" yAxisId="c" dataKey="clicks" name="Clicks (right axis)" stroke="var(--success)" />,
  ]);
  return (
    <ResponsiveContainer width="100%" height="100%" style={style}>
      <ComposedChart data={series} margin={plotMargin(4)} accessibilityLayer={false}>
        {shown}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
