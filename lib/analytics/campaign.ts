// A campaign's results, read once for its Results tab, its CSV export and its client reports:
// `loadCampaignResults` returns ONE plain-JSON object (numbers, strings, ISO dates; no Date, BigInt
// or Map), the `CampaignResults` type below. Other readers (client reports, SQL rollups) depend on
// this shape: add fields, never rename or repurpose one.
//
// Rules (README "Domain rules": Metrics; seed article "The Ultimate Guide to Micro-Influencer
// Marketing", "Track metrics that actually matter"):
// - Snapshots are running totals: each post counts with its LATEST snapshot captured by the end of
//   `to` (campaignReport in lib/metrics/report.ts), never a sum of snapshots.
// - Cost of a collaboration = its fee + the product's value when recorded (same currency only),
//   shared evenly over its posts. A collaboration with a fee but no post yet is "not live yet": it is
//   listed among the creators but adds nothing to cost, CPM or ROI (the page says so).
// - Revenue and orders are attributed per collaboration (lib/conversions: a tracking-link click
//   wins, else a discount code), cancelled orders excluded, refunds netted, ordered within
//   [from, to]; shared evenly over the collaboration's posts.
// - CTR uses our tracking-link clicks (people only: bots and link unfurlers excluded, each visitor
//   capped per link and hour as lib/tracking/performance.ts counts them) where the collaboration has
//   tracking links, else the clicks the platform reported on the posts. `clicksSource` says which.
// - Money: the campaign's currency is the report's currency. Amounts are integer minor units with
//   their currency in this object; `report` (campaignReport) is in currency units of
//   `report.currency`. Fees, product values or revenue in another currency are never added or
//   converted: they are left out and listed in `currencyNotices`, and the campaign's money rates
//   (CPM, CPE, CPC, CPA, ROI, ROAS) become "—" with that reason.
// - Impressions: the platform's impressions, else its views (Instagram reports views since 2025).
// - The daily curve carries each post's latest snapshot forward day by day (local days in the
//   workspace's time zone): running totals and the per-day increase.
// - EMV is an estimate: impressions valued at the seed case's $5.13 CPM, USD campaigns only.
//
// Snapshots are read through the rollups every insert keeps (lib/analytics/campaign-snapshots.ts,
// README "Scaling"), never scanned: each post's latest snapshot as of each day's end, the same
// snapshot a scan would pick, so the figures are the scan's in any time zone.
import { KPI_METRICS } from "../campaigns/labels";
import { netRevenueMinor } from "../conversions/attribution";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { emv } from "../metrics/costs";
import { compareCtr, CTR_BENCHMARKS, isCtrIndustry } from "../metrics/ctr";
import { rateErr } from "../metrics/engagement";
import { METRIC_FORMULAS } from "../metrics/formulas";
import { fromMinorUnits } from "../metrics/money";
import { campaignReport, type ReportPost, type ReportSnapshot } from "../metrics/report";
import { findViewershipDrops, rateStoryCompletion, storyCompletionRate } from "../metrics/stories";
import { addDays, daysBetween, zonedDay, zonedDayEnd, zonedDayStart } from "../time-zone";
import { dailySeries, kpiStatus, splitEvenly, type CurvePoint } from "./campaign-math";
import { firstCapturedAt, snapshotsAsOf, sourcesAndEvidence, storySnapshots, type SnapRow } from "./campaign-snapshots";
import {
  EMV_CPM_USD,
  MAX_DAYS,
  type CampaignResults,
  type CreatorRow,
  type GalleryPost,
  type KpiResult,
  type Money,
  type Serialised,
  type StoryRow,
} from "./campaign-types";

export type { CampaignResults, ClicksSource, CreatorRow, GalleryPost, KpiResult, Money, Serialised, StoryRow } from "./campaign-types";
export { EMV_CPM_USD, MAX_DAYS } from "./campaign-types";

