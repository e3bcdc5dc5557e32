"use client";

// The Recharts part of the follower history, loaded after first paint (see follower-history-chart.tsx).
import { CartesianGrid, Line, LineChart, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { formatCount } from "@/lib/metrics/format";

export default function FollowerHistoryPlot({
  series,
  spikes,
}: {
  series: { date: string; followers: number }[];
  spikes: { date: string; followers: number }[];
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={series} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis dataKey="date" tick={{ fontSize: 11 }} stroke="var(--muted-foreground)" minTickGap={24} />
        <YAxis tickFormatter={(v: number) => formatCount(v)} tick={{ fontSize: 11 }} width={48} stroke="var(--muted-foreground)" />
        <Tooltip formatter={(v) => [Number(v).toLocaleString("en-US"), "Followers"]} />
        <Line type="monotone" dataKey="followers" stroke="var(--primary)" strokeWidth={2} dot={false} isAnimationActive={false} />
        {spikes.map((s) => (
          <ReferenceDot key={s.date} x={s.date} y={s.followers} r={5} fill="var(--destructive)" stroke="white" />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
