"use client";

// The Recharts part of the daily results chart, loaded after first paint (see daily-results-chart.tsx).
// Hidden from assistive technology (no accessibility layer): the caption and the table carry the numbers.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { bars, compactNumber, dayAxis, grid, legend, line, plotMargin, tooltip, valueAxis } from "./axes";
import type { DailySeriesPoint } from "./daily-results-chart";
import { useDrawnInSteps } from "./draw-in-steps";

export default function DailyResultsPlot({
  series,
  names,
  kind,
}: {
  series: DailySeriesPoint[];
  names: [string, string];
  kind: "bars" | "total";
}) {
  const { shown, style } = useDrawnInSteps([
    <CartesianGrid key="grid" {...grid} />,
    <XAxis key="x" {...dayAxis} />,
    <YAxis key="y-left" yAxisId="a" {...valueAxis(44, { integers: true, format: compactNumber })} />,
    <YAxis key="y-right" yAxisId="b" orientation="right" {...valueAxis(36, { integers: true, format: compactNumber })} />,
    <Tooltip key="tooltip" {...tooltip} formatter={(v) => (typeof v === "number" ? Math.round(v).toLocaleString("en-US") : String(v))} />,
    <Legend key="legend" {...legend} />,
    kind === "bars" ? (
      <Bar key="a" {...bars} yAxisId="a" dataKey="a" name={names[0]} fill="var(--primary)" />
    ) : (
      <Line key="a" {...line} yAxisId="a" dataKey="a" name={names[0]} stroke="var(--primary)" />
    ),
    kind === "bars" ? (
      <Line key="b" {...line} yAxisId="b" dataKey="b" name={names[1]} stroke="var(--success)" />
    ) : (
      <Bar key="b" {...bars} yAxisId="b" dataKey="b" name={names[1]} fill="var(--success)" fillOpacity={0.6} />
    ),
  ]);
  return (
    <ResponsiveContainer width="100%" height="100%" style={style}>
      <ComposedChart data={series} margin={plotMargin(8)} accessibilityLayer={false}>
        {shown}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
