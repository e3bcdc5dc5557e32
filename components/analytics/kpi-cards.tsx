// The period's headline KPIs, each with its formula, its benchmark where the seed guide gives one,
// and "—" with the reason when an input is missing. Server component.
import type { RollupReport } from "@/lib/analytics/rates";
import { formatCount, formatExact, METRIC_FORMULAS } from "@/lib/metrics";

import { formatRate, KPI_RATES } from "./kpi-table";

export function KpiCards({ report }: { report: RollupReport }) {
  return (
    <div className="grid min-w-0 gap-3" data-testid="kpi-cards">
      <p className="text-sm text-muted-foreground">
        {formatExact(report.posts)} {report.posts === 1 ? "post" : "posts"} by {formatExact(report.collaborations)}{" "}
        {report.collaborations === 1 ? "creator" : "creators"} · reach{" "}
        {report.reported.reach ? formatCount(report.totals.reach) : "— (not reported)"} · impressions{" "}
        {report.reported.impressions ? formatCount(report.totals.impressions) : "— (not reported)"}
        {report.impressionsFromViews ? ` (views stand in for impressions on ${formatExact(report.impressionsFromViews)} posts)` : ""}
      </p>
      <dl className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 md:grid-cols-3 lg:grid-cols-4">
        {KPI_RATES.map((k) => {
          const f = METRIC_FORMULAS[k];
          const reason = report.rates[k] === null ? report.missing[k] : undefined;
          return (
            // A <div> groups each term with its descriptions: <dl> may hold only dt/dd groups in divs (axe).
            <div key={k} className="grid gap-1 rounded-lg border bg-card p-3 text-card-foreground shadow-xs" data-testid={`kpi-${k}`}>
              <dt className="text-xs text-muted-foreground">{f.label}</dt>
              <dd className="text-xl font-semibold tabular-nums">{formatRate(report, k)}</dd>
              {reason ? <dd className="text-xs text-muted-foreground">{reason}</dd> : null}
              <dd className="text-[11px] text-muted-foreground">= {f.formula}</dd>
              {f.benchmark ? <dd className="text-[11px] text-muted-foreground">{f.benchmark}</dd> : null}
            </div>
          );
        })}
      </dl>
    </div>
  );
}
