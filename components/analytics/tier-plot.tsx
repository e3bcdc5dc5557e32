"use client";

// The Recharts part of the tier chart (see tier-chart.tsx): one metric per plot, a bar per tier.
// Hidden from assistive technology; the caption and the tier table carry the same numbers.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { categoryAxis, grid, plotMargin, tooltip, valueAxis } from "@/components/charts/axes";

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
          <BarChart data={series} margin={plotMargin(8)} accessibilityLayer={false}>
            <CartesianGrid {...grid} />
            <XAxis {...categoryAxis("tier")} />
            <YAxis {...valueAxis(40)} />
            <Tooltip {...tooltip} formatter={(v) => (typeof v === "number" ? `${v.toFixed(2)}${unit ? ` ${unit}` : ""}` : "—")} />
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
