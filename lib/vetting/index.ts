/**
 * lib/vetting — pure authenticity (fake-follower) assessment of an influencer account
 * (README "Domain rules": Vetting). No Prisma, no Next, no I/O, no clock: dates come in as ISO strings.
 */

export { assessAuthenticity, authenticityLevel, NOT_ENOUGH_DATA_REASON } from "./assess";
export type { AuthenticityAssessment, AuthenticityInput, AuthenticityLevel, AuthenticitySignals } from "./assess";
export {
  AUTHENTICITY_LEVEL_THRESHOLDS,
  AUTHENTICITY_SIGNALS,
  AUTHENTICITY_WEIGHTS,
  COMMENT_RULES,
  ENGAGEMENT_NORM_PLATFORMS,
  ENGAGEMENT_NORMS,
  FOLLOW_RATIO_RULES,
  PROFILE_RULES,
  SPIKE_RULES,
} from "./constants";
export type { AuthenticitySignal, EngagementNorm, SpikeRules } from "./constants";
export { classifyComment, COMMENT_FILLER_WORDS, GENERIC_COMMENT_PHRASES, SPAM_COMMENT_PATTERNS, summarizeComments } from "./comments";
export type { CommentClass, CommentSummary } from "./comments";
export type { AuthenticityAccount, EngagementDetail, SignalOutcome } from "./signals";
export { findFollowerSpikes, sortHistory } from "./spikes";
export type { FollowerHistoryPoint, FollowerSpike } from "./spikes";
