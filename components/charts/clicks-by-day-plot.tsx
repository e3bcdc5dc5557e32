"use client";

// The Recharts part of the clicks-by-day chart, loaded after first paint (see clicks-by-day-chart.tsx).
// Hidden from assistive technology and out of the tab order (no accessibility layer): the figure's
// caption and its table carry the same numbers.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { bars, dayAxis, grid, legend, line, plotMargin, tooltip, valueAxis } from "./axes";
import type { ClicksByDayPoint } from "./clicks-by-day-chart";
import { useDrawnInSteps } from "./draw-in-steps";

export default function ClicksByDayPlot({ series }: { series: ClicksByDayPoint[] }) {
  const { shown, style } = useDrawnInSteps([
    <CartesianGrid key="grid" {...grid} />,
    <XAxis key="x" {...dayAxis} />,
    <YAxis key="y" {...valueAxis(36, { integers: true })} />,
    <Tooltip key="tooltip" {...tooltip} />,
    <Legend key="legend" {...legend} />,
    <Bar key="clicks" {...bars} dataKey="total" name="Clicks" stackId="c" fill="var(--primary)" />,
    <Bar key="bots" {...bars} dataKey="bots" name="Bots (not counted)" stackId="c" fill="var(--muted-foreground)" fillOpacity={0.35} />,
    <Line key="unique" {...line} dataKey="unique" name="Unique" stroke="var(--success)" />,
  ]);
  return (
    <ResponsiveContainer width="100%" height="100%" style={style}>
      <ComposedChart data={series} margin={plotMargin(8)} accessibilityLayer={false}>
        {shown}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
