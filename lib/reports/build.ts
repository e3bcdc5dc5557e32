/**
 * Builds a ReportData from a workspace's posts and their snapshots (a campaign's report comes from its
 * Results, lib/reports/from-results.ts): totals and rates from lib/metrics campaignReport (latest
 * snapshot per post, never a sum of snapshots), mapped by from-results' `reportHeadline`, a row
 * per creator, a daily series, the gallery and the stories. Pure: the caller reads the database
 * (lib/reports/data.ts) and passes the clock.
 *
 * The daily series spreads each post's running totals over the days they were captured: a snapshot
 * adds what grew since the post's previous snapshot (never less than 0), so the days add up to the
 * latest values. Days are local days of the workspace's time zone.
 */
import { campaignReport, type ReportPost } from "../metrics/report";
import { findViewershipDrops, storyCompletionRate } from "../metrics/stories";
import { addDays, daysBetween, zonedDay } from "../time-zone";
import { reportHeadline } from "./from-results";
import type { ReportCreatorRow, ReportData, ReportDay, ReportGalleryItem, ReportStory } from "./types";

export type BuildSnapshot = {
  capturedAt: Date;
  views: number | null;
  reach: number | null;
  impressions: number | null;
  likes: number | null;
  comments: number | null;
  saves: number | null;
  shares: number | null;
  clicks: number | null;
  frameViews: readonly number[];
  tapsForward?: number | null;
  tapsBack?: number | null;
  tapExits?: number | null;
  swipesForward?: number | null;
};

export type BuildPost = {
  id: string;
  url: string;
  platform: string;
  format: string;
  postedAt: Date | null;
  creator: { key: string; name: string; tier: string };
  /** Currency units of the report's currency; null when unknown. */
  cost: number | null;
  revenue: number | null;
  conversions: number | null;
  snapshots: readonly BuildSnapshot[];
};

export type BuildInput = {
  workspaceName: string;
  campaignName: string | null;
  period: { from: string | null; to: string | null };
  timeZone: string;
  currency: string;
  now: Date;
  posts: readonly BuildPost[];
};

/** The longest daily series a report draws (a year and a day): older days are left out. */
export const MAX_REPORT_DAYS = 366;

const engagementsOf = (s: BuildSnapshot) =>
  s.likes === null && s.comments === null && s.saves === null && s.shares === null
    ? null
    : (s.likes ?? 0) + (s.comments ?? 0) + (s.saves ?? 0) + (s.shares ?? 0);

function dailySeries(input: BuildInput): ReportDay[] {
  const byDay = new Map<string, { impressions: number; engagements: number; clicks: number }>();
  for (const post of input.posts) {
    const sorted = [...post.snapshots].sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime());
    let prev = { impressions: 0, engagements: 0, clicks: 0 };
    for (const s of sorted) {
      const now = {
        impressions: s.impressions ?? s.views ?? prev.impressions,
        engagements: engagementsOf(s) ?? prev.engagements,
        clicks: s.clicks ?? prev.clicks,
      };
      const day = zonedDay(s.capturedAt, input.timeZone);
      const d = byDay.get(day) ?? { impressions: 0, engagements: 0, clicks: 0 };
      d.impressions += Math.max(0, now.impressions - prev.impressions);
      d.engagements += Math.max(0, now.engagements - prev.engagements);
      d.clicks += Math.max(0, now.clicks - prev.clicks);
      byDay.set(day, d);
      prev = {
        impressions: Math.max(prev.impressions, now.impressions),
        engagements: Math.max(prev.engagements, now.engagements),
        clicks: Math.max(prev.clicks, now.clicks),
      };
    }
  }
  const days = [...byDay.keys()].sort();
  if (days.length === 0) return [];
  let first = input.period.from ?? days[0]!;
  const last = input.period.to ?? days.at(-1)!;
  if (daysBetween(first, last) >= MAX_REPORT_DAYS) first = addDays(last, -(MAX_REPORT_DAYS - 1));
  const out: ReportDay[] = [];
  for (let day = first; day <= last; day = addDays(day, 1))
    out.push({ date: day, ...(byDay.get(day) ?? { impressions: 0, engagements: 0, clicks: 0 }) });
  return out;
}

