/**
 * A campaign's results from its posts' metric snapshots: the latest snapshot of each post (never a
 * sum of snapshots: each one is the post's running total at its capture time), the money and
 * conversions credited to each post, totals and rates exactly as {@link aggregateMetrics} defines
 * them, and — because a missing input must show as "—" with its reason, never as 0 — how many
 * posts reported each figure and why each null rate is null.
 */

import { aggregateMetrics, type AggregateRates, type MetricRow, type MetricTotals } from "./aggregate";
import { nonNegativeOrNull, type Maybe } from "./validate";

/** One metric snapshot as the report reads it; every count optional (null = not reported). */
export interface ReportSnapshot {
  readonly capturedAt: Date | string | number;
  readonly reach?: Maybe<number>;
  readonly impressions?: Maybe<number>;
  readonly views?: Maybe<number>;
  readonly likes?: Maybe<number>;
  readonly comments?: Maybe<number>;
  readonly saves?: Maybe<number>;
  readonly shares?: Maybe<number>;
  readonly clicks?: Maybe<number>;
}

/** One post: its snapshots in any order, and what it cost and brought in (currency units, one currency). */
export interface ReportPost {
  readonly id: string;
  readonly cost?: Maybe<number>;
  readonly revenue?: Maybe<number>;
  readonly conversions?: Maybe<number>;
  readonly snapshots: readonly ReportSnapshot[];
}

/** The counts a report reads from a snapshot. */
export const REPORT_COUNT_FIELDS = ["reach", "impressions", "views", "likes", "comments", "saves", "shares", "clicks"] as const;

/** A count the report reads from the latest snapshot. */
export type ReportCountField = (typeof REPORT_COUNT_FIELDS)[number];

/** Every figure a post can be missing: the snapshot counts and the money and conversions. */
export type ReportField = ReportCountField | "cost" | "revenue" | "conversions";

/** A post's latest snapshot, normalised: every count a number or null (not reported). */
export type ReportLatest = { readonly capturedAt: Date } & { readonly [K in ReportCountField]: number | null } & {
  /**
   * Where `impressions` came from: the platform's impressions, or its views where it reports no
   * impressions (Instagram replaced impressions with views in its Graph API in 2025), or null.
   */
  readonly impressionsFrom: "impressions" | "views" | null;
};

/** What {@link campaignReport} returns. */
export interface CampaignReport {
  /** Number of posts. */
  readonly posts: number;
  /** Posts with at least one snapshot. */
  readonly postsWithMetrics: number;
  /** Σ over posts of their latest snapshot (and money), as {@link aggregateMetrics} sums them. */
  readonly totals: MetricTotals & { readonly views: number };
  /** Rates from the totals; null when an input is missing or a denominator is 0 (see `missing`). */
  readonly rates: AggregateRates;
  /** How many posts reported each figure (a total over 0 posts is shown as "—", not 0). */
  readonly reported: Readonly<Record<ReportField, number>>;
  /** Posts whose impressions are their views (the platform reported no impressions). */
  readonly impressionsFromViews: number;
  /** For each null rate, why: "reach not reported", "no clicks yet". */
  readonly missing: Readonly<Partial<Record<keyof AggregateRates, string>>>;
  /** Per post, in input order: its latest snapshot (null without one), its own rates and their reasons. */
  readonly perPost: readonly {
    readonly id: string;
    readonly latest: ReportLatest | null;
    readonly rates: AggregateRates;
    readonly missing: Readonly<Partial<Record<keyof AggregateRates, string>>>;
  }[];
}

const RATE_KEYS = ["engagementRateByReach", "engagementRateByImpressions", "ctr", "cpm", "cpe", "cpc", "cpa", "roi", "roas"] as const;

/**
 * Which inputs each rate needs, numerator first: a rate is "—" when no post reported one of them.
 * The engagement counts are one input: any of likes, comments, saves (and shares, by impressions).
 */
