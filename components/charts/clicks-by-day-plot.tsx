"use client";

// The Recharts part of the clicks-by-day chart, loaded after first paint (see clicks-by-day-chart.tsx).
// Hidden from assistive technology and out of the tab order (no accessibility layer): the figure's
// caption and its table carry the same numbers.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { ClicksByDayPoint } from "./clicks-by-day-chart";

const short = (d: string) => d.slice(5);

export default function ClicksByDayPlot({ series }: { series: ClicksByDayPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={series} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
        <XAxis dataKey="date" tickFormatter={short} tick={{ fontSize: 11 }} stroke="var(--muted-foreground)" minTickGap={24} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={36} stroke="var(--muted-foreground)" />
        <Tooltip
          contentStyle={{ background: "var(--card)", color: "var(--card-foreground)", border: "1px solid var(--border)" }}
          labelStyle={{ color: "var(--card-foreground)" }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="total" name="Clicks" stackId="c" fill="var(--primary)" isAnimationActive={false} />
        <Bar
          dataKey="bots"
          name="Bots (not counted)"
          stackId="c"
          fill="var(--muted-foreground)"
          fillOpacity={0.35}
          isAnimationActive={false}
        />
        <Line
          type="monotone"
          dataKey="unique"
          name="Unique"
          stroke="var(--success)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
