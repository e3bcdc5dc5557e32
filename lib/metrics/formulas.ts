/**
 * The formula behind every metric, for display next to the number ("metric math that shows its
 * formula"). The strings describe exactly what the functions in this module compute.
 */

/** Where a formula or benchmark comes from: the seed article, or general industry convention. */
export type MetricSource = "seed" | "industry";

/** How a metric's value is expressed: a percentage (already × 100), money in currency units, or a plain ratio. */
export type MetricUnit = "percent" | "money" | "ratio";

/** How one metric is defined and where the definition comes from, for display beside its value. */
export interface MetricFormula {
  /** Human label for the metric. */
  readonly label: string;
  /** The formula, with ÷ and × as shown to users. */
  readonly formula: string;
  readonly unit: MetricUnit;
  /** Where the definition comes from. */
  readonly source: MetricSource;
  /** True when the figure is an estimate and must be labelled so wherever shown. */
  readonly estimate: boolean;
  /** The published benchmark, with its source, if any. */
  readonly benchmark?: string;
}

/** Every metric key with a formula in {@link METRIC_FORMULAS}. */
export type MetricKey =
  | "engagementRate"
  | "engagementRateByReach"
  | "engagementRateByImpressions"
  | "storyCompletionRate"
  | "ctr"
  | "cpm"
  | "cpe"
  | "cpc"
  | "cpa"
  | "roi"
  | "roas"
  | "emv";

/**
 * One entry per metric: label, formula, unit, source (seed / industry), estimate flag and benchmark.
 * A metric whose denominator is 0 or unknown is shown as "—" (undefined), never as 0.
 */
export const METRIC_FORMULAS: Readonly<Record<MetricKey, MetricFormula>> = Object.freeze({
  engagementRate: Object.freeze({
    label: "Engagement rate (by followers)",
    formula: "(likes + comments [+ shares + saves]) ÷ followers × 100",
    unit: "percent",
    source: "industry",
    estimate: false,
    benchmark: "Seed: micro-influencers typically 7–20 %, macro about 5 %",
  }),
  engagementRateByReach: Object.freeze({
    label: "Engagement rate by reach (ERR)",
    formula: "(likes + comments + saves) ÷ reach × 100",
    unit: "percent",
    source: "seed",
    estimate: false,
    benchmark: "Seed: above 2 % is solid, above 5 % is exceptional",
  }),
  engagementRateByImpressions: Object.freeze({
    label: "Engagement rate by impressions",
    formula: "(likes + comments + saves + shares) ÷ impressions × 100",
    unit: "percent",
    source: "industry",
    estimate: false,
  }),
  storyCompletionRate: Object.freeze({
    label: "Story completion rate",
    formula: "views of last frame ÷ views of first frame × 100",
    unit: "percent",
    source: "seed",
    estimate: false,
    benchmark: "Seed: 70 % or more is strong",
  }),
  ctr: Object.freeze({
    label: "Click-through rate (CTR)",
    formula: "clicks ÷ impressions × 100",
    unit: "percent",
    source: "industry",
    estimate: false,
    benchmark: "Seed: beauty 1.5–2.5 %, fashion 1–2 %, food & beverage 2–3 %, tech 1.8–2.8 %",
  }),
  cpm: Object.freeze({
    label: "Cost per 1,000 impressions (CPM)",
    formula: "cost ÷ impressions × 1,000",
    unit: "money",
    source: "industry",
    estimate: false,
    benchmark: "Seed case: $5.13 CPM on 3,414,400 impressions; $2 CPM with Spark Ads",
  }),
  cpe: Object.freeze({
    label: "Cost per engagement (CPE)",
    formula: "cost ÷ engagements",
    unit: "money",
    source: "industry",
    estimate: false,
  }),
  cpc: Object.freeze({
    label: "Cost per click (CPC)",
    formula: "cost ÷ clicks",
    unit: "money",
    source: "industry",
    estimate: false,
  }),
  cpa: Object.freeze({
    label: "Cost per acquisition (CPA)",
    formula: "cost ÷ conversions",
    unit: "money",
    source: "industry",
    estimate: false,
  }),
  roi: Object.freeze({
    label: "Return on investment (ROI)",
    formula: "(revenue − cost) ÷ cost × 100",
    unit: "percent",
    source: "industry",
    estimate: false,
  }),
  roas: Object.freeze({
    label: "Return on ad spend (ROAS)",
    formula: "revenue ÷ cost",
    unit: "ratio",
    source: "industry",
    estimate: false,
  }),
  emv: Object.freeze({
    label: "Earned media value (EMV, estimate)",
    formula: "impressions × CPM ÷ 1,000 (estimate)",
    unit: "money",
    source: "industry",
    estimate: true,
  }),
});
