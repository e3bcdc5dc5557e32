// The shape of a campaign's results (lib/analytics/campaign.ts loadCampaignResults): one plain-JSON
// object shared by the Results tab, its CSV export, client reports and the SQL rollups. No Prisma,
// no I/O, so client components may import these types. Add fields; never rename or repurpose one.
import type { CtrComparison } from "../metrics/ctr";
import type { ErrRating } from "../metrics/engagement";
import type { CampaignReport } from "../metrics/report";
import type { StoryCompletionRating, StoryNavigationCounts } from "../metrics/stories";
import type { DailyPoint, KpiStatus } from "./campaign-math";

export type { DailyPoint, KpiStatus };

/** Dates become ISO strings: what JSON.stringify makes of a value. */
export type Serialised<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Serialised<U>[]
    : T extends object
      ? { [K in keyof T]: Serialised<T[K]> }
      : T;

/** An amount in integer minor units of a currency (1751587 USD = $17,515.87). */
export type Money = { minor: number; currency: string };

/** Where a collaboration's clicks come from: our tracking links, or the platform's reported clicks. */
export type ClicksSource = "tracking" | "platform";

/** The seed case's CPM that EMV values impressions at (USD): "$5.13 CPM on 3,414,400 impressions". */
export const EMV_CPM_USD = 5.13;

/** Longest daily curve, in days (older days are cut from the start). */
export const MAX_DAYS = 366;

export type KpiResult = {
  metric: string;
  label: string;
  /** "%" or "count". */
  unit: string;
  target: number;
  /** null = not measurable yet; `missing` says why. */
  actual: number | null;
  status: KpiStatus | null;
  missing: string | null;
  formula: string;
  /** The figures the formula was applied to, in display order. */
  inputs: { label: string; value: number | null; note?: string }[];
};

export type CreatorRow = {
  collaborationId: string;
  influencer: { id: string; name: string; handle: string | null; platform: string | null; followers: number };
  tier: string;
  collaborationStatus: string;
  /** "live" once it has a post; "not live yet" with a fee or product but no post (not in CPM/ROI). */
  live: "live" | "not live yet";
  posts: number;
  postsWithMetrics: number;
  reach: number | null;
  impressions: number | null;
  engagements: number | null;
  clicks: number | null;
  clicksSource: ClicksSource;
  /** ERR and CTR in %, ROI in %; null with the reason in `missing`. */
  err: number | null;
  errRating: ErrRating | null;
  ctr: number | null;
  cost: Money | null;
  conversions: number;
  /** Net revenue in the campaign's currency (other currencies: `currencyNotices`). */
  revenue: Money | null;
  roi: number | null;
  /** Why a figure of this row is "—": { err: "reach not reported", cost: "no fee recorded" }. */
  missing: Record<string, string>;
};

export type StoryRow = {
  postId: string;
  url: string;
  influencerName: string;
  capturedAt: string;
  frames: number[];
  /** views of last frame ÷ views of first frame × 100; null for fewer than 2 frames or 0 first-frame views. */
  completion: number | null;
  rating: StoryCompletionRating | null;
  /** Frames (0-based) where viewers fell ≥ 20 % from the frame before. */
  drops: { frame: number; dropPct: number }[];
  /** Instagram's navigation of the story (taps, exits, swipes) from its latest snapshot that has it; null when never reported. */
  navigation: StoryNavigationCounts | null;
};

export type GalleryPost = {
  postId: string;
  collaborationId: string;
  influencerName: string;
  url: string;
  platform: string;
  format: string;
  postedAt: string | null;
  /** The latest snapshot as of `to` (null: no numbers yet). */
  latest: {
    capturedAt: string;
    source: string;
    views: number | null;
    reach: number | null;
    impressions: number | null;
    likes: number | null;
    comments: number | null;
    saves: number | null;
    shares: number | null;
    clicks: number | null;
  } | null;
  err: number | null;
  missing: Record<string, string>;
  /** A stored image of the approved draft (serve via /api/w/:slug/files/:id?variant=thumbnail). */
  thumbnailFileId: string | null;
  /** The creator's insights screenshot of the latest snapshot that has one ("reported by the creator"). */
  evidenceFileId: string | null;
  /**
   * The disclosure check (lib/compliance) of the post's latest draft: "compliant", "issues" (with
   * the findings' messages), or "not checked" (no draft linked to the post's deliverable).
   */
  disclosure: { status: "compliant" | "issues" | "not checked"; draftVersion: number | null; findings: string[] };
};

export type CampaignResults = {
  campaign: {
    id: string;
    name: string;
    goal: string;
    industry: string | null;
    status: string;
    currency: string;
    budget: Money | null;
    startDate: string | null;
    endDate: string | null;
  };
  /** The period read: local days in `timeZone`; snapshots as of the end of `to`. */
  period: { from: string; to: string; timeZone: string };
  /** campaignReport over the live posts; money in currency units of `currency`. Dates as ISO strings. */
  report: Serialised<CampaignReport> & { currency: string };
  /** Headline money in minor units (the campaign's currency; only collaborations with a post). */
  money: { cost: Money | null; revenue: Money | null; notLiveYetCost: Money | null };
  /** Where CTR's clicks come from: tracking links for every live collaboration, platform for all, or mixed. */
  clicksSource: ClicksSource | "mixed" | null;
  /** Tracking-link clicks counted (people), and the bot clicks left out. */
  trackedClicks: { total: number; bots: number };
  ctrBenchmark: { industry: string; low: number; high: number; comparison: CtrComparison | null } | null;
  errRating: ErrRating | null;
  /** EMV estimate in currency units of the campaign's currency; null with `emvMissing`. */
  emv: number | null;
  emvMissing: string | null;
  /** Σ last-frame ÷ Σ first-frame views over the stories with frames, × 100. */
  storyCompletion: number | null;
  kpis: KpiResult[];
  creators: CreatorRow[];
  daily: DailyPoint[];
  stories: StoryRow[];
  gallery: GalleryPost[];
  /** Money in another currency than the campaign's: left out, never converted or added. */
  currencyNotices: { currency: string; what: "fees" | "product value" | "revenue"; amount: Money }[];
};
