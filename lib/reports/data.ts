/**
 * THE data access of client reports: one function, `loadReportData`, returns a ReportData. Everything
 * else in lib/reports and the report pages depends only on ReportData.
 *
 * The figures are the app's own pages', read by their loaders, so a client never reads a number the
 * marketer's page computes differently:
 * - a campaign report: the campaign Results tab's `loadCampaignResults` (from-results.ts);
 * - a workspace report for a date range: the Analytics page's `workspaceAnalytics` (totals, rates and
 *   why a rate is "—") and `workspaceCreators` (the creators table) over the same range — the posts that
 *   went live in it, with their latest numbers. The daily chart, the gallery and the stories, which
 *   the Analytics page doesn't show, come from the posts and snapshots read here (build.ts).
 *
 * Money in those: a collaboration's fee is its cost and its paid conversions (net of refunds) its
 * revenue, each shared equally by its posts; only amounts in the report's currency are counted.
 */
import { loadCampaignResults } from "../analytics/campaign";
import type { RollupReport } from "../analytics/rates";
import { workspaceAnalytics, workspaceCreators } from "../analytics/workspace";
import { db } from "../db";
import { AppError } from "../errors";
import { fromMinorUnits } from "../metrics/money";
import { zonedDay, zonedDayEnd, zonedDayStart } from "../time-zone";
import { buildReportData, type BuildPost } from "./build";
import { reportDataFromResults } from "./from-results";
import type { ReportCreatorRow, ReportData } from "./types";

export type { ReportData } from "./types";

export type LoadReportDataOptions = {
  workspaceId: string;
  campaignId?: string | null;
  /** YYYY-MM-DD, inclusive, in `timeZone`: posts published (or added) in the range; numbers as of its end. */
  from?: string | null;
  to?: string | null;
  timeZone: string;
  now?: Date;
};

