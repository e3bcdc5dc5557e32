// A table of KPIs per group (campaign, platform, tier, creator): the sums and every rate, each rate
// headed by its formula and shown as "—" with its reason when an input is missing. Server component.
import type { RollupReport } from "@/lib/analytics/rates";
import { formatCount, formatMoney, formatPercent, formatRatio, METRIC_FORMULAS } from "@/lib/metrics";

export type KpiRate = "engagementRateByReach" | "ctr" | "cpm" | "cpe" | "cpa" | "roi" | "roas";

/** The rates the analytics tables show, in order. */
export const KPI_RATES: readonly KpiRate[] = ["engagementRateByReach", "ctr", "cpm", "cpe", "cpa", "roi", "roas"];

const SHORT: Record<KpiRate, string> = {
  engagementRateByReach: "ERR",
  ctr: "CTR",
  cpm: "CPM",
  cpe: "CPE",
  cpa: "CPA",
  roi: "ROI",
  roas: "ROAS",
};

/** A rate as text: percent, money in the group's currency, or a ratio; "—" when null. */
export function formatRate(r: RollupReport, k: KpiRate): string {
  const v = r.rates[k];
  const unit = METRIC_FORMULAS[k].unit;
  if (v === null) return "—";
  if (unit === "percent") return formatPercent(v, 2);
  if (unit === "money") return r.currency ? formatMoney(v, r.currency) : "—";
  return formatRatio(v);
}

export function RateCell({ report, rate }: { report: RollupReport; rate: KpiRate }) {
  const reason = report.missing[rate];
  return (
    <td className="px-2 py-1.5 text-right align-top tabular-nums">
      {formatRate(report, rate)}
      {report.rates[rate] === null && reason ? (
        <span className="block text-[11px] leading-tight text-muted-foreground">{reason}</span>
      ) : null}
    </td>
  );
}

export function KpiTable({
  caption,
  rows,
  nameHeader,
  name,
  testId,
}: {
  caption: string;
  rows: readonly RollupReport[];
  nameHeader: string;
  name: (r: RollupReport) => React.ReactNode;
  testId?: string;
}) {
  return (
    // A labelled, focusable region: a keyboard user can scroll a table wider than the screen.
    <div className="relative overflow-x-auto rounded-md border" data-testid={testId} tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[56rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-muted text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="px-2 py-1.5 font-medium">
              {nameHeader}
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium">
              Posts
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium">
              Reach
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium">
              Impressions
            </th>
            {KPI_RATES.map((k) => (
              <th key={k} scope="col" className="px-2 py-1.5 text-right align-bottom font-medium">
                <abbr title={METRIC_FORMULAS[k].label} className="no-underline">
                  {SHORT[k]}
                </abbr>
                <span className="block text-[10px] leading-tight font-normal">{METRIC_FORMULAS[k].formula}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key ?? "all"} className="border-t">
              <th scope="row" className="px-2 py-1.5 text-left align-top font-medium">
                {name(r)}
              </th>
              <td className="px-2 py-1.5 text-right align-top tabular-nums">{r.posts}</td>
              <td className="px-2 py-1.5 text-right align-top tabular-nums">
                {r.reported.reach ? formatCount(r.totals.reach) : <span title="reach not reported">—</span>}
              </td>
              <td className="px-2 py-1.5 text-right align-top tabular-nums">
                {r.reported.impressions ? formatCount(r.totals.impressions) : <span title="impressions not reported">—</span>}
              </td>
              {KPI_RATES.map((k) => (
                <RateCell key={k} report={r} rate={k} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