const engagementsOf = (s: SnapRow) =>
  s.likes === null && s.comments === null && s.saves === null && s.shares === null
    ? null
    : (s.likes ?? 0) + (s.comments ?? 0) + (s.saves ?? 0) + (s.shares ?? 0);

const serialise = <T>(value: T): Serialised<T> => JSON.parse(JSON.stringify(value)) as Serialised<T>;

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Tracking-link clicks by people per collaboration and local day, counted as lib/tracking/performance.ts does. */
async function clicksByCollaborationDay(workspaceId: string, ids: string[], timeZone: string, start: Date, end: Date) {
  if (ids.length === 0) return [];
  return db.$queryRaw<{ collaborationId: string; day: string; total: bigint | null; bots: bigint | null }[]>`
    WITH per AS MATERIALIZED (
      SELECT "collaborationId", "linkId", "visitorHash", "isBot",
             ((date_trunc('hour', "at") AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date AS day,
             count(*) AS n
      FROM "Click"
      WHERE "workspaceId" = ${workspaceId} AND "collaborationId" = ANY(${ids}) AND "at" >= ${start} AND "at" <= ${end}
      GROUP BY "collaborationId", "linkId", "visitorHash", "isBot", date_trunc('hour', "at")
    )
    SELECT "collaborationId", to_char(day, 'YYYY-MM-DD') AS day,
           sum(least(n, ${env.TRACKING_VISITOR_HOURLY_CAP})) FILTER (WHERE NOT "isBot") AS total,
           sum(n) FILTER (WHERE "isBot") AS bots
    FROM per GROUP BY "collaborationId", day`;
}

/**
 * Everything the campaign's Results tab shows, as one plain-JSON object (see the rules above).
 * `from`/`to` are local days ("YYYY-MM-DD") in `timeZone`; by default from its first post or
 * snapshot (else the campaign's start) to today, at most MAX_DAYS days. Throws NOT_FOUND for a campaign that
 * is not the workspace's, BAD_REQUEST for a malformed or reversed range.
 */
