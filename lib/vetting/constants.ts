/**
 * Tunable numbers of the authenticity assessment, in one place so they can be reviewed, tested and
 * later made workspace configuration. Sources: README "Domain rules": Engagement (benchmarks) and Vetting (vendor
 * signals: HypeAuditor AQS, Modash credibility).
 */

import type { Tier } from "@/lib/metrics";
import type { Platform } from "@/lib/vocabulary";

/** The five signals, in the order reasons are listed when their points tie. */
export const AUTHENTICITY_SIGNALS = ["engagement", "followerSpikes", "comments", "followRatio", "profile"] as const;
export type AuthenticitySignal = (typeof AUTHENTICITY_SIGNALS)[number];

/**
 * Points each signal adds to the risk score at full strength (strength 1); they sum to 100, so the
 * score is Σ weight × strength, 0–100. Why this order: engagement far below the norm is the signal
 * vendors lean on most and the hardest to fake cheaply; bought followers show as spikes; bot
 * comments are direct evidence but samples are small; a mass-follow ratio is a habit some real
 * creators have; an incomplete profile is weak evidence on its own. No single signal reaches the
 * high level (60) alone: engagement at its strongest gives 35, medium; high needs corroboration.
 */
export const AUTHENTICITY_WEIGHTS: Readonly<Record<AuthenticitySignal, number>> = Object.freeze({
  engagement: 35,
  followerSpikes: 25,
  comments: 20,
  followRatio: 15,
  profile: 5,
});

/** Score → level: below `medium` is low, below `high` is medium, `high` and above is high. */
export const AUTHENTICITY_LEVEL_THRESHOLDS = Object.freeze({ medium: 30, high: 60 });

export interface EngagementNorm {
  /** Low end of the typical range, %: the lowest published benchmark (HypeAuditor 2026, Instagram). */
  typicalLow: number;
  /** High end of the typical range, %: the seed's figures where it gives one. */
  typicalHigh: number;
  /** Below this rate, %, engagement counts as far below the norm: half of `typicalLow`. */
  farBelow: number;
}

/**
 * Expected engagement rate by followers, per tier, for Instagram and TikTok.
 *
 * The published figures disagree by an order of magnitude (seed: micro 7–20 %, macro ~5 %;
 * HypeAuditor 2026 medians: nano 1.78 %, micro 0.54 %, 1M+ 0.33 %). To avoid flagging real
 * accounts, "far below" is set conservatively at **half of the lowest benchmark**: an account is
 * flagged only when it engages less than half as much as even HypeAuditor's median.
 * Tier none (< 1,000) has no published figure and reuses nano's; macro (~0.4 %) is interpolated
 * between micro and 1M+; mega's typical high (3 %) is an estimate, used only in messages.
 */
export const ENGAGEMENT_NORMS: Readonly<Record<Tier, EngagementNorm>> = Object.freeze({
  none: { typicalLow: 1.8, typicalHigh: 8, farBelow: 0.9 },
  nano: { typicalLow: 1.8, typicalHigh: 8, farBelow: 0.9 },
  micro: { typicalLow: 0.54, typicalHigh: 7, farBelow: 0.27 },
  macro: { typicalLow: 0.4, typicalHigh: 5, farBelow: 0.2 },
  mega: { typicalLow: 0.33, typicalHigh: 3, farBelow: 0.165 },
});

/**
 * Platforms the engagement norms apply to. On YouTube, Twitter/X, Facebook, Twitch, Pinterest and
 * blogs, engagement per follower is structurally far lower (or measured per view), so comparing them
 * with Instagram norms would flag honest accounts: the signal is reported as not assessed there.
 */
export const ENGAGEMENT_NORM_PLATFORMS: ReadonlySet<Platform> = new Set(["instagram", "tiktok"]);

/** Rules of findFollowerSpikes (spikes.ts). */
export interface SpikeRules {
  /** Growth over one interval, in %, that is a spike (inclusive) when the interval is at most `maxGapDays` long. */
  minJumpPct: number;
  maxGapDays: number;
  /** A period-normalised daily growth above `medianMultiple` × the history's median daily growth… */
  medianMultiple: number;
  /** …and at least this much per day, in %, is a spike whatever the interval length… */
  minDailyPct: number;
  /** …provided the history has at least this many intervals to take a median from. */
  minIntervalsForMedian: number;
  /** Gains smaller than this many followers are never spikes (noise on tiny accounts). */
  minGain: number;
  /** A spike of this growth, in %, or more adds full strength; smaller ones add proportionally. */
  fullRiskGrowthPct: number;
}

export const SPIKE_RULES: Readonly<SpikeRules> = Object.freeze({
  minJumpPct: 20,
  maxGapDays: 7,
  medianMultiple: 5,
  minDailyPct: 1.5,
  minIntervalsForMedian: 4,
  minGain: 100,
  fullRiskGrowthPct: 50,
});

/** Mass-follow pattern (README "Domain rules": Vetting): following above `minFollowing` and following ÷ followers above `minRatio`. */
export const FOLLOW_RATIO_RULES = Object.freeze({
  minFollowing: 1_500,
  minRatio: 1,
  /** Strength is 0.5 just above `minRatio` and reaches 1 at this ratio. */
  fullRiskRatio: 3,
});

/** Comment-sample rules: share = (emoji-only + generic) ÷ sampled comments. */
export const COMMENT_RULES = Object.freeze({
  /** Fewer sampled comments than this: not assessed (a share of 3 comments means nothing). */
  minSample: 10,
  /** Share at or below which the signal adds nothing (real audiences post emoji too). */
  shareFloor: 0.3,
  /** Share at or above which the signal is at full strength; linear in between. */
  shareFull: 0.8,
});

/** Profile completeness: each issue adds a third of the signal's strength. */
export const PROFILE_RULES = Object.freeze({
  /** "Very few posts": fewer than this many… */
  minPosts: 5,
  /** …while having at least this many followers (a new small account with few posts is normal). */
  minFollowersForPostCheck: 1_000,
});
