/**
 * What a report's summary shows, in words, for the web page and the PDF alike: each KPI with its
 * value formatted, its formula (lib/metrics METRIC_FORMULAS), and either the reason it is "—" or its
 * benchmark. Pure: formatting only.
 */
import { rateErr } from "../metrics/engagement";
import { formatCount, formatMoney, formatPercent, formatRatio } from "../metrics/format";
import { METRIC_FORMULAS, type MetricKey } from "../metrics/formulas";
import type { ReportData, ReportRateKey } from "./types";

export type ReportKpi = {
  key: ReportRateKey;
  /** Short label ("ERR"). */
  label: string;
  /** Full name ("Engagement rate by reach (ERR)"). */
  name: string;
  value: string;
  formula: string;
  /** Why the value is "—", or the benchmark and the band ("solid"), or null. */
  note: string | null;
};

const SHORT: Record<ReportRateKey, string> = {
  engagementRateByReach: "ERR",
  engagementRateByImpressions: "Engagement by impressions",
  ctr: "CTR",
  cpm: "CPM",
  cpe: "CPE",
  cpc: "CPC",
  cpa: "CPA",
  roi: "ROI",
  roas: "ROAS",
};

/** Rates carry two decimals, as on the Results tab and the Analytics page, so a client reads the same figure in both. */
export const RATE_DIGITS = 2;

const ERR_BAND = { exceptional: "exceptional (above 5 %)", solid: "solid (above 2 %)", below: "at or below the seed’s 2 % bar" } as const;

/** The rates of the summary, in order, formatted with their formulas. */
export function reportKpis(data: ReportData): ReportKpi[] {
  return (Object.keys(SHORT) as ReportRateKey[]).map((key) => {
    const f = METRIC_FORMULAS[key as MetricKey];
    const v = data.rates[key];
    const value =
      f.unit === "percent" ? formatPercent(v, RATE_DIGITS) : f.unit === "money" ? formatMoney(v, data.currency) : formatRatio(v);
    let note: string | null = null;
    if (v === null) note = data.missing[key] ?? "not enough data";
    else if (key === "engagementRateByReach") {
      const band = rateErr(v);
      note = band ? `Seed band: ${ERR_BAND[band]}` : null;
    } else note = f.benchmark ?? null;
    return { key, label: SHORT[key], name: f.label, value, formula: f.formula, note };
  });
}

/** The headline counts (posts, reach, impressions, engagements, clicks, conversions, cost, revenue). */
export function reportCounts(data: ReportData): { label: string; value: string }[] {
  const t = data.totals;
  return [
    { label: "Posts", value: `${t.posts}` },
    { label: "Reach", value: formatCount(t.reach) },
    { label: "Impressions", value: formatCount(t.impressions) },
    { label: "Engagements", value: formatCount(t.engagements) },
    { label: "Clicks", value: formatCount(t.clicks) },
    { label: "Conversions", value: formatCount(Math.round(t.conversions)) },
    { label: "Cost", value: formatMoney(t.cost, data.currency) },
    { label: "Revenue", value: formatMoney(t.revenue, data.currency) },
  ];
}

/** "Campaign: Summer Glow · 1 Oct 2026 – 31 Oct 2026" style period line. */
export function reportPeriod(data: ReportData): string {
  const { from, to } = data.period;
  if (!from && !to) return "All time";
  return `${from ?? "start"} to ${to ?? "today"}`;
}

export { formatCount, formatMoney, formatPercent };
