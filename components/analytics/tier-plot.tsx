"use client";

// The Recharts part of the tier chart (see tier-chart.tsx): one metric per plot, a bar per tier.
// Hidden from assistive technology; the caption and the tier table carry the same numbers.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { bars, categoryAxis, grid, plotMargin, tooltip, valueAxis } from "@/components/charts/axes";
import { useDrawnInSteps } from "@/components/charts/draw-in-steps";

import type { TierPoint } from "./tier-chart";

const TITLE = { err: "ERR by tier", cpm: "CPM by tier" } as const;

export default function TierPlot({ series, metric, unit }: { series: TierPoint[]; metric: "err" | "cpm"; unit: string }) {
  const { shown, style } = useDrawnInSteps([
    <CartesianGrid key="grid" {...grid} />,
    <XAxis key="x" {...categoryAxis("tier")} />,
    <YAxis key="y" {...valueAxis(40)} />,
    <Tooltip key="tooltip" {...tooltip} formatter={(v) => (typeof v === "number" ? `${v.toFixed(2)}${unit ? ` ${unit}` : ""}` : "—")} />,
    <Bar
      key="bars"
      {...bars}
      dataKey={metric}
      name={metric === "err" ? "ERR" : "CPM"}
      fill={metric === "err" ? "var(--primary)" : "var(--success)"}
    />,
  ]);
  return (
    <div className="flex h-full min-h-0 flex-col">
      <p className="text-xs font-medium text-muted-foreground">
        {TITLE[metric]}
        {unit ? ` (${unit})` : ""}
      </p>
      <div className="min-h-0 flex-1">
        <ResponsiveContainer width="100%" height="100%" style={style}>
          <BarChart data={series} margin={plotMargin(8)} accessibilityLayer={false}>
            {shown}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
