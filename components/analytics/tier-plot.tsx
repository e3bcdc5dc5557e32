"use client";

// The Recharts part of the tier chart (see tier-chart.tsx): one metric per plot, a bar per tier.
// Hidden from assistive technology; the caption and the tier table carry the same numbers.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { TierPoint } from "./tier-chart";

const TITLE = { err: "ERR by tier", cpm: "CPM by tier" } as const;

export default function TierPlot({ series, metric, unit }: { series: TierPoint[]; metric: "err" | "cpm"; unit: string }) {
  return (
    <div className="flex h-full min-h-0 flex-col">
      <p className="text-xs font-medium text-muted-foreground">
        {TITLE[metric]}
        {unit ? ` (${unit})` : ""}
      </p>
      <div className="min-h-0 flex-1">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={series} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
            <XAxis dataKey="tier" tick={{ fontSize: 11 }} stroke="var(--muted-foreground)" />
            <YAxis tick={{ fontSize: 11 }} width={40} stroke="var(--muted-foreground)" />
            <Tooltip
              formatter={(v) => (typeof v === "number" ? `${v.toFixed(2)}${unit ? ` ${unit}` : ""}` : "—")}
              contentStyle={{ background: "var(--card)", color: "var(--card-foreground)", border: "1px solid var(--border)" }}
              labelStyle={{ color: "var(--card-foreground)" }}
            />
            <Bar
              dataKey={metric}
              name={metric === "err" ? "ERR" : "CPM"}
              fill={metric === "err" ? "var(--primary)" : "var(--success)"}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
