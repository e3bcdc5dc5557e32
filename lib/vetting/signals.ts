/**
 * The five authenticity signals, each turned into a strength from 0 (no sign of risk) to 1 (as
 * strong as this signal gets) with the sentence that explains it. Weighting happens in assess.ts.
 */

import { classifyTier, engagementRate, engagementRateFormula, type Tier, type TierBounds } from "@/lib/metrics";
import type { Platform } from "@/lib/vocabulary";

import { summarizeComments, type CommentSummary } from "./comments";
import {
  COMMENT_RULES,
  ENGAGEMENT_NORM_PLATFORMS,
  ENGAGEMENT_NORMS,
  FOLLOW_RATIO_RULES,
  PROFILE_RULES,
  SPIKE_RULES,
  type EngagementNorm,
} from "./constants";
import { count, day, pct, pctRange } from "./format";
import { findFollowerSpikes, type FollowerHistoryPoint, type FollowerSpike } from "./spikes";

export interface AuthenticityAccount {
  platform: Platform;
  /** Whole number ≥ 0. */
  followers: number;
  following?: number | null;
  posts?: number | null;
  avgLikes?: number | null;
  avgComments?: number | null;
  avgSaves?: number | null;
  /** Engagement rate by followers, in % (6.1 = 6.1 %). Preferred over the averages when given. */
  engagementRate?: number | null;
  /** undefined = not known (not judged); null or blank = the profile has no bio. */
  bio?: string | null;
  /** undefined/null = not known. */
  hasProfilePicture?: boolean | null;
}

