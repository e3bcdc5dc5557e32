/**
 * Engagement rates (README "Domain rules": Engagement, Metrics). Three definitions coexist in the industry and give very
 * different numbers, so each has its own function and the UI shows which one a figure uses
 * (see METRIC_FORMULAS and {@link engagementRateFormula}).
 */

import { nonNegative, nonNegativeOrNull, ratio, type Maybe } from "./validate";

export interface EngagementByFollowersInput {
  likes: number | null;
  comments: number | null;
  /** Included in the numerator only when given (a number). null/omitted = not part of the formula. */
  shares?: Maybe<number>;
  /** Included in the numerator only when given (a number). null/omitted = not part of the formula. */
  saves?: Maybe<number>;
  followers: number | null;
}

/**
 * Engagement rate by followers, in %.
 * Formula: (likes + comments [+ shares] [+ saves]) ÷ followers × 100; shares and saves are added
 * only when given, so record which numerator was used ({@link engagementRateFormula}).
 * Source: industry convention; seed benchmark: micro 7–20 %, macro about 5 %.
 * At followers 0: null. At null likes, comments or followers: null. At 0 engagements: 0.
 * Can exceed 100 (an engagement is not a unique follower).
 * Throws RangeError naming the field for a negative or non-finite count.
 */
export function engagementRate(input: EngagementByFollowersInput): number | null {
  const likes = nonNegativeOrNull("likes", input.likes);
  const comments = nonNegativeOrNull("comments", input.comments);
  const shares = nonNegativeOrNull("shares", input.shares);
  const saves = nonNegativeOrNull("saves", input.saves);
  const followers = nonNegativeOrNull("followers", input.followers);
  if (likes === null || comments === null) return null;
  const engagements = likes + comments + (shares ?? 0) + (saves ?? 0);
  return ratio("engagementRate", engagements, followers, 100);
}

/**
 * The formula {@link engagementRate} used for this input, for display beside the number.
 * Formula: "(likes + comments[ + shares][ + saves]) ÷ followers × 100".
 * At null/omitted shares and saves: "(likes + comments) ÷ followers × 100". Never throws.
 */
export function engagementRateFormula(input: { shares?: Maybe<number>; saves?: Maybe<number> }): string {
  const parts = ["likes", "comments"];
  if (input.shares !== null && input.shares !== undefined) parts.push("shares");
  if (input.saves !== null && input.saves !== undefined) parts.push("saves");
  return `(${parts.join(" + ")}) ÷ followers × 100`;
}

export interface EngagementByReachInput {
  likes: number | null;
  comments: number | null;
  saves: number | null;
  reach: number | null;
}

/**
 * ERR, engagement rate by reach, in %.
 * Formula: (likes + comments + saves) ÷ reach × 100. Source: seed ("Track metrics that actually
 * matter"); benchmark via {@link rateErr}: above 2 % solid, above 5 % exceptional.
 * At reach 0: null. At any null input: null. At 0 engagements with reach > 0: 0.
 * Grows monotonically with likes, comments and saves at a fixed reach.
 * Throws RangeError naming the field for a negative or non-finite count.
 */
export function engagementRateByReach(input: EngagementByReachInput): number | null {
  const likes = nonNegativeOrNull("likes", input.likes);
  const comments = nonNegativeOrNull("comments", input.comments);
  const saves = nonNegativeOrNull("saves", input.saves);
  const reach = nonNegativeOrNull("reach", input.reach);
  if (likes === null || comments === null || saves === null) return null;
  return ratio("engagementRateByReach", likes + comments + saves, reach, 100);
}

/**
 * Engagement rate by impressions, in %.
 * Formula: engagements ÷ impressions × 100 (for video some vendors use views as the denominator;
 * pass views as `impressions` and label it so). In aggregateMetrics, engagements =
 * likes + comments + saves + shares.
 * Source: industry convention.
 * At impressions 0: null. At null input: null. At 0 engagements with impressions > 0: 0.
 * Throws RangeError naming the field for a negative or non-finite count.
 */
export function engagementRateByImpressions(input: { engagements: number | null; impressions: number | null }): number | null {
  const engagements = nonNegativeOrNull("engagements", input.engagements);
  const impressions = nonNegativeOrNull("impressions", input.impressions);
  return ratio("engagementRateByImpressions", engagements, impressions, 100);
}

/** Seed ERR benchmark thresholds, in %: strictly above `solid` is solid, strictly above `exceptional` is exceptional. */
export const ERR_THRESHOLDS = Object.freeze({ solid: 2, exceptional: 5 });

/** How an ERR compares with the seed's benchmark. */
export type ErrRating = "exceptional" | "solid" | "below";

/**
 * Rates an ERR (in %) against the seed benchmark.
 * Formula: err > 5 → 'exceptional'; err > 2 → 'solid'; otherwise 'below'.
 * Boundaries: exactly 2 → 'below'; just above 2 → 'solid'; exactly 5 → 'solid'; just above 5 →
 * 'exceptional'. At 0: 'below'. At null: null. Source: seed ("above 2 % is solid, above 5 % is
 * exceptional").
 * Throws RangeError naming `err` for a negative or non-finite value.
 */
export function rateErr(err: number | null): ErrRating | null {
  if (err === null) return null;
  const value = nonNegative("err", err);
  if (value > ERR_THRESHOLDS.exceptional) return "exceptional";
  if (value > ERR_THRESHOLDS.solid) return "solid";
  return "below";
}
