"use client";

// The Recharts part of the daily results chart, loaded after first paint (see daily-results-chart.tsx).
// Hidden from assistive technology (no accessibility layer): the caption and the table carry the numbers.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { compactNumber, dayAxis, grid, legend, plotMargin, tooltip, valueAxis } from "./axes";
import type { DailySeriesPoint } from "./daily-results-chart";

export default function DailyResultsPlot({
  series,
  names,
  kind,
}: {
  series: DailySeriesPoint[];
  names: [string, string];
  kind: "bars" | "total";
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={series} margin={plotMargin(8)} accessibilityLayer={false}>
        <CartesianGrid {...grid} />
        <XAxis {...dayAxis} />
        <YAxis yAxisId="a" {...valueAxis(44, { integers: true, format: compactNumber })} />
        <YAxis yAxisId="b" orientation="right" {...valueAxis(36, { integers: true, format: compactNumber })} />
        <Tooltip {...tooltip} formatter={(v) => (typeof v === "number" ? Math.round(v).toLocaleString("en-US") : String(v))} />
        <Legend {...legend} />
        {kind === "bars" ? (
          <Bar yAxisId="a" dataKey="a" name={names[0]} fill="var(--primary)" isAnimationActive={false} />
        ) : (
          <Line
            yAxisId="a"
            type="monotone"
            dataKey="a"
            name={names[0]}
            stroke="var(--primary)"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        )}
        {kind === "bars" ? (
          <Line
            yAxisId="b"
            type="monotone"
            dataKey="b"
            name={names[1]}
            stroke="var(--success)"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ) : (
          <Bar yAxisId="b" dataKey="b" name={names[1]} fill="var(--success)" fillOpacity={0.6} isAnimationActive={false} />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