/** One signal's outcome. Not assessed (missing data) → strength 0, reason null: missing data is never penalised. */
export interface SignalOutcome<Detail> {
  assessed: boolean;
  /** 0–1. */
  strength: number;
  /** Risk sentence with the numbers, or null when the signal found nothing. */
  reason: string | null;
  /** Why the signal was not assessed, when it was not. */
  note: string | null;
  detail: Detail;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const notAssessed = <D>(note: string, detail: D): SignalOutcome<D> => ({ assessed: false, strength: 0, reason: null, note, detail });

export interface EngagementDetail {
  rate: number | null;
  source: "given" | "computed" | null;
  /** The formula behind a computed rate. */
  formula: string | null;
  tier: Tier;
  norm: EngagementNorm;
}

/**
 * Engagement far below the tier norm ({@link ENGAGEMENT_NORMS}), Instagram and TikTok only.
 * Rate: `engagementRate` if given, else (avgLikes + avgComments [+ avgSaves]) ÷ followers × 100.
 * Strength: 0 at or above `farBelow`; below it 0.5 + 0.5 × (1 − rate ÷ farBelow), so 1 at 0 %.
 * Not assessed: another platform, no rate (missing averages, or 0 followers).
 */
export function engagementSignal(account: AuthenticityAccount, bounds?: Partial<TierBounds>): SignalOutcome<EngagementDetail> {
  const tier = classifyTier(account.followers, bounds);
  const norm = ENGAGEMENT_NORMS[tier];
  const given = account.engagementRate ?? null;
  const counts = {
    likes: account.avgLikes ?? null,
    comments: account.avgComments ?? null,
    saves: account.avgSaves ?? null,
    followers: account.followers,
  };
  const computed = given === null ? engagementRate(counts) : null;
  const rate = given ?? computed;
  const detail: EngagementDetail = {
    rate,
    source: given !== null ? "given" : computed !== null ? "computed" : null,
    formula: computed !== null ? engagementRateFormula(counts) : null,
    tier,
    norm,
  };
  if (!ENGAGEMENT_NORM_PLATFORMS.has(account.platform)) {
    return notAssessed(`Engagement norms are for Instagram and TikTok; not applied to ${account.platform} accounts.`, detail);
  }
  if (rate === null) return notAssessed("No engagement rate, and no average likes and comments to compute one.", detail);
  if (rate >= norm.farBelow) return { assessed: true, strength: 0, reason: null, note: null, detail };
  return {
    assessed: true,
    strength: 0.5 + 0.5 * (1 - rate / norm.farBelow),
    reason: `Engagement ${pct(rate)} is far below the ~${pctRange(norm.typicalLow, norm.typicalHigh)} typical for ${tier === "none" ? "accounts under 1,000 followers" : `${tier} accounts`} (flagged under ${pct(norm.farBelow)}).`,
    note: null,
    detail,
  };
}

/**
 * Follower spikes ({@link findFollowerSpikes}). Strength: Σ over spikes of
 * min(growth % ÷ `fullRiskGrowthPct` (50), 1), capped at 1: one 45 % jump → 0.9, two 20 % jumps → 0.8.
 * Not assessed: fewer than two history points.
 */
export function spikeSignal(
  history: readonly FollowerHistoryPoint[] | undefined,
): SignalOutcome<{ spikes: FollowerSpike[]; points: number }> {
  const spikes = history ? findFollowerSpikes(history) : [];
  const detail = { spikes, points: history?.length ?? 0 };
  if (!history || history.length < 2) return notAssessed("Fewer than two follower-history points.", detail);
  if (spikes.length === 0) return { assessed: true, strength: 0, reason: null, note: null, detail };
  const strength = clamp01(spikes.reduce((sum, s) => sum + Math.min(s.growthPct / SPIKE_RULES.fullRiskGrowthPct, 1), 0));
  const described = spikes
    .slice(0, 3)
    .map((s) =>
      s.days <= 1.5 ? `${pct(s.growthPct)} on ${day(s.date)}` : `${pct(s.growthPct)} between ${day(s.previousDate)} and ${day(s.date)}`,
    );
  const more = spikes.length > 3 ? ` (and ${spikes.length - 3} more spikes)` : "";
  const first = spikes[0];
  const from = spikes.length === 1 && first ? ` (from ${count(first.previousFollowers)} to ${count(first.followers)})` : "";
  return { assessed: true, strength, reason: `Followers jumped ${described.join(", ")}${from}${more}.`, note: null, detail };
}

/**
 * Mass-follow pattern: following > 1,500 and following ÷ followers > 1 (or 0 followers).
 * Strength: 0.5 + 0.25 × (ratio − 1), capped at 1 (reached at ratio 3); 1 with 0 followers.
 * Not assessed: following unknown.
 */
export function followRatioSignal(account: AuthenticityAccount): SignalOutcome<{ following: number | null; ratio: number | null }> {
  const following = account.following ?? null;
  const ratio = following === null || account.followers === 0 ? null : following / account.followers;
  const detail = { following, ratio };
  if (following === null) return notAssessed("Following count not known.", detail);
  const massFollow = following > FOLLOW_RATIO_RULES.minFollowing && (ratio === null || ratio > FOLLOW_RATIO_RULES.minRatio);
  if (!massFollow) return { assessed: true, strength: 0, reason: null, note: null, detail };
  const span = FOLLOW_RATIO_RULES.fullRiskRatio - FOLLOW_RATIO_RULES.minRatio;
  const strength = ratio === null ? 1 : clamp01(0.5 + (0.5 * (ratio - FOLLOW_RATIO_RULES.minRatio)) / span);
  const shown = ratio === null ? "" : ` (${ratio.toFixed(1)} follows per follower)`;
  return {
    assessed: true,
    strength,
    reason: `Follows ${count(following)} accounts but has ${count(account.followers)} followers${shown}: a mass-follow pattern.`,
    note: null,
    detail,
  };
}

/**
 * Emoji-only and generic comments in the sample ({@link classifyComment}).
 * Strength: 0 at a share ≤ 30 %, 1 at ≥ 80 %, linear in between.
 * Not assessed: no sample, or fewer than 10 comments.
 */
export function commentSignal(sample: readonly string[] | undefined): SignalOutcome<CommentSummary> {
  const summary = summarizeComments(sample ?? []);
  if (summary.total < COMMENT_RULES.minSample) {
    return notAssessed(`Comment sample too small (${summary.total} of at least ${COMMENT_RULES.minSample}).`, summary);
  }
  const share = summary.lowQualityShare ?? 0;
  const strength = clamp01((share - COMMENT_RULES.shareFloor) / (COMMENT_RULES.shareFull - COMMENT_RULES.shareFloor));
  if (strength === 0) return { assessed: true, strength, reason: null, note: null, detail: summary };
  const examples = summary.examples
    .slice(0, 2)
    .map((e) => `"${e}"`)
    .join(", ");
  return {
    assessed: true,
    strength,
    reason: `${pct(share * 100)} of ${summary.total} sampled comments are emoji-only or generic (e.g. ${examples}).`,
    note: null,
    detail: summary,
  };
}

/**
 * Profile completeness: no bio, no profile picture, fewer than 5 posts while having 1,000+
 * followers; each known issue adds 1/3. Not assessed: bio, picture and posts all unknown.
 */
export function profileSignal(account: AuthenticityAccount): SignalOutcome<{ issues: string[] }> {
  const issues: string[] = [];
  const known = account.bio !== undefined || account.hasProfilePicture != null || account.posts != null;
  if (account.bio !== undefined && (account.bio ?? "").trim() === "") issues.push("no bio");
  if (account.hasProfilePicture === false) issues.push("no profile picture");
  const posts = account.posts ?? null;
  if (posts !== null && posts < PROFILE_RULES.minPosts && account.followers >= PROFILE_RULES.minFollowersForPostCheck) {
    issues.push(`only ${count(posts)} ${posts === 1 ? "post" : "posts"} for ${count(account.followers)} followers`);
  }
  if (!known) return notAssessed("Bio, profile picture and post count not known.", { issues });
  if (issues.length === 0) return { assessed: true, strength: 0, reason: null, note: null, detail: { issues } };
  return {
    assessed: true,
    strength: clamp01(issues.length / 3),
    reason: `Profile is incomplete: ${issues.join(", ")}.`,
    note: null,
    detail: { issues },
  };
}
