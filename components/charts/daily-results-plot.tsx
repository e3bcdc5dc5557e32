"use client";

// The Recharts part of the daily results chart, loaded after first paint (see daily-results-chart.tsx).
// Hidden from assistive technology (no accessibility layer): the caption and the table carry the numbers.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { DailySeriesPoint } from "./daily-results-chart";

const short = (d: string) => d.slice(5);
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

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
      <ComposedChart data={series} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
        <XAxis dataKey="date" tickFormatter={short} tick={{ fontSize: 11 }} stroke="var(--muted-foreground)" minTickGap={24} />
        <YAxis
          yAxisId="a"
          allowDecimals={false}
          tick={{ fontSize: 11 }}
          width={44}
          stroke="var(--muted-foreground)"
          tickFormatter={(v: number) => compact.format(v)}
        />
        <YAxis
          yAxisId="b"
          orientation="right"
          allowDecimals={false}
          tick={{ fontSize: 11 }}
          width={36}
          stroke="var(--muted-foreground)"
          tickFormatter={(v: number) => compact.format(v)}
        />
        <Tooltip
          contentStyle={{ background: "var(--card)", color: "var(--card-foreground)", border: "1px solid var(--border)" }}
          labelStyle={{ color: "var(--card-foreground)" }}
          formatter={(v) => (typeof v === "number" ? Math.round(v).toLocaleString("en-US") : String(v))}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
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
