/**
 * The seed guide's typical micro-influencer prices per deliverable (README "Domain rules": Rates). A starting point for
 * budgeting, not a quote: the figures are the seed's, in USD.
 */

/** A price range for one deliverable, in currency units. */
export interface RateCardEntry {
  readonly low: number;
  readonly high: number;
  readonly unit: "post" | "video" | "tweet";
  readonly currency: "USD";
}

/**
 * Micro-influencer rates per deliverable (seed, "They're more affordable"):
 * instagram $100–$500/post, youtube $200–$1,000/video, tiktok $25–$125/video,
 * twitter $20–$100/tweet, facebook $250–$1,250/post.
 * Twitch, Pinterest and blogs have no figure in the seed and are absent on purpose.
 */
export const MICRO_RATE_CARD = Object.freeze({
  instagram: Object.freeze({ low: 100, high: 500, unit: "post", currency: "USD" }),
  youtube: Object.freeze({ low: 200, high: 1_000, unit: "video", currency: "USD" }),
  tiktok: Object.freeze({ low: 25, high: 125, unit: "video", currency: "USD" }),
  twitter: Object.freeze({ low: 20, high: 100, unit: "tweet", currency: "USD" }),
  facebook: Object.freeze({ low: 250, high: 1_250, unit: "post", currency: "USD" }),
}) satisfies Readonly<Record<string, RateCardEntry>>;

/** A platform with a micro-influencer rate in the seed. */
export type RateCardPlatform = keyof typeof MICRO_RATE_CARD;

/**
 * The seed's micro-influencer price range for one deliverable on `platform`.
 * Formula: lookup in {@link MICRO_RATE_CARD}; returns { low, high, unit, currency: 'USD' } (frozen).
 * At a platform not in the card (twitch, pinterest, blog, or any other string, including
 * prototype names such as "toString"): null. Matching is exact (lower-case ids). Never throws.
 * Source: seed.
 */
export function estimateMicroRate(platform: RateCardPlatform | (string & {})): RateCardEntry | null {
  if (!Object.hasOwn(MICRO_RATE_CARD, platform)) return null;
  return MICRO_RATE_CARD[platform as RateCardPlatform];
}
