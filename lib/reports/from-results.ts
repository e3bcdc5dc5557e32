// A campaign report's figures are the campaign Results tab's: ReportData built from the one loader,
// `loadCampaignResults` (lib/analytics/campaign.ts), so a client never reads a number the marketer's
// dashboard computes differently. Pure mapping; no I/O.
import type { CampaignResults } from "../analytics/campaign-types";
import { fromMinorUnits } from "../metrics/money";
import type { CampaignReport } from "../metrics/report";
import { zonedDay } from "../time-zone";
import type { ReportData, ReportTotals } from "./types";

/** What a report's headline reads of a lib/metrics campaignReport (or its serialised copy in the Results). */
export type HeadlineSource = Pick<CampaignReport, "posts" | "postsWithMetrics" | "totals" | "rates" | "missing">;

/**
 * The one mapping of a campaignReport to a report's headline: its totals, rates and the reasons for
 * null rates. A campaign report takes it from the Results (below); a workspace report over a date
 * range (lib/reports/build.ts) from its own campaignReport, so both read the same fields the same way.
 */
export function reportHeadline(report: HeadlineSource): Pick<ReportData, "totals" | "rates" | "missing"> {
  const t = report.totals;
  const totals: ReportTotals = {
    posts: report.posts,
    postsWithMetrics: report.postsWithMetrics,
    reach: t.reach,
    impressions: t.impressions,
    views: t.views,
    likes: t.likes,
    comments: t.comments,
    saves: t.saves,
    shares: t.shares,
    engagements: t.engagements,
    clicks: t.clicks,
    conversions: t.conversions,
    cost: t.cost,
    revenue: t.revenue,
  };
  return { totals, rates: { ...report.rates }, missing: { ...report.missing } };
}

const money = (m: { minor: number; currency: string } | null): number | null => (m ? fromMinorUnits(m.minor, m.currency) : null);

/** ReportData for a campaign from its Results (`generatedAt`: when the numbers were read). */
export function reportDataFromResults(results: CampaignResults, opts: { workspaceName: string; generatedAt: Date }): ReportData {
  const { report, period } = results;
  return {
    version: 1,
    generatedAt: opts.generatedAt.toISOString(),
    workspaceName: opts.workspaceName,
    campaignName: results.campaign.name,
    period: { from: period.from, to: period.to, timeZone: period.timeZone },
    currency: report.currency,
    ...reportHeadline(report),
    creators: results.creators
      .filter((c) => c.live === "live")
      .map((c) => ({
        name: c.influencer.name,
        tier: c.tier,
        posts: c.posts,
        reach: c.reach,
        impressions: c.impressions,
        engagements: c.engagements,
        clicks: c.clicks,
        err: c.err,
        ctr: c.ctr,
        cost: money(c.cost),
      })),
    daily: results.daily.map((d) => ({ date: d.date, impressions: d.impressions, engagements: d.engagements, clicks: d.clicks })),
    gallery: results.gallery.map((g) => ({
      url: g.url,
      creator: g.influencerName,
      platform: g.platform,
      format: g.format,
      postedOn: g.postedAt ? zonedDay(new Date(g.postedAt), period.timeZone) : null,
      reach: g.latest?.reach ?? null,
      impressions: g.latest?.impressions ?? g.latest?.views ?? null,
      likes: g.latest?.likes ?? null,
      comments: g.latest?.comments ?? null,
      err: g.err,
    })),
    stories: results.stories.map((s) => ({
      url: s.url,
      creator: s.influencerName,
      frameViews: s.frames,
      completion: s.completion,
      // Results name the frame (0-based) viewers fell at, against the one before it: the drop is
      // after that earlier frame, whose 1-based number is the same figure.
      drops: s.drops.map((d) => ({ afterFrame: d.frame, dropPct: d.dropPct })),
      navigation: s.navigation,
    })),
  };
}
