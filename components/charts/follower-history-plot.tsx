"use client";

// The Recharts part of the follower history, loaded after first paint (see follower-history-chart.tsx).
import { CartesianGrid, Line, LineChart, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { formatCount } from "@/lib/metrics/format";

import { categoryAxis, grid, line, plotMargin, valueAxis } from "./axes";
import { useDrawnInSteps } from "./draw-in-steps";

export default function FollowerHistoryPlot({
  series,
  spikes,
}: {
  series: { date: string; followers: number }[];
  spikes: { date: string; followers: number }[];
}) {
  const { shown, style } = useDrawnInSteps([
    <CartesianGrid key="grid" {...grid} vertical />,
    <XAxis key="x" {...categoryAxis("date")} minTickGap={24} />,
    <YAxis key="y" {...valueAxis(48, { format: (v) => formatCount(v) })} />,
    <Tooltip key="tooltip" formatter={(v) => [Number(v).toLocaleString("en-US"), "Followers"]} />,
    <Line key="followers" {...line} dataKey="followers" stroke="var(--primary)" />,
    spikes.map((s) => <ReferenceDot key={s.date} x={s.date} y={s.followers} r={5} fill="var(--destructive)" stroke="white" />),
  ]);
  return (
    <ResponsiveContainer width="100%" height="100%" style={style}>
      <LineChart data={series} margin={plotMargin(12)}>
        {shown}
      </LineChart>
    </ResponsiveContainer>
  );
}
