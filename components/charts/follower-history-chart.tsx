"use client";

// Follower count over time for one account, with follower spikes marked. Takes a ready series.
import { CartesianGrid, Line, LineChart, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { formatCount } from "@/lib/metrics";

export function FollowerHistoryChart({
  series,
  spikes,
  label,
}: {
  series: { date: string; followers: number }[];
  spikes: { date: string; followers: number }[];
  label: string;
}) {
  if (series.length < 2) {
    return (
      <p className="text-sm text-muted-foreground">
        Not enough history yet: growth appears once the follower count has been recorded on two different days.
      </p>
    );
  }
  return (
    <figure aria-label={label} className="h-56 w-full">
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
      <figcaption className="sr-only">
        {label}: {series.length} data points from {series[0]?.date} to {series.at(-1)?.date}
        {spikes.length ? `; follower spikes on ${spikes.map((s) => s.date).join(", ")}` : "; no follower spikes"}.
      </figcaption>
    </figure>
  );
}
