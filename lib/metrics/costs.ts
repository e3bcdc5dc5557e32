/**
 * Cost and return metrics (README "Domain rules": Metrics). Money is a plain number in one currency unit
 * (e.g. dollars, not cents); convert at the edges with toMinorUnits / fromMinorUnits.
 */

import { nonNegativeOrNull, ratio } from "./validate";

/**
 * CPM, cost per 1,000 impressions, in currency units.
 * Formula: cost ÷ impressions × 1,000. Source: industry convention; seed case: skincare campaign
 * 3,414,400 impressions at $5.13 CPM (cost ≈ $17,515.87); $2 CPM with Spark Ads.
 * At impressions 0: null. At null cost or impressions: null. At cost 0 with impressions > 0: 0.
 * Throws RangeError naming the field for a negative or non-finite cost or count.
 */
export function cpm(input: { cost: number | null; impressions: number | null }): number | null {
  const cost = nonNegativeOrNull("cost", input.cost);
  const impressions = nonNegativeOrNull("impressions", input.impressions);
  return ratio("cpm", cost, impressions, 1000);
}

/**
 * CPE, cost per engagement, in currency units.
 * Formula: cost ÷ engagements. Source: industry convention.
 * At engagements 0: null. At null input: null. At cost 0 with engagements > 0: 0.
 * Throws RangeError naming the field for a negative or non-finite cost or count.
 */
export function cpe(input: { cost: number | null; engagements: number | null }): number | null {
  const cost = nonNegativeOrNull("cost", input.cost);
  const engagements = nonNegativeOrNull("engagements", input.engagements);
  return ratio("cpe", cost, engagements);
}

/**
 * CPC, cost per click, in currency units.
 * Formula: cost ÷ clicks. Source: industry convention.
 * At clicks 0: null. At null input: null. At cost 0 with clicks > 0: 0.
 * Throws RangeError naming the field for a negative or non-finite cost or count.
 */
export function cpc(input: { cost: number | null; clicks: number | null }): number | null {
  const cost = nonNegativeOrNull("cost", input.cost);
  const clicks = nonNegativeOrNull("clicks", input.clicks);
  return ratio("cpc", cost, clicks);
}

/**
 * CPA, cost per acquisition (conversion, e.g. a discount-code use), in currency units.
 * Formula: cost ÷ conversions. Source: industry convention; seed KPI "discount code usage".
 * At conversions 0: null. At null input: null. At cost 0 with conversions > 0: 0.
 * Throws RangeError naming the field for a negative or non-finite cost or count.
 */
export function cpa(input: { cost: number | null; conversions: number | null }): number | null {
  const cost = nonNegativeOrNull("cost", input.cost);
  const conversions = nonNegativeOrNull("conversions", input.conversions);
  return ratio("cpa", cost, conversions);
}

/**
 * ROI, return on investment, in %.
 * Formula: (revenue − cost) ÷ cost × 100. Source: industry convention; seed: "actual ROI".
 * At cost 0: null. At null revenue or cost: null. At revenue 0 with cost > 0: −100.
 * At revenue = cost: 0. Negative whenever revenue < cost (the only rate here that can be negative).
 * Throws RangeError naming the field for a negative or non-finite revenue or cost.
 */
export function roi(input: { revenue: number | null; cost: number | null }): number | null {
  const revenue = nonNegativeOrNull("revenue", input.revenue);
  const cost = nonNegativeOrNull("cost", input.cost);
  if (revenue === null || cost === null) return null;
  const value = ratio("roi", revenue - cost, cost, 100);
  // (revenue − cost) × 100 ÷ cost can round to −100.00000000000001 when revenue is 0; ROI can't
  // be below −100 (you can't lose more than you spent).
  return value === null ? null : Math.max(-100, value);
}

/**
 * ROAS, return on ad spend, as a ratio (3 means $3 of revenue per $1 spent), not a percentage.
 * Formula: revenue ÷ cost. Source: industry convention.
 * At cost 0: null. At null input: null. At revenue 0 with cost > 0: 0. At revenue = cost: 1.
 * Throws RangeError naming the field for a negative or non-finite revenue or cost.
 */
export function roas(input: { revenue: number | null; cost: number | null }): number | null {
  const revenue = nonNegativeOrNull("revenue", input.revenue);
  const cost = nonNegativeOrNull("cost", input.cost);
  return ratio("roas", revenue, cost);
}

/**
 * EMV, earned media value — an ESTIMATE: what the impressions would have cost at a given CPM.
 * The method is disputed in the industry; label the figure "estimated" wherever it is shown.
 * Formula: impressions × cpm ÷ 1,000, in currency units. Source: industry (vendor) convention.
 * At impressions 0 or cpm 0: 0 (no denominator, so never null for known inputs).
 * At null impressions or cpm: null.
 * Throws RangeError naming the field for a negative or non-finite value.
 */
export function emv(input: { impressions: number | null; cpm: number | null }): number | null {
  const impressions = nonNegativeOrNull("impressions", input.impressions);
  const cpmValue = nonNegativeOrNull("cpm", input.cpm);
  if (impressions === null || cpmValue === null) return null;
  return ratio("emv", impressions * cpmValue, 1000);
}
