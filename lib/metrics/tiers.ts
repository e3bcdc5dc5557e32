/**
 * Influencer tiers by follower count (README "Domain rules": Tiers). The bounds are configuration:
 * the default is the seed guide's; a workspace may override them because vendors cut
 * differently (HypeAuditor ends micro at 50k, Later puts macro at 100k–500k).
 */

import { nonNegative } from "./validate";

/** Every tier, smallest first. `none` is "below nano". */
export const TIERS = Object.freeze(["none", "nano", "micro", "macro", "mega"] as const);

/** One of {@link TIERS}. */
export type Tier = (typeof TIERS)[number];

/**
 * The inclusive lower bound (in followers) of each tier above `none`.
 * Must be positive safe integers, strictly increasing: nano < micro < macro < mega.
 */
export interface TierBounds {
  readonly nano: number;
  readonly micro: number;
  readonly macro: number;
  readonly mega: number;
}

/**
 * Default bounds (seed guide; README "Domain rules": Tiers): nano 1,000 · micro 10,000 · macro 100,000 · mega 1,000,000.
 * Lower bounds are inclusive, so 10,000 followers is micro and 9,999 is nano.
 */
export const DEFAULT_TIER_BOUNDS: TierBounds = Object.freeze({
  nano: 1_000,
  micro: 10_000,
  macro: 100_000,
  mega: 1_000_000,
});

const BOUND_KEYS = ["nano", "micro", "macro", "mega"] as const;

/**
 * Merges a workspace's overrides onto {@link DEFAULT_TIER_BOUNDS} and validates the result.
 * Formula: { ...DEFAULT_TIER_BOUNDS, ...overrides } (keys whose value is undefined are ignored).
 * At undefined / {}: returns DEFAULT_TIER_BOUNDS itself.
 * Throws RangeError naming the bound when one is not a positive safe integer, or when the merged
 * bounds are not strictly increasing (e.g. { macro: 5_000 } leaves micro 10,000 ≥ macro 5,000).
 * Returns a frozen object.
 */
export function resolveTierBounds(overrides?: Partial<TierBounds>): TierBounds {
  if (overrides === undefined) return DEFAULT_TIER_BOUNDS;
  const merged = { ...DEFAULT_TIER_BOUNDS };
  let changed = false;
  for (const key of BOUND_KEYS) {
    const value = overrides[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`bounds.${key} must be a positive whole number of followers, got ${String(value)}`);
    }
    merged[key] = value;
    changed = true;
  }
  if (!changed) return DEFAULT_TIER_BOUNDS;
  for (let i = 1; i < BOUND_KEYS.length; i++) {
    const lower = BOUND_KEYS[i - 1]!;
    const upper = BOUND_KEYS[i]!;
    if (merged[lower] >= merged[upper]) {
      throw new RangeError(`bounds must increase: bounds.${lower} (${merged[lower]}) must be below bounds.${upper} (${merged[upper]})`);
    }
  }
  return Object.freeze(merged);
}

/**
 * The tier of an account with `followers` followers.
 * Formula: the largest tier whose lower bound ≤ followers; `none` below bounds.nano.
 * With the defaults: 0–999 → none, 999 → none, 1,000 → nano, 9,999 → nano, 10,000 → micro,
 * 99,999 → micro, 100,000 → macro, 999,999 → macro, 1,000,000 and above → mega.
 * At 0: `none`. At null: null (an unknown follower count has no tier).
 * Throws RangeError naming `followers` for a negative, fractional or non-finite count, and
 * RangeError naming the bound for invalid custom bounds (see {@link resolveTierBounds}).
 * Source: the seed guide; custom bounds: vendor cuts (HypeAuditor, Later).
 */
export function classifyTier(followers: number, bounds?: Partial<TierBounds>): Tier;
export function classifyTier(followers: number | null, bounds?: Partial<TierBounds>): Tier | null;
export function classifyTier(followers: number | null, bounds?: Partial<TierBounds>): Tier | null {
  const b = resolveTierBounds(bounds);
  if (followers === null) return null;
  const count = nonNegative("followers", followers);
  if (!Number.isInteger(count)) {
    throw new RangeError(`followers must be a whole number, got ${count}`);
  }
  if (count >= b.mega) return "mega";
  if (count >= b.macro) return "macro";
  if (count >= b.micro) return "micro";
  if (count >= b.nano) return "nano";
  return "none";
}
