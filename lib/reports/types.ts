/**
 * ReportData: everything a client report shows, as plain JSON (strings, numbers, null, arrays) so it
 * can be stored as a frozen report, sent to a client component and drawn into a PDF unchanged. Built
 * by lib/reports/data.ts; every other file of lib/reports and the report pages depend only on this.
 */

/** The rates a report shows, as lib/metrics aggregateMetrics defines them (null: "—", see `missing`). */
export const REPORT_RATE_KEYS = [
  "engagementRateByReach",
  "engagementRateByImpressions",
  "ctr",
  "cpm",
  "cpe",
  "cpc",
  "cpa",
  "roi",
  "roas",
] as const;
export type ReportRateKey = (typeof REPORT_RATE_KEYS)[number];

export type ReportTotals = {
  readonly posts: number;
  readonly postsWithMetrics: number;
  readonly reach: number;
  readonly impressions: number;
  readonly views: number;
  readonly likes: number;
  readonly comments: number;
  readonly saves: number;
  readonly shares: number;
  readonly engagements: number;
  readonly clicks: number;
  readonly conversions: number;
  /** Currency units of `currency`. */
  readonly cost: number;
  readonly revenue: number;
};

export type ReportCreatorRow = {
  readonly name: string;
  readonly tier: string;
  readonly posts: number;
  /** null: no post of this creator reported it. */
  readonly reach: number | null;
  readonly impressions: number | null;
  readonly engagements: number | null;
  readonly clicks: number | null;
  readonly err: number | null;
  readonly ctr: number | null;
  readonly cost: number | null;
};

export type ReportDay = { readonly date: string; readonly impressions: number; readonly engagements: number; readonly clicks: number };

export type ReportGalleryItem = {
  readonly url: string;
  readonly creator: string;
  readonly platform: string;
  readonly format: string;
  /** YYYY-MM-DD in the workspace's time zone, or null. */
  readonly postedOn: string | null;
  readonly reach: number | null;
  readonly impressions: number | null;
  readonly likes: number | null;
  readonly comments: number | null;
  readonly err: number | null;
};

export type ReportStory = {
  readonly url: string;
  readonly creator: string;
  readonly frameViews: readonly number[];
  /** Views of the last frame ÷ views of the first × 100; null without two frames. */
  readonly completion: number | null;
  /** Frames (1-based) after which 20 % or more of the viewers left. */
  readonly drops: readonly { readonly afterFrame: number; readonly dropPct: number }[];
  /** Instagram's navigation (taps forward / back, exits, swipes forward); absent in reports frozen before it existed. */
  readonly navigation?: {
    readonly tapsForward: number | null;
    readonly tapsBack: number | null;
    readonly tapExits: number | null;
    readonly swipesForward: number | null;
  } | null;
};

export type ReportData = {
  readonly version: 1;
  /** ISO time the numbers were read. */
  readonly generatedAt: string;
  readonly workspaceName: string;
  /** null for a report on the whole workspace. */
  readonly campaignName: string | null;
  /** YYYY-MM-DD bounds (inclusive) in `timeZone`, or null for "all time". */
  readonly period: { readonly from: string | null; readonly to: string | null; readonly timeZone: string };
  readonly currency: string;
  readonly totals: ReportTotals;
  readonly rates: { readonly [K in ReportRateKey]: number | null };
  /** Why each null rate is null ("reach not reported"). */
  readonly missing: { readonly [K in ReportRateKey]?: string };
  readonly creators: readonly ReportCreatorRow[];
  readonly daily: readonly ReportDay[];
  readonly gallery: readonly ReportGalleryItem[];
  readonly stories: readonly ReportStory[];
};
