// Turns the SQL sums of lib/analytics/rollups.ts into what lib/metrics campaignReport returns for the
// same posts: totals, rates, reported counts and the reason for every "—". The rates are computed by
// campaignReport's own code (campaignSummary: the same without the per-post breakdown), from one synthetic post whose snapshot is the sums (a figure no post
// reported is passed as null): with one post, "no post reported X" is "X is null", so the rates and
// the reasons are exactly campaignReport's, and the formulas live in one place (lib/metrics).
import { campaignSummary, type AggregateRates, type CampaignReport } from "../metrics";
import { currencyExponent } from "../metrics/money";
import type { RollupSums } from "./rollups";

export type RateKey = keyof AggregateRates;

const MONEY_RATES: readonly RateKey[] = ["cpm", "cpe", "cpc", "cpa", "roi", "roas"];

/** A group's figures as the pages show them. */
export interface RollupReport {
  group: RollupSums["group"];
  key: string | null;
  posts: number;
  collaborations: number;
  /** The one currency of the money, null when there is none or several (money rates are then "—"). */
  currency: string | null;
  totals: CampaignReport["totals"];
  rates: AggregateRates;
  missing: Partial<Record<RateKey, string>>;
  reported: CampaignReport["reported"];
  impressionsFromViews: number;
}

/** campaignReport's totals, rates and reasons for the posts summed in `s`. */
export function reportFromSums(s: RollupSums): RollupReport {
  const several = s.currencies.length > 1;
  const currency = s.currencies.length === 1 ? s.currencies[0]! : null;
  const scale = currency ? 10 ** currencyExponent(currency) : 1;
  const or = <T>(n: number, v: T): T | null => (n > 0 ? v : null);
  const r = s.reported;
  const report = campaignSummary([
    {
      id: "sum",
      cost: several ? null : or(r.cost, s.costMinor / scale),
      revenue: several ? null : or(r.revenue, s.revenueMinor / scale),
      conversions: or(r.conversions, s.conversions),
      snapshots:
        s.posts > 0
          ? [
              {
                capturedAt: 0,
                reach: or(r.reach, s.sum.reach),
                // Σ impressions already counts views where a post had no impressions.
                impressions: or(r.impressions, s.sum.impressions),
                views: or(r.views, s.sum.views),
                likes: or(r.likes, s.sum.likes),
                comments: or(r.comments, s.sum.comments),
                saves: or(r.saves, s.sum.saves),
                shares: or(r.shares, s.sum.shares),
                clicks: or(r.clicks, s.sum.clicks),
              },
            ]
          : [],
    },
  ]);
  const missing: Partial<Record<RateKey, string>> = { ...report.missing };
  if (several) for (const k of MONEY_RATES) missing[k] = `money in several currencies (${s.currencies.join(", ")})`;
  return {
    group: s.group,
    key: s.key,
    posts: s.posts,
    collaborations: s.collaborations,
    currency,
    totals: report.totals,
    rates: report.rates,
    missing,
    reported: r,
    impressionsFromViews: s.impressionsFromViews,
  };
}
