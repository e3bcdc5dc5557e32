"use client";

// The Recharts part of the report's by-day chart, loaded after first paint (see report-daily-chart.tsx).
// Hidden from assistive technology: the figure's caption and its table carry the same numbers.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { ReportDailyPoint } from "./report-daily-chart";

const short = (d: string) => d.slice(5);
const compact = (n: number) => new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(n);

export default function ReportDailyPlot({ series }: { series: ReportDailyPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={series} margin={{ top: 8, right: 4, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
        <XAxis dataKey="date" tickFormatter={short} tick={{ fontSize: 11 }} stroke="var(--muted-foreground)" minTickGap={24} />
        <YAxis
          yAxisId="n"
          tickFormatter={compact}
          allowDecimals={false}
          tick={{ fontSize: 11 }}
          width={40}
          stroke="var(--muted-foreground)"
        />
        <YAxis
          yAxisId="c"
          orientation="right"
          tickFormatter={compact}
          allowDecimals={false}
          tick={{ fontSize: 11 }}
          width={32}
          stroke="var(--muted-foreground)"
        />
        <Tooltip
          contentStyle={{ background: "var(--card)", color: "var(--card-foreground)", border: "1px solid var(--border)" }}
          labelStyle={{ color: "var(--card-foreground)" }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="n" dataKey="impressions" name="Impressions" fill="var(--primary)" isAnimationActive={false} />
        <Bar
          yAxisId="n"
          dataKey="engagements"
          name="Engagements"
          fill="var(--muted-foreground)"
          fillOpacity={0.5}
          isAnimationActive={false}
        />
        <Line
          yAxisId="c"
          type="linear"
          dataKey="clicks"
          name="Clicks (right axis)"
          stroke="var(--success)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
