/**
 * lib/metrics — pure metric math for campaigns: tiers, engagement, story, CTR, cost and return
 * metrics, aggregation over posts, formulas for display, formatting and money conversion.
 * Pure: imports only its own files (no Prisma, no Next, no I/O, no clock). Every rate returns
 * null when its denominator is 0 or unknown and throws RangeError (naming the field) on a
 * negative or non-finite count. Full precision out; only format.ts rounds.
 */

export { TIERS, DEFAULT_TIER_BOUNDS, classifyTier, resolveTierBounds } from "./tiers";
export type { Tier, TierBounds } from "./tiers";

export {
  engagementRate,
  engagementRateFormula,
  engagementRateByReach,
  engagementRateByImpressions,
  ERR_THRESHOLDS,
  rateErr,
} from "./engagement";
export type { EngagementByFollowersInput, EngagementByReachInput, ErrRating } from "./engagement";

export { STORY_COMPLETION_STRONG, storyCompletionRate, rateStoryCompletion, findViewershipDrops, readStoryNavigation } from "./stories";
export type { StoryCompletionRating, ViewershipDrop, StoryNavigationCounts, StoryNavigationReading } from "./stories";

export { ctr, CTR_BENCHMARKS, compareCtr, isCtrIndustry } from "./ctr";
export type { CtrBenchmark, CtrComparison, CtrIndustry } from "./ctr";

export { cpm, cpe, cpc, cpa, roi, roas, emv } from "./costs";

export { MICRO_RATE_CARD, estimateMicroRate } from "./rate-card";
export type { RateCardEntry, RateCardPlatform } from "./rate-card";

export { aggregateMetrics } from "./aggregate";
export type { AggregateMetrics, AggregateRates, MetricRow, MetricTotals } from "./aggregate";

export { METRIC_FORMULAS } from "./formulas";
export type { MetricFormula, MetricKey, MetricSource, MetricUnit } from "./formulas";

export { EMPTY_METRIC, formatPercent, formatMoney, formatMinorUnits, formatCount, formatRatio, formatExact, numberFormat } from "./format";

export { currencyExponent, toMinorUnits, fromMinorUnits } from "./money";

export {
  SNAPSHOT_COUNT_FIELDS,
  SNAPSHOT_FIELD_LABELS,
  STORY_NAVIGATION_FIELDS,
  STORY_NAVIGATION_LABELS,
  MAX_SNAPSHOT_COUNT,
  MAX_STORY_FRAMES,
  MAX_LIKES_PER_VIEW,
  checkSnapshot,
  sameSnapshotCounts,
} from "./snapshot";
export type { SnapshotCountField, SnapshotCounts, StoryNavigationField } from "./snapshot";

export { REPORT_COUNT_FIELDS, campaignReport, campaignSummary } from "./report";
export type { CampaignReport, ReportCountField, ReportField, ReportLatest, ReportPost, ReportSnapshot } from "./report";
