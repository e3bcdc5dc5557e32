/**
 * Click-through rate and the seed guide's industry CTR averages (README "Domain rules": Metrics).
 */

import { nonNegative, nonNegativeOrNull, ratio } from "./validate";

/**
 * CTR, in %.
 * Formula: clicks ÷ impressions × 100. Source: industry convention; benchmarks from the seed.
 * At impressions 0: null. At null clicks or impressions: null. At 0 clicks with impressions > 0: 0.
 * Throws RangeError naming the field for a negative or non-finite count.
 */
export function ctr(input: { clicks: number | null; impressions: number | null }): number | null {
  const clicks = nonNegativeOrNull("clicks", input.clicks);
  const impressions = nonNegativeOrNull("impressions", input.impressions);
  return ratio("ctr", clicks, impressions, 100);
}

/** An inclusive CTR range, in %. */
export interface CtrBenchmark {
  readonly low: number;
  readonly high: number;
}

/**
 * Industry CTR averages from the seed ("Click-through rate (CTR): industry averages"), in %:
 * beauty 1.5–2.5, fashion 1–2, food_beverage 2–3, tech 1.8–2.8.
 */
export const CTR_BENCHMARKS = Object.freeze({
  beauty: Object.freeze({ low: 1.5, high: 2.5 }),
  fashion: Object.freeze({ low: 1, high: 2 }),
  food_beverage: Object.freeze({ low: 2, high: 3 }),
  tech: Object.freeze({ low: 1.8, high: 2.8 }),
}) satisfies Readonly<Record<string, CtrBenchmark>>;

/** An industry the seed gives a CTR average for. */
export type CtrIndustry = keyof typeof CTR_BENCHMARKS;

/** How a CTR compares with its industry's range. */
export type CtrComparison = "below" | "within" | "above";

/** True when the seed has a CTR benchmark for `industry` (own keys only: "toString" is not an industry). */
export function isCtrIndustry(industry: string): industry is CtrIndustry {
  return Object.hasOwn(CTR_BENCHMARKS, industry);
}

/**
 * Compares a CTR (in %) with the seed's range for an industry; both bounds are inclusive.
 * Formula: ctr < low → 'below'; ctr > high → 'above'; low ≤ ctr ≤ high → 'within'.
 * Boundaries (beauty): 1.5 → 'within', 2.5 → 'within', just below 1.5 → 'below', just above 2.5
 * → 'above'. At 0: 'below'. At null ctr: null. At an industry without a seed benchmark
 * (e.g. "pets"): null — there is nothing honest to compare with.
 * Throws RangeError naming `ctr` for a negative or non-finite value. Source: seed.
 */
export function compareCtr(ctrValue: number | null, industry: CtrIndustry | (string & {})): CtrComparison | null {
  if (ctrValue === null) return null;
  const value = nonNegative("ctr", ctrValue);
  if (!isCtrIndustry(industry)) return null;
  const { low, high } = CTR_BENCHMARKS[industry];
  if (value < low) return "below";
  if (value > high) return "above";
  return "within";
}