/** The report's figures. Throws RangeError (from campaignReport) for a negative or non-finite count. */
export function buildReportData(input: BuildInput): ReportData {
  const reportPosts: ReportPost[] = input.posts.map((p) => ({
    id: p.id,
    cost: p.cost,
    revenue: p.revenue,
    conversions: p.conversions,
    snapshots: p.snapshots.map((s) => ({ ...s })),
  }));
  const report = campaignReport(reportPosts);

  const creators = new Map<string, { name: string; tier: string; ids: string[] }>();
  for (const p of input.posts) {
    const c = creators.get(p.creator.key) ?? { name: p.creator.name, tier: p.creator.tier, ids: [] };
    c.ids.push(p.id);
    creators.set(p.creator.key, c);
  }
  const creatorRows: ReportCreatorRow[] = [...creators.values()]
    .map((c) => {
      const sub = campaignReport(reportPosts.filter((p) => c.ids.includes(p.id)));
      const any = (f: "reach" | "impressions" | "clicks" | "cost") => sub.reported[f] > 0;
      const engaged = sub.reported.likes + sub.reported.comments + sub.reported.saves + sub.reported.shares > 0;
      return {
        name: c.name,
        tier: c.tier,
        posts: c.ids.length,
        reach: any("reach") ? sub.totals.reach : null,
        impressions: any("impressions") ? sub.totals.impressions : null,
        engagements: engaged ? sub.totals.engagements : null,
        clicks: any("clicks") ? sub.totals.clicks : null,
        err: sub.rates.engagementRateByReach,
        ctr: sub.rates.ctr,
        cost: any("cost") ? sub.totals.cost : null,
      };
    })
    .sort((a, b) => (b.reach ?? -1) - (a.reach ?? -1) || a.name.localeCompare(b.name));

  const perPost = new Map(report.perPost.map((p) => [p.id, p]));
  const gallery: ReportGalleryItem[] = input.posts.map((p) => {
    const r = perPost.get(p.id);
    const l = r?.latest ?? null;
    return {
      url: p.url,
      creator: p.creator.name,
      platform: p.platform,
      format: p.format,
      postedOn: p.postedAt ? zonedDay(p.postedAt, input.timeZone) : null,
      reach: l?.reach ?? null,
      impressions: l?.impressions ?? null,
      likes: l?.likes ?? null,
      comments: l?.comments ?? null,
      err: r?.rates.engagementRateByReach ?? null,
    };
  });

  const stories: ReportStory[] = input.posts.flatMap((p) => {
    const newestFirst = [...p.snapshots].sort((a, b) => b.capturedAt.getTime() - a.capturedAt.getTime());
    const latest = newestFirst.find((s) => s.frameViews.length > 0);
    const nav = newestFirst.find((s) => (s.tapExits ?? null) !== null || (s.swipesForward ?? null) !== null);
    if (!latest && !nav) return [];
    const frames = latest?.frameViews ?? [];
    return [
      {
        url: p.url,
        creator: p.creator.name,
        frameViews: [...frames],
        completion: storyCompletionRate(frames),
        drops: findViewershipDrops(frames).map((d) => ({ afterFrame: d.frame, dropPct: d.dropPct })),
        navigation: nav
          ? {
              tapsForward: nav.tapsForward ?? null,
              tapsBack: nav.tapsBack ?? null,
              tapExits: nav.tapExits ?? null,
              swipesForward: nav.swipesForward ?? null,
            }
          : null,
      },
    ];
  });

  return {
    version: 1,
    generatedAt: input.now.toISOString(),
    workspaceName: input.workspaceName,
    campaignName: input.campaignName,
    period: { ...input.period, timeZone: input.timeZone },
    currency: input.currency,
    ...reportHeadline(report),
    creators: creatorRows,
    daily: dailySeries(input),
    gallery,
    stories,
  };
}