/** The report's figures, or NOT_FOUND for a campaign outside the workspace. Four queries. */
export async function loadReportData(opts: LoadReportDataOptions): Promise<ReportData> {
  const { workspaceId, timeZone } = opts;
  const campaignId = opts.campaignId ?? null;
  const now = opts.now ?? new Date();
  const [workspace, campaign] = await Promise.all([
    db.workspace.findUnique({ where: { id: workspaceId }, select: { name: true } }),
    campaignId ? db.campaign.findFirst({ where: { workspaceId, id: campaignId }, select: { name: true, currency: true } }) : null,
  ]);
  if (!workspace || (campaignId && !campaign)) throw new AppError("NOT_FOUND", "Campaign not found.");
  if (campaignId) {
    const results = await loadCampaignResults({
      workspaceId,
      campaignId,
      timeZone,
      from: opts.from ?? undefined,
      to: opts.to ?? undefined,
      now,
    });
    return reportDataFromResults(results, { workspaceName: workspace.name, generatedAt: now });
  }

  const start = opts.from ? zonedDayStart(opts.from, timeZone) : null;
  const end = opts.to ? zonedDayEnd(opts.to, timeZone) : null;
  const inRange = start || end ? { ...(start ? { gte: start } : {}), ...(end ? { lte: end } : {}) } : undefined;
  const posts = await db.post.findMany({
    where: {
      workspaceId,
      ...(campaignId ? { collaboration: { campaignId } } : {}),
      ...(inRange ? { OR: [{ postedAt: inRange }, { postedAt: null, createdAt: inRange }] } : {}),
    },
    orderBy: [{ postedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take: 5000,
    select: {
      id: true,
      url: true,
      platform: true,
      format: true,
      postedAt: true,
      collaborationId: true,
      collaboration: { select: { feeMinor: true, currency: true, influencer: { select: { id: true, displayName: true, tier: true } } } },
    },
  });
  const postIds = posts.map((p) => p.id);
  const collaborationIds = [...new Set(posts.map((p) => p.collaborationId))];
  const [snapshots, conversions] = await Promise.all([
    postIds.length
      ? db.metricSnapshot.findMany({
          where: { workspaceId, postId: { in: postIds }, ...(end ? { capturedAt: { lte: end } } : {}) },
          select: {
            postId: true,
            capturedAt: true,
            views: true,
            reach: true,
            impressions: true,
            likes: true,
            comments: true,
            saves: true,
            shares: true,
            clicks: true,
            frameViews: true,
            tapsForward: true,
            tapsBack: true,
            tapExits: true,
            swipesForward: true,
          },
        })
      : Promise.resolve([]),
    collaborationIds.length
      ? db.conversion.groupBy({
          by: ["collaborationId", "currency"],
          where: { workspaceId, collaborationId: { in: collaborationIds }, status: "paid", ...(end ? { orderedAt: { lte: end } } : {}) },
          _count: { _all: true },
          _sum: { amountMinor: true, refundedMinor: true },
        })
      : [],
  ]);

  const currency = campaign?.currency ?? mostCommon(posts.map((p) => p.collaboration.currency)) ?? "USD";
  const postsPerCollab = new Map<string, number>();
  for (const p of posts) postsPerCollab.set(p.collaborationId, (postsPerCollab.get(p.collaborationId) ?? 0) + 1);
  const money = new Map<string, { revenue: number; conversions: number }>();
  for (const c of conversions) {
    if (!c.collaborationId || c.currency !== currency) continue;
    const m = money.get(c.collaborationId) ?? { revenue: 0, conversions: 0 };
    m.revenue += fromMinorUnits(Number((c._sum.amountMinor ?? 0n) - (c._sum.refundedMinor ?? 0n)), currency);
    m.conversions += c._count._all;
    money.set(c.collaborationId, m);
  }
  const snapsByPost = new Map<string, (typeof snapshots)[number][]>();
  for (const s of snapshots) {
    const list = snapsByPost.get(s.postId);
    if (list) list.push(s);
    else snapsByPost.set(s.postId, [s]);
  }

  const buildPosts: BuildPost[] = posts.map((p) => {
    const share = postsPerCollab.get(p.collaborationId) ?? 1;
    const fee =
      p.collaboration.feeMinor !== null && p.collaboration.currency === currency
        ? fromMinorUnits(Number(p.collaboration.feeMinor), currency)
        : null;
    const m = money.get(p.collaborationId);
    return {
      id: p.id,
      url: p.url,
      platform: p.platform,
      format: p.format,
      postedAt: p.postedAt,
      creator: { key: p.collaboration.influencer.id, name: p.collaboration.influencer.displayName, tier: p.collaboration.influencer.tier },
      cost: fee === null ? null : fee / share,
      revenue: m ? m.revenue / share : null,
      conversions: m ? m.conversions / share : null,
      snapshots: (snapsByPost.get(p.id) ?? []).map(({ postId: _postId, ...s }) => s),
    };
  });

  const built = buildReportData({
    workspaceName: workspace.name,
    campaignName: campaign?.name ?? null,
    period: { from: opts.from ?? null, to: opts.to ?? null },
    timeZone,
    currency,
    now,
    posts: buildPosts,
  });
  // The headline figures and the creators are the Analytics page's for the same range ("all time"
  // is the page's too: from its first day to today).
  const range = { preset: "custom" as const, from: opts.from ?? ALL_TIME_FROM, to: opts.to ?? zonedDay(now, timeZone) };
  const [analytics, creators] = await Promise.all([
    workspaceAnalytics({ workspaceId, timeZone, range }),
    workspaceCreators({ workspaceId, timeZone, range }),
  ]);
  const total = analytics.total;
  return {
    ...built,
    currency: total?.currency ?? built.currency,
    totals: {
      posts: built.totals.posts,
      postsWithMetrics: total?.posts ?? 0,
      reach: total?.totals.reach ?? 0,
      impressions: total?.totals.impressions ?? 0,
      views: total?.totals.views ?? 0,
      likes: total?.totals.likes ?? 0,
      comments: total?.totals.comments ?? 0,
      saves: total?.totals.saves ?? 0,
      shares: total?.totals.shares ?? 0,
      engagements: total?.totals.engagements ?? 0,
      clicks: total?.totals.clicks ?? 0,
      conversions: total?.totals.conversions ?? 0,
      cost: total?.totals.cost ?? 0,
      revenue: total?.totals.revenue ?? 0,
    },
    rates: total ? { ...total.rates } : built.rates,
    missing: total ? { ...total.missing } : built.missing,
    creators: creators.map((c) => creatorRow(c)),
  };
}

/** The Analytics page's "all time" starts here (lib/analytics/range.ts). */
const ALL_TIME_FROM = "2000-01-01";

/** A creator of the Analytics page's export as a report row; a figure no post reported is null ("—"). */
function creatorRow(c: RollupReport & { name: string; tier: string }): ReportCreatorRow {
  const r = c.reported;
  return {
    name: c.name,
    tier: c.tier,
    posts: c.posts,
    reach: r.reach ? c.totals.reach : null,
    impressions: r.impressions || c.impressionsFromViews ? c.totals.impressions : null,
    engagements: r.likes || r.comments || r.saves || r.shares ? c.totals.engagements : null,
    clicks: r.clicks ? c.totals.clicks : null,
    err: c.rates.engagementRateByReach,
    ctr: c.rates.ctr,
    cost: r.cost && c.currency ? c.totals.cost : null,
  };
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}
