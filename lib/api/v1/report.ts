// The campaign report of the public API: each post's snapshots through lib/metrics campaignReport
// (latest snapshot per post, totals and rates as the metrics module defines them, a reason for each
// null rate) with the formula of every rate from METRIC_FORMULAS. Money and conversions are not
// credited to posts yet, so the cost and revenue rates are null with their reason.
import { getCampaign } from "../../campaigns/crud";
import { db } from "../../db";
import { campaignReport, METRIC_FORMULAS } from "../../metrics";

const RATE_KEYS = ["engagementRateByReach", "engagementRateByImpressions", "ctr", "cpm", "cpe", "cpc", "cpa", "roi", "roas"] as const;

export async function campaignReportFor(workspaceId: string, campaignId: string) {
  await getCampaign(workspaceId, campaignId); // NOT_FOUND for another workspace's campaign
  const posts = await db.post.findMany({
    where: { workspaceId, collaboration: { campaignId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      snapshots: {
        where: { workspaceId },
        select: {
          capturedAt: true,
          reach: true,
          impressions: true,
          views: true,
          likes: true,
          comments: true,
          saves: true,
          shares: true,
          clicks: true,
        },
      },
    },
  });
  const r = campaignReport(posts);
  return {
    campaignId,
    posts: r.posts,
    postsWithMetrics: r.postsWithMetrics,
    totals: r.totals,
    rates: r.rates,
    reported: r.reported,
    impressionsFromViews: r.impressionsFromViews,
    missing: r.missing,
    formulas: Object.fromEntries(
      RATE_KEYS.map((k) => [k, { label: METRIC_FORMULAS[k].label, formula: METRIC_FORMULAS[k].formula, unit: METRIC_FORMULAS[k].unit }]),
    ),
    perPost: r.perPost.map((p) => ({ id: p.id, latest: p.latest, rates: p.rates, missing: p.missing })),
  };
}
