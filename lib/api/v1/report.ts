// The campaign report of the public API: the campaign Results tab's own figures, read through the one
// loader (`loadCampaignResults`, lib/analytics/campaign.ts) so the API never computes a number the
// dashboard computes differently. Reshaped to the API's conventions only: money — cost, revenue and
// the money rates CPM, CPE, CPC and CPA — in integer minor units beside the campaign's currency
// (rounded to the minor unit, as the Results tab shows them); percentages and ROAS as numbers; each
// rate with its formula (METRIC_FORMULAS) and, when null, the reason.
import { loadCampaignResults } from "../../analytics/campaign";
import type { CampaignResults, Money } from "../../analytics/campaign-types";
import type { WorkspaceRef } from "../../auth/membership";
import { METRIC_FORMULAS } from "../../metrics";
import { toMinorUnits } from "../../metrics/money";

const RATE_KEYS = ["engagementRateByReach", "engagementRateByImpressions", "ctr", "cpm", "cpe", "cpc", "cpa", "roi", "roas"] as const;
type Rates = CampaignResults["report"]["rates"];

function apiRates(rates: Rates, currency: string) {
  const money = (major: number | null): Money | null => (major === null ? null : { minor: toMinorUnits(major, currency), currency });
  return {
    engagementRateByReach: rates.engagementRateByReach,
    engagementRateByImpressions: rates.engagementRateByImpressions,
    ctr: rates.ctr,
    cpm: money(rates.cpm),
    cpe: money(rates.cpe),
    cpc: money(rates.cpc),
    cpa: money(rates.cpa),
    roi: rates.roi,
    roas: rates.roas,
  };
}

/** The API's report from a Results object (pure: no I/O). */
export function reportFromResults(results: CampaignResults) {
  const { report } = results;
  const currency = report.currency;
  const { cost: _cost, revenue: _revenue, ...counts } = report.totals;
  return {
    campaignId: results.campaign.id,
    currency,
    period: results.period,
    posts: report.posts,
    postsWithMetrics: report.postsWithMetrics,
    totals: counts,
    money: results.money,
    rates: apiRates(report.rates, currency),
    reported: report.reported,
    impressionsFromViews: report.impressionsFromViews,
    missing: report.missing,
    formulas: Object.fromEntries(
      RATE_KEYS.map((k) => [k, { label: METRIC_FORMULAS[k].label, formula: METRIC_FORMULAS[k].formula, unit: METRIC_FORMULAS[k].unit }]),
    ),
    clicksSource: results.clicksSource,
    currencyNotices: results.currencyNotices,
    perPost: report.perPost.map((p) => ({ id: p.id, latest: p.latest, rates: apiRates(p.rates, currency), missing: p.missing })),
  };
}

/**
 * A campaign's report over `from`–`to` (local days in the workspace's time zone; by default the
 * Results tab's period). NOT_FOUND for another workspace's campaign, BAD_REQUEST for a bad range.
 */
export async function campaignReportFor(opts: {
  workspace: Pick<WorkspaceRef, "id" | "timeZone">;
  campaignId: string;
  from?: string;
  to?: string;
}) {
  const results = await loadCampaignResults({
    workspaceId: opts.workspace.id,
    campaignId: opts.campaignId,
    timeZone: opts.workspace.timeZone,
    from: opts.from,
    to: opts.to,
  });
  return reportFromResults(results);
}