const RATE_INPUTS: Readonly<Record<keyof AggregateRates, readonly (ReportField | "engagements")[]>> = {
  engagementRateByReach: ["engagements", "reach"],
  engagementRateByImpressions: ["engagements", "impressions"],
  ctr: ["clicks", "impressions"],
  cpm: ["cost", "impressions"],
  cpe: ["cost", "engagements"],
  cpc: ["cost", "clicks"],
  cpa: ["cost", "conversions"],
  roi: ["revenue", "cost"],
  roas: ["revenue", "cost"],
};

/** Reason shown beside a "—" when no post reported the input. */
const NOT_REPORTED: Readonly<Record<ReportField | "engagements", string>> = {
  reach: "reach not reported",
  impressions: "impressions not reported",
  views: "views not reported",
  likes: "likes not reported",
  comments: "comments not reported",
  saves: "saves not reported",
  shares: "shares not reported",
  clicks: "no clicks recorded",
  engagements: "engagements not reported",
  cost: "no cost recorded",
  revenue: "no revenue recorded",
  conversions: "no conversions recorded",
};

/** Reason shown beside a "—" when the input was reported but its total is 0 (the denominator). */
const ZERO: Readonly<Record<ReportField | "engagements", string>> = {
  reach: "reach is 0",
  impressions: "impressions are 0",
  views: "views are 0",
  likes: "likes are 0",
  comments: "comments are 0",
  saves: "saves are 0",
  shares: "shares are 0",
  clicks: "no clicks yet",
  engagements: "no engagements yet",
  cost: "cost is 0",
  revenue: "revenue is 0",
  conversions: "no conversions yet",
};

function time(field: string, value: ReportSnapshot["capturedAt"]): number {
  const t = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
  if (!Number.isFinite(t)) throw new RangeError(`${field} must be a valid date, got ${String(value)}`);
  return t;
}

/**
 * The latest snapshot by capturedAt (ties: the later one in the array), normalised; null for none.
 * Throws RangeError naming `posts[i].snapshots[j].field` for a bad count or date.
 */
function latestOf(post: ReportPost, i: number): ReportLatest | null {
  let best: { t: number; s: ReportSnapshot } | null = null;
  post.snapshots.forEach((s, j) => {
    const t = time(`posts[${i}].snapshots[${j}].capturedAt`, s.capturedAt);
    if (best === null || t >= best.t) best = { t, s };
  });
  if (best === null) return null;
  const { t, s } = best as { t: number; s: ReportSnapshot };
  const j = post.snapshots.indexOf(s);
  const count = (field: ReportCountField) => nonNegativeOrNull(`posts[${i}].snapshots[${j}].${field}`, s[field]);
  const counts = Object.fromEntries(REPORT_COUNT_FIELDS.map((f) => [f, count(f)])) as Record<ReportCountField, number | null>;
  const impressionsFrom = counts.impressions !== null ? "impressions" : counts.views !== null ? "views" : null;
  return { capturedAt: new Date(t), ...counts, impressions: counts.impressions ?? counts.views, impressionsFrom };
}

function row(latest: ReportLatest | null, post: ReportPost, i: number): MetricRow {
  return {
    likes: latest?.likes,
    comments: latest?.comments,
    saves: latest?.saves,
    shares: latest?.shares,
    reach: latest?.reach,
    impressions: latest?.impressions,
    clicks: latest?.clicks,
    conversions: nonNegativeOrNull(`posts[${i}].conversions`, post.conversions),
    cost: nonNegativeOrNull(`posts[${i}].cost`, post.cost),
    revenue: nonNegativeOrNull(`posts[${i}].revenue`, post.revenue),
  };
}

/** Rates with "—" for every rate one of whose inputs no row reported, and the reasons. */
function withMissing(
  rates: AggregateRates,
  totals: MetricTotals,
  reported: Record<ReportField | "engagements", number>,
): { rates: AggregateRates; missing: Partial<Record<keyof AggregateRates, string>> } {
  const out: Record<string, number | null> = { ...rates };
  const missing: Partial<Record<keyof AggregateRates, string>> = {};
  const total = (f: ReportField | "engagements") => (f === "views" ? 0 : totals[f as keyof MetricTotals]);
  for (const key of RATE_KEYS) {
    const inputs = RATE_INPUTS[key];
    const absent = inputs.find((f) => reported[f] === 0);
    if (absent) {
      out[key] = null;
      missing[key] = NOT_REPORTED[absent];
    } else if (rates[key] === null) {
      // Reported, so the rate is null because its denominator total is 0.
      const zero = inputs.slice(1).find((f) => total(f) === 0) ?? inputs[0];
      missing[key] = ZERO[zero as ReportField];
    }
  }
  return { rates: out as unknown as AggregateRates, missing };
}