export async function loadCampaignResults(opts: {
  workspaceId: string;
  campaignId: string;
  timeZone: string;
  from?: string;
  to?: string;
  now?: Date;
}): Promise<CampaignResults> {
  const { workspaceId, campaignId, timeZone } = opts;
  const now = opts.now ?? new Date();
  for (const d of [opts.from, opts.to]) {
    if (d !== undefined && !DAY_RE.test(d)) throw new AppError("BAD_REQUEST", "Dates must look like 2026-05-01.");
  }
  // Three rounds of queries, each run at once: the campaign, its creators and posts; then, for the
  // period, the snapshots (rollups and index probes), clicks, orders and drafts.
  const [campaign, collaborations, posts, firstSnapshot] = await Promise.all([
    db.campaign.findUnique({
      where: { workspaceId_id: { workspaceId, id: campaignId } },
      select: {
        id: true,
        name: true,
        goal: true,
        industry: true,
        status: true,
        currency: true,
        budgetMinor: true,
        startDate: true,
        endDate: true,
        kpis: true,
      },
    }),
    db.collaboration.findMany({
      where: { workspaceId, campaignId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        status: true,
        feeMinor: true,
        currency: true,
        seeding: { select: { valueMinor: true, currency: true } },
        influencer: {
          select: {
            id: true,
            displayName: true,
            tier: true,
            followers: true,
            accounts: { select: { platform: true, handle: true, followers: true }, orderBy: { followers: "desc" }, take: 1 },
          },
        },
        _count: { select: { trackingLinks: true } },
      },
    }),
    db.post.findMany({
      where: { workspaceId, collaboration: { campaignId } },
      orderBy: [{ postedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, collaborationId: true, deliverableId: true, url: true, platform: true, format: true, postedAt: true },
    }),
    // The first snapshot of any of its posts (even after `to`): only the default start reads it.
    opts.from === undefined ? firstCapturedAt(workspaceId, campaignId) : null,
  ]);
  if (!campaign) throw new AppError("NOT_FOUND", "Campaign not found.");
  const currency = campaign.currency;
  const collabIds = collaborations.map((c) => c.id);
  const postIds = posts.map((p) => p.id);

  // ---- the period ----
  const today = zonedDay(now, timeZone);
  const campaignStart = campaign.startDate ? campaign.startDate.toISOString().slice(0, 10) : null;
  const campaignEnd = campaign.endDate ? campaign.endDate.toISOString().slice(0, 10) : null;
  const firstSeen = [
    ...posts.flatMap((p) => (p.postedAt ? [p.postedAt.getTime()] : [])),
    ...(firstSnapshot === null ? [] : [firstSnapshot]),
  ].reduce((a, b) => Math.min(a, b), Infinity);
  const to = opts.to ?? today;
  // By default the curve starts with the first post (or snapshot), else at the campaign's start.
  let from = opts.from ?? (Number.isFinite(firstSeen) ? zonedDay(firstSeen, timeZone) : (campaignStart ?? addDays(to, -29)));
  if (from > to) {
    if (opts.from !== undefined) throw new AppError("BAD_REQUEST", "The start date is after the end date.");
    from = to;
  }
  if (daysBetween(from, to) + 1 > MAX_DAYS) from = addDays(to, -(MAX_DAYS - 1));
  const start = zonedDayStart(from, timeZone);
  const end = zonedDayEnd(to, timeZone);
  // The end of each local day of the curve, from the day before `from` (what it carries in) to `to`.
  const curveDays = Array.from({ length: daysBetween(from, to) + 2 }, (_, k) => addDays(from, k - 1));
  const dayEnds = new Map(curveDays.map((d) => [d, zonedDayEnd(d, timeZone).getTime()]));
  const cuts = curveDays.map((d) => dayEnds.get(d)!);

  // ---- each post's latest snapshot as of each day's end (the rollups; lib/analytics/campaign-snapshots.ts) ----
  const storyIds = posts.filter((p) => p.format === "story").map((p) => p.id);
  const deliverableIds = [...new Set(posts.flatMap((p) => (p.deliverableId ? [p.deliverableId] : [])))];
  const [asOf, storySnaps, sources, drafts, clickRows, orders] = await Promise.all([
    snapshotsAsOf({ workspaceId, postIds, cuts }),
    storySnapshots({ workspaceId, postIds: storyIds, end: end.getTime() }),
    sourcesAndEvidence({ workspaceId, postIds, end: end.getTime() }),
    deliverableIds.length
      ? db.contentDraft.findMany({
          where: { workspaceId, deliverableId: { in: deliverableIds } },
          orderBy: { version: "desc" },
          select: {
            deliverableId: true,
            version: true,
            compliant: true,
            findings: true,
            media: { orderBy: { position: "asc" }, take: 1, select: { fileId: true, file: { select: { kind: true } } } },
          },
        })
      : [],
    // ---- clicks and orders in the period ----
    clicksByCollaborationDay(workspaceId, collabIds, timeZone, start, end),
    collabIds.length
      ? db.conversion.findMany({
          where: {
            workspaceId,
            collaborationId: { in: collabIds },
            status: { not: "cancelled" },
            orderedAt: { gte: start, lte: end },
          },
          select: {
            collaborationId: true,
            orderedAt: true,
            currency: true,
            amountMinor: true,
            refundedMinor: true,
            status: true,
            attributedBy: true,
          },
        })
      : [],
  ]);
  const asOfByPost = new Map(postIds.map((id, i) => [id, asOf[i]!]));
  /** Each post's latest snapshot captured by the end of `to`. */
  const latestOf = new Map(postIds.map((id, i) => [id, asOf[i]!.at(-1) ?? null]));

  const currencyNotices = new Map<string, { currency: string; what: "fees" | "product value" | "revenue"; minor: number }>();
  const notice = (what: "fees" | "product value" | "revenue", cur: string, minor: number) => {
    const key = `${what}:${cur}`;
    const n = currencyNotices.get(key) ?? { currency: cur, what, minor: 0 };
    n.minor += minor;
    currencyNotices.set(key, n);
  };

  const trackedByCollab = new Map<string, number>();
  const trackedByDay = new Map<string, number>();
  let bots = 0;
  const tracked = new Set(collaborations.filter((c) => c._count.trackingLinks > 0).map((c) => c.id));
  for (const r of clickRows) {
    const n = Number(r.total ?? 0);
    bots += Number(r.bots ?? 0);
    trackedByCollab.set(r.collaborationId, (trackedByCollab.get(r.collaborationId) ?? 0) + n);
    trackedByDay.set(r.day, (trackedByDay.get(r.day) ?? 0) + n);
  }
  const ordersByCollab = new Map<string, { orders: number; codeOrders: number; revenueMinor: number }>();
  const ordersByDay = new Map<string, number>();
  for (const o of orders) {
    if (!o.collaborationId) continue;
    const acc = ordersByCollab.get(o.collaborationId) ?? { orders: 0, codeOrders: 0, revenueMinor: 0 };
    acc.orders++;
    if (o.attributedBy === "code") acc.codeOrders++;
    const net = Number(netRevenueMinor(o));
    if (o.currency === currency) acc.revenueMinor += net;
    else notice("revenue", o.currency, net);
    ordersByCollab.set(o.collaborationId, acc);
    const day = zonedDay(o.orderedAt, timeZone);
    ordersByDay.set(day, (ordersByDay.get(day) ?? 0) + 1);
  }

  // ---- cost per collaboration (fee + product value, same currency only) ----
  const postsByCollab = new Map<string, typeof posts>();
  for (const p of posts) postsByCollab.set(p.collaborationId, [...(postsByCollab.get(p.collaborationId) ?? []), p]);
  let foreignMoney = false;
  const costOf = (c: (typeof collaborations)[number]): { cost: Money | null; reason: string | null } => {
    let minor: number | null = null;
    let cur: string | null = null;
    let reason: string | null = null;
    const isLive = (postsByCollab.get(c.id)?.length ?? 0) > 0;
    if (c.feeMinor !== null) {
      if (c.currency === currency) {
        minor = Number(c.feeMinor);
        cur = c.currency;
      } else {
        if (isLive) notice("fees", c.currency, Number(c.feeMinor));
        reason = `fee in ${c.currency}, not added to ${currency}`;
      }
    }
    const seed = c.seeding;
    if (seed?.valueMinor != null) {
      if (seed.currency === currency) {
        minor = (minor ?? 0) + Number(seed.valueMinor);
        cur = currency;
      } else {
        if (isLive) notice("product value", seed.currency, Number(seed.valueMinor));
        reason ??= `product value in ${seed.currency}, not added to ${currency}`;
      }
    }
    if (reason && isLive) foreignMoney = true;
    if (minor === null) return { cost: null, reason: reason ?? "no fee recorded" };
    return { cost: { minor, currency: cur ?? currency }, reason };
  };

  // ---- posts for the report ----
  const reportPosts: ReportPost[] = [];
  const collabOfPost: string[] = [];
  const creators: CreatorRow[] = [];
  let costMinor: number | null = null;
  let revenueMinor: number | null = null;
  let notLiveMinor: number | null = null;
  const perCollabPosts = new Map<string, ReportPost[]>();
  for (const c of collaborations) {
    const own = postsByCollab.get(c.id) ?? [];
    const { cost, reason: costReason } = costOf(c);
    const isTracked = tracked.has(c.id);
    const o = ordersByCollab.get(c.id);
    const revenue = o && o.revenueMinor !== 0 ? o.revenueMinor : o ? 0 : null;
    if (own.length > 0) {
      if (cost) costMinor = (costMinor ?? 0) + cost.minor;
      if (revenue !== null) revenueMinor = (revenueMinor ?? 0) + revenue;
    } else if (cost) {
      notLiveMinor = (notLiveMinor ?? 0) + cost.minor;
    }
    const costs = splitEvenly(cost ? fromMinorUnits(cost.minor, cost.currency) : null, own.length);
    const revenues = splitEvenly(revenue === null ? null : fromMinorUnits(revenue, currency), own.length);
    const conversions = splitEvenly(o ? o.orders : null, own.length);
    const clicks = splitEvenly(isTracked ? (trackedByCollab.get(c.id) ?? 0) : null, own.length);
    const list: ReportPost[] = own.map((p, i) => {
      // campaignReport reads each post's latest snapshot only: that one is enough.
      const latest = latestOf.get(p.id);
      const snapshots: ReportSnapshot[] = (latest ? [latest] : []).map((s) => ({
        capturedAt: s.capturedAt,
        reach: s.reach,
        impressions: s.impressions,
        views: s.views,
        likes: s.likes,
        comments: s.comments,
        saves: s.saves,
        shares: s.shares,
        clicks: isTracked ? clicks[i] : s.clicks,
      }));
      return { id: p.id, cost: costs[i], revenue: revenues[i], conversions: conversions[i], snapshots };
    });
    perCollabPosts.set(c.id, list);
    for (const rp of list) {
      reportPosts.push(rp);
      collabOfPost.push(c.id);
    }
    const r = campaignReport(list);
    const account = c.influencer.accounts[0];
    const missing: Record<string, string> = {};
    if (own.length === 0) missing.posts = "not live yet";
    else if (r.postsWithMetrics === 0) missing.metrics = "no numbers entered yet";
    const rm = r.missing;
    if (rm.engagementRateByReach) missing.err = rm.engagementRateByReach;
    if (rm.ctr) missing.ctr = rm.ctr;
    if (rm.roi) missing.roi = rm.roi;
    if (!cost) missing.cost = costReason ?? "no fee recorded";
    else if (costReason) missing.roi = costReason;
    if (r.reported.reach === 0) missing.reach = "reach not reported";
    if (r.reported.impressions === 0) missing.impressions = "impressions not reported";
    if (own.length > 0 && !isTracked && r.reported.clicks === 0) missing.clicks = "no clicks reported";
    const err = r.rates.engagementRateByReach;
    creators.push({
      collaborationId: c.id,
      influencer: {
        id: c.influencer.id,
        name: c.influencer.displayName,
        handle: account?.handle ?? null,
        platform: account?.platform ?? null,
        followers: c.influencer.followers,
      },
      tier: c.influencer.tier,
      collaborationStatus: c.status,
      live: own.length > 0 ? "live" : "not live yet",
      posts: own.length,
      postsWithMetrics: r.postsWithMetrics,
      reach: r.reported.reach ? r.totals.reach : null,
      impressions: r.reported.impressions ? r.totals.impressions : null,
      engagements: r.reported.likes || r.reported.comments || r.reported.saves || r.reported.shares ? r.totals.engagements : null,
      clicks: isTracked ? (trackedByCollab.get(c.id) ?? 0) : r.reported.clicks ? r.totals.clicks : null,
      clicksSource: isTracked ? "tracking" : "platform",
      err,
      errRating: rateErr(err),
      ctr: r.rates.ctr,
      cost,
      conversions: o?.orders ?? 0,
      revenue: revenue === null ? null : { minor: revenue, currency },
      roi: costReason ? null : r.rates.roi,
      missing,
    });
  }

  // ---- the campaign's report ----
  const raw = campaignReport(reportPosts);
  let report = serialise(raw);
  if (foreignMoney) {
    const codes = [...new Set([...currencyNotices.values()].filter((n) => n.what !== "revenue").map((n) => n.currency))].join(", ");
    const why = `fees in ${[currency, codes].join(", ")}: not added together`;
    const rates = { ...report.rates, cpm: null, cpe: null, cpc: null, cpa: null, roi: null, roas: null };
    const missing = { ...report.missing, cpm: why, cpe: why, cpc: why, cpa: why, roi: why, roas: why };
    report = { ...report, rates, missing };
  }

  // ---- stories, gallery ----
  const nameOf = new Map(collaborations.map((c) => [c.id, c.influencer.displayName]));
  const stories: StoryRow[] = [];
  let firstFrames = 0;
  let lastFrames = 0;
  for (const p of posts) {
    if (p.format !== "story") continue;
    // Navigation comes from a connector, frame views mostly from the creator: each from its latest snapshot.
    const withFrames = storySnaps.get(p.id)?.frames ?? undefined;
    const withNav = storySnaps.get(p.id)?.nav ?? undefined;
    if (!withFrames && !withNav) continue;
    const frames = withFrames?.frameViews ?? [];
    if (frames.length >= 2) {
      firstFrames += frames[0]!;
      lastFrames += frames.at(-1)!;
    }
    const completion = storyCompletionRate(frames);
    stories.push({
      postId: p.id,
      url: p.url,
      influencerName: nameOf.get(p.collaborationId) ?? "",
      capturedAt: (withFrames ?? withNav)!.capturedAt.toISOString(),
      frames,
      completion,
      rating: rateStoryCompletion(completion),
      drops: findViewershipDrops(frames),
      navigation: withNav
        ? { tapsForward: withNav.tapsForward, tapsBack: withNav.tapsBack, tapExits: withNav.tapExits, swipesForward: withNav.swipesForward }
        : null,
    });
  }
  const storyCompletion = firstFrames > 0 ? (lastFrames / firstFrames) * 100 : null;

  const draftOf = new Map<string, (typeof drafts)[number]>();
  for (const d of drafts) if (!draftOf.has(d.deliverableId)) draftOf.set(d.deliverableId, d);
  const perPost = new Map(raw.perPost.map((pp) => [pp.id, pp]));
  const gallery: GalleryPost[] = posts.map((p) => {
    const latest = latestOf.get(p.id) ?? null;
    const draft = p.deliverableId ? draftOf.get(p.deliverableId) : undefined;
    const findings = Array.isArray(draft?.findings) ? (draft.findings as { message?: unknown }[]) : [];
    const media = draft?.media[0];
    const pp = perPost.get(p.id);
    return {
      postId: p.id,
      collaborationId: p.collaborationId,
      influencerName: nameOf.get(p.collaborationId) ?? "",
      url: p.url,
      platform: p.platform,
      format: p.format,
      postedAt: p.postedAt?.toISOString() ?? null,
      latest: latest
        ? {
            capturedAt: latest.capturedAt.toISOString(),
            source: sources.get(p.id)?.source ?? "",
            views: latest.views,
            reach: latest.reach,
            impressions: latest.impressions,
            likes: latest.likes,
            comments: latest.comments,
            saves: latest.saves,
            shares: latest.shares,
            clicks: latest.clicks,
          }
        : null,
      err: pp?.rates.engagementRateByReach ?? null,
      missing: postMissing(latest !== null, pp?.missing.engagementRateByReach),
      thumbnailFileId: media && media.file.kind === "image" ? media.fileId : null,
      evidenceFileId: sources.get(p.id)?.evidenceFileId ?? null,
      disclosure: draft
        ? {
            status: draft.compliant ? "compliant" : "issues",
            draftVersion: draft.version,
            findings: findings.map((f) => (typeof f.message === "string" ? f.message : "")).filter(Boolean),
          }
        : { status: "not checked", draftVersion: null, findings: [] },
    };
  });

  // ---- daily curve ----
  // Each post's snapshot as of each day's end, placed at that end: dailySeries picks exactly it.
  const curves: CurvePoint[][] = reportPosts.map((rp) =>
    (asOfByPost.get(rp.id) ?? []).flatMap((s, k) =>
      s ? [{ at: cuts[k]!, impressions: s.impressions ?? s.views, engagements: engagementsOf(s), clicks: s.clicks }] : [],
    ),
  );
  const platformClickPosts = new Set(collabOfPost.flatMap((cid, i) => (tracked.has(cid) ? [] : [i])));
  const daily = dailySeries({
    from,
    to,
    dayEnd: (d) => dayEnds.get(d) ?? zonedDayEnd(d, timeZone).getTime(),
    posts: curves,
    platformClickPosts,
    trackedClicksByDay: trackedByDay,
    conversionsByDay: ordersByDay,
  });

  // ---- headline judgements ----
  const liveCollabs = collaborations.filter((c) => (postsByCollab.get(c.id)?.length ?? 0) > 0);
  const trackedLive = liveCollabs.filter((c) => tracked.has(c.id)).length;
  const clicksSource: CampaignResults["clicksSource"] =
    liveCollabs.length === 0 ? null : trackedLive === liveCollabs.length ? "tracking" : trackedLive === 0 ? "platform" : "mixed";
  const industry = campaign.industry;
  const ctrBenchmark =
    industry && isCtrIndustry(industry)
      ? { industry, ...CTR_BENCHMARKS[industry], comparison: compareCtr(report.rates.ctr, industry) }
      : null;
  const impressionsKnown = report.reported.impressions > 0 || report.impressionsFromViews > 0;
  const emvValue = currency === "USD" && impressionsKnown ? emv({ impressions: report.totals.impressions, cpm: EMV_CPM_USD }) : null;
  const emvMissing = currency !== "USD" ? `no CPM benchmark for ${currency}` : impressionsKnown ? null : "impressions not reported";

  // ---- KPIs ----
  const t = report.totals;
  const followersOfPosts = reportPosts.reduce((sum, rp, i) => {
    const c = collaborations.find((x) => x.id === collabOfPost[i]);
    return sum + (perPost.get(rp.id)?.latest ? (c?.influencer.followers ?? 0) : 0);
  }, 0);
  const codeOrders = [...ordersByCollab.values()].reduce((s, o) => s + o.codeOrders, 0);
  const orderCount = [...ordersByCollab.values()].reduce((s, o) => s + o.orders, 0);
  const kpiList = Array.isArray(campaign.kpis) ? (campaign.kpis as { metric?: unknown; target?: unknown }[]) : [];
  const kpis: KpiResult[] = kpiList.flatMap((k) => {
    if (typeof k.metric !== "string" || typeof k.target !== "number" || !(k.metric in KPI_METRICS)) return [];
    const metric = k.metric as keyof typeof KPI_METRICS;
    const def = KPI_METRICS[metric];
    let actual: number | null = null;
    let missing: string | null = null;
    let formula = "";
    let inputs: KpiResult["inputs"] = [];
    switch (metric) {
      case "err":
        actual = report.rates.engagementRateByReach;
        missing = report.missing.engagementRateByReach ?? null;
        formula = METRIC_FORMULAS.engagementRateByReach.formula;
        inputs = [
          { label: "Likes", value: t.likes },
          { label: "Comments", value: t.comments },
          { label: "Saves", value: t.saves },
          {
            label: "Reach",
            value: report.reported.reach ? t.reach : null,
            note: `${report.reported.reach} of ${report.posts} posts reported reach`,
          },
        ];
        break;
      case "engagement_rate":
        actual = followersOfPosts > 0 && report.postsWithMetrics > 0 ? (t.engagements / followersOfPosts) * 100 : null;
        missing = actual === null ? (report.postsWithMetrics ? "followers unknown" : "no numbers entered yet") : null;
        formula = "(likes + comments + saves + shares) ÷ followers × 100, each post's creator's followers summed";
        inputs = [
          { label: "Engagements", value: t.engagements },
          { label: "Followers (per post with numbers)", value: followersOfPosts },
        ];
        break;
      case "ctr":
        actual = report.rates.ctr;
        missing = report.missing.ctr ?? null;
        formula = METRIC_FORMULAS.ctr.formula;
        inputs = [
          { label: "Clicks", value: t.clicks, note: clicksNote(clicksSource) },
          { label: "Impressions", value: impressionsKnown ? t.impressions : null },
        ];
        break;
      case "impressions":
        actual = impressionsKnown ? t.impressions : null;
        missing = actual === null ? "impressions not reported" : null;
        formula = "Σ impressions of each post's latest snapshot (views where the platform reports no impressions)";
        inputs = [{ label: "Posts with impressions or views", value: report.reported.impressions + report.impressionsFromViews }];
        break;
      case "clicks":
        actual = t.clicks;
        formula = "Σ clicks: tracking-link clicks by people where the collaboration has links, else platform-reported clicks";
        inputs = [{ label: "Clicks", value: t.clicks, note: clicksNote(clicksSource) }];
        break;
      case "conversions":
        actual = orderCount;
        formula = "attributed orders (click wins, else discount code), cancelled ones excluded";
        inputs = [{ label: "Orders", value: orderCount }];
        break;
      case "code_redemptions":
        actual = codeOrders;
        formula = "orders attributed by discount code";
        inputs = [{ label: "Orders with a campaign code", value: codeOrders }];
        break;
      case "story_completion":
        actual = storyCompletion;
        missing = actual === null ? "no story frame views reported" : null;
        formula = "Σ views of last frames ÷ Σ views of first frames × 100";
        inputs = [
          { label: "First-frame views", value: stories.length ? firstFrames : null },
          { label: "Last-frame views", value: stories.length ? lastFrames : null },
        ];
        break;
    }
    return [
      {
        metric,
        label: def.label,
        unit: def.unit,
        target: k.target,
        actual,
        status: kpiStatus({ metric, actual, target: k.target, today, startDate: campaignStart, endDate: campaignEnd }),
        missing,
        formula,
        inputs,
      },
    ];
  });

  return {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      goal: campaign.goal,
      industry: campaign.industry,
      status: campaign.status,
      currency,
      budget: campaign.budgetMinor === null ? null : { minor: Number(campaign.budgetMinor), currency },
      startDate: campaignStart,
      endDate: campaignEnd,
    },
    period: { from, to, timeZone },
    report: { ...report, currency },
    money: {
      cost: costMinor === null ? null : { minor: costMinor, currency },
      revenue: revenueMinor === null ? null : { minor: revenueMinor, currency },
      notLiveYetCost: notLiveMinor === null ? null : { minor: notLiveMinor, currency },
    },
    clicksSource,
    trackedClicks: { total: [...trackedByCollab.values()].reduce((a, b) => a + b, 0), bots },
    ctrBenchmark,
    errRating: rateErr(report.rates.engagementRateByReach),
    emv: emvValue,
    emvMissing,
    storyCompletion,
    kpis,
    creators,
    daily,
    stories,
    gallery,
    currencyNotices: [...currencyNotices.values()].map((n) => ({
      currency: n.currency,
      what: n.what,
      amount: { minor: n.minor, currency: n.currency },
    })),
  };
}

function postMissing(hasNumbers: boolean, err: string | undefined): Record<string, string> {
  if (!hasNumbers) return { metrics: "no numbers entered yet" };
  return err ? { err } : {};
}

function clicksNote(source: CampaignResults["clicksSource"]): string {
  if (source === "tracking") return "our tracking-link clicks (people; bots excluded)";
  if (source === "platform") return "clicks reported by the platform";
  if (source === "mixed") return "tracking-link clicks where a creator has links, else platform-reported clicks";
  return "no live posts yet";
}
