/**
 * The authenticity (fake-follower) risk assessment: five vendor signals (README "Domain rules": Vetting), weighted
 * into one 0–100 risk score, always returned with the reasons behind it.
 */

import type { TierBounds } from "@/lib/metrics";

import { AUTHENTICITY_LEVEL_THRESHOLDS, AUTHENTICITY_SIGNALS, AUTHENTICITY_WEIGHTS, type AuthenticitySignal } from "./constants";
import {
  commentSignal,
  engagementSignal,
  followRatioSignal,
  profileSignal,
  spikeSignal,
  type AuthenticityAccount,
  type SignalOutcome,
} from "./signals";
import type { FollowerHistoryPoint } from "./spikes";

export type AuthenticityLevel = "low" | "medium" | "high";

export interface AuthenticityInput {
  account: AuthenticityAccount;
  /** Follower counts over time, any order; dates are ISO strings passed in (the clock is never read). */
  history?: readonly FollowerHistoryPoint[];
  /** Recent comments, as written. */
  commentSample?: readonly string[];
  /** The workspace's tier bounds, if it overrides the defaults (see lib/metrics classifyTier). */
  tierBounds?: Partial<TierBounds>;
}

export type AuthenticitySignals = {
  engagement: ReturnType<typeof engagementSignal>;
  followerSpikes: ReturnType<typeof spikeSignal>;
  comments: ReturnType<typeof commentSignal>;
  followRatio: ReturnType<typeof followRatioSignal>;
  profile: ReturnType<typeof profileSignal>;
};

export interface AuthenticityAssessment {
  /** Risk, 0–100, higher = riskier: round(Σ weight × strength). */
  score: number;
  level: AuthenticityLevel;
  /** Plain sentences with the numbers, strongest first; never empty. */
  reasons: string[];
  /** True when no signal had data: score 0 and level low then mean "unknown", not "safe". */
  insufficientData: boolean;
  /** Signals that had data. */
  assessed: AuthenticitySignal[];
  signals: AuthenticitySignals & { [K in AuthenticitySignal]: { points: number } };
}

export const NOT_ENOUGH_DATA_REASON =
  "Not enough data to assess authenticity: add the engagement rate (or average likes and comments), a follower history, the following count or a sample of comments.";

const SIGNAL_LABELS: Record<AuthenticitySignal, string> = {
  engagement: "engagement rate",
  followerSpikes: "follower growth",
  comments: "comments",
  followRatio: "following/follower ratio",
  profile: "profile completeness",
};

function checkCount(field: string, value: number | null | undefined, whole: boolean): void {
  if (value === null || value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${field} must be a finite number ≥ 0, got ${String(value)}`);
  }
  if (whole && !Number.isInteger(value)) throw new RangeError(`${field} must be a whole number, got ${value}`);
}

/** Score → level with {@link AUTHENTICITY_LEVEL_THRESHOLDS}: < 30 low, 30–59 medium, ≥ 60 high. */
export function authenticityLevel(score: number): AuthenticityLevel {
  if (score >= AUTHENTICITY_LEVEL_THRESHOLDS.high) return "high";
  if (score >= AUTHENTICITY_LEVEL_THRESHOLDS.medium) return "medium";
  return "low";
}

/**
 * Assesses how likely an account's audience is inflated (bought followers, bots, pods).
 *
 * score = round(Σ AUTHENTICITY_WEIGHTS[signal] × strength[signal]), 0–100; see signals.ts for each
 * strength. Missing inputs add nothing, and the score is **not** rescaled over the signals that had
 * data: it is the evidence found, so a thinly documented account scores low risk with
 * `insufficientData` or few `assessed` signals telling the UI how much was checked.
 * Reasons: one sentence per contributing signal, highest points first; when nothing contributed,
 * "No warning signs in …" naming the signals checked; when no signal had data,
 * {@link NOT_ENOUGH_DATA_REASON} (score 0, level low, `insufficientData: true`).
 *
 * Throws RangeError naming the field for a negative or non-finite count or rate, a fractional
 * followers/following/posts count, or an unparseable history date.
 */
export function assessAuthenticity(input: AuthenticityInput): AuthenticityAssessment {
  const { account } = input;
  if (account.followers === undefined || account.followers === null) throw new RangeError("account.followers is required");
  checkCount("account.followers", account.followers, true);
  checkCount("account.following", account.following, true);
  checkCount("account.posts", account.posts, true);
  checkCount("account.avgLikes", account.avgLikes, false);
  checkCount("account.avgComments", account.avgComments, false);
  checkCount("account.avgSaves", account.avgSaves, false);
  checkCount("account.engagementRate", account.engagementRate, false);

  const outcomes: { [K in AuthenticitySignal]: SignalOutcome<AuthenticitySignals[K]["detail"]> } = {
    engagement: engagementSignal(account, input.tierBounds),
    followerSpikes: spikeSignal(input.history),
    comments: commentSignal(input.commentSample),
    followRatio: followRatioSignal(account),
    profile: profileSignal(account),
  };
  const points = (signal: AuthenticitySignal): number => AUTHENTICITY_WEIGHTS[signal] * outcomes[signal].strength;
  const signals = {
    engagement: { ...outcomes.engagement, points: points("engagement") },
    followerSpikes: { ...outcomes.followerSpikes, points: points("followerSpikes") },
    comments: { ...outcomes.comments, points: points("comments") },
    followRatio: { ...outcomes.followRatio, points: points("followRatio") },
    profile: { ...outcomes.profile, points: points("profile") },
  };

  const assessed = AUTHENTICITY_SIGNALS.filter((signal) => outcomes[signal].assessed);
  const score = Math.min(100, Math.round(AUTHENTICITY_SIGNALS.reduce((sum, signal) => sum + points(signal), 0)));
  const contributing = AUTHENTICITY_SIGNALS.filter((signal) => outcomes[signal].reason !== null && points(signal) > 0).sort(
    (a, b) => points(b) - points(a),
  );

  let reasons = contributing.map((signal) => outcomes[signal].reason ?? "");
  if (assessed.length === 0) reasons = [NOT_ENOUGH_DATA_REASON];
  else if (reasons.length === 0) reasons = [`No warning signs in ${assessed.map((s) => SIGNAL_LABELS[s]).join(", ")}.`];

  return { score, level: authenticityLevel(score), reasons, insufficientData: assessed.length === 0, assessed, signals };
}