/** Totals, rates, reported counts and reasons over some posts' rows and latest snapshots. */
function summarise(rows: readonly MetricRow[], latest: readonly (ReportLatest | null)[]) {
  const all = aggregateMetrics(rows);
  const reported = Object.fromEntries(
    [...REPORT_COUNT_FIELDS, "cost", "revenue", "conversions", "engagements"].map((f) => [f, 0]),
  ) as Record<ReportField | "engagements", number>;
  let views = 0;
  let impressionsFromViews = 0;
  rows.forEach((r, i) => {
    const l = latest[i] ?? null;
    if (l) {
      for (const f of REPORT_COUNT_FIELDS) if (l[f] !== null) reported[f] += 1;
      if (l.likes !== null || l.comments !== null || l.saves !== null || l.shares !== null) reported.engagements += 1;
      views += l.views ?? 0;
      if (l.impressionsFrom === "views") impressionsFromViews += 1;
    }
    if (r.cost != null) reported.cost += 1;
    if (r.revenue != null) reported.revenue += 1;
    if (r.conversions != null) reported.conversions += 1;
  });
  const { rates, missing } = withMissing(all.rates, all.totals, reported);
  const { engagements: _engagements, ...reportedFields } = reported;
  return { totals: { ...all.totals, views }, rates, missing, reported: reportedFields, impressionsFromViews };
}

/**
 * A campaign's results over its posts (README "Domain rules": Metrics).
 * Formula: each post contributes its **latest** snapshot by `capturedAt` (ties: the one later in its
 * array), never a sum of snapshots; where a snapshot has no impressions but has views, its views
 * stand in as impressions (counted in `impressionsFromViews`). Totals are Σ over posts and rates are
 * ratios of the totals, exactly as {@link aggregateMetrics} computes them (ERR = (Σlikes + Σcomments
 * + Σsaves) ÷ Σreach × 100, CTR = Σclicks ÷ Σimpressions × 100, CPM = Σcost ÷ Σimpressions × 1,000,
 * …), with one difference: a rate is null when no post reported one of its inputs (no reach at all
 * gives ERR null with "reach not reported", not a 0 from a 0 total), and `missing` says why every
 * null rate is null. The same holds per post. Money (cost, revenue) in currency units, one currency.
 * At []: posts 0, totals 0, every rate null. A post without snapshots counts in `posts` and adds only
 * its money and conversions. Order-independent: shuffling posts or snapshots changes nothing (ties
 * in capturedAt aside). Throws RangeError naming `posts[i]…` for a negative or non-finite count,
 * cost, revenue or conversions, or an invalid capturedAt.
 */
export function campaignReport(posts: readonly ReportPost[]): CampaignReport {
  return report(posts, true);
}

/**
 * {@link campaignReport} without `perPost` (an empty list): the totals, rates, reported counts and
 * reasons only — for callers that report on pre-summed groups (lib/analytics/rates.ts), where the
 * per-post breakdown would be the same sum computed a second time.
 */
export function campaignSummary(posts: readonly ReportPost[]): CampaignReport {
  return report(posts, false);
}

function report(posts: readonly ReportPost[], perPost: boolean): CampaignReport {
  if (!Array.isArray(posts)) throw new RangeError("posts must be an array");
  const latest = posts.map((p, i) => latestOf(p, i));
  const rows = posts.map((p, i) => row(latest[i] ?? null, p, i));
  return {
    posts: posts.length,
    postsWithMetrics: latest.filter((l) => l !== null).length,
    ...summarise(rows, latest),
    perPost: !perPost
      ? []
      : posts.map((p, i) => {
          const one = summarise([rows[i] ?? {}], [latest[i] ?? null]);
          return { id: p.id, latest: latest[i] ?? null, rates: one.rates, missing: one.missing };
        }),
  };
}
