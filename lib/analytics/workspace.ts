// Workspace analytics: the campaign KPIs across campaigns for the posts that went live in a date
// range, by campaign, by platform and by tier (the seed guide's central claim — micro-influencers
// beat macro on engagement and cost — checked on the workspace's own numbers), the top creators by
// ROI and by ERR, and the CSV export. The figures and the money come from the pre-summed rows, the
// top creators from one pass over the range's latest rows (lib/analytics/workspace-sums.ts), the names
// joined to both; every rate is campaignReport's (lib/analytics/rates.ts).
import { toCsv } from "../csv";
import { db } from "../db";
import { TIERS, type Tier } from "../metrics";
import type { DateRange } from "./range";
import { reportFromSums, type RollupReport } from "./rates";
import { rollupSums, type RollupSums } from "./rollups";
import { workspacePageSums } from "./workspace-sums";

/** A creator needs at least this much reach to rank by ERR: 40 likes on a reach of 50 is not a finding. */
export const MIN_REACH_TO_RANK = 1_000;

/** How many creators each top list shows. */
export const TOP_CREATORS = 10;

/** How many campaigns the by-campaign table shows before "Show all" (most impressions first). */
export const CAMPAIGNS_SHOWN = 20;

export type NamedReport = RollupReport & { name: string };
export type CreatorReport = RollupReport & { name: string; tier: string };

export interface WorkspaceAnalytics {
  range: DateRange;
  total: RollupReport | null;
  /** Most impressions first (ties by name): the first `campaigns` asked for, or all of them. */
  byCampaign: NamedReport[];
  /** How many campaigns had posts in the period (byCampaign may show fewer). */
  campaignCount: number;
  byPlatform: RollupReport[];
  /** In tier order, smallest first; tiers without posts left out. */
  byTier: RollupReport[];
  topByRoi: CreatorReport[];
  topByErr: CreatorReport[];
}

/** The workspace's KPIs for the posts that went live in `range` (days in the workspace's time zone). */
export async function workspaceAnalytics(opts: {
  workspaceId: string;
  timeZone: string;
  range: DateRange;
  /** How many campaigns to name and report on: the table's first page (default) or "all" (the export). */
  campaigns?: number | "all";
}): Promise<WorkspaceAnalytics> {
  const { range } = opts;
  // Only the first CAMPAIGNS_SHOWN campaigns by impressions (or all of them) and only the creators that
  // can make a top list leave the database (the first TOP_CREATORS by ROI and by ERR, ties at the cut
  // included); the ties are broken by name below.
  const limit = opts.campaigns === "all" ? Infinity : (opts.campaigns ?? CAMPAIGNS_SHOWN);
  const { sums, campaignCount, campaignNames, creatorNames } = await workspacePageSums({
    ...opts,
    groups: ["campaign", "platform", "tier"],
    creators: { leaders: TOP_CREATORS, minReach: MIN_REACH_TO_RANK },
    campaigns: limit === Infinity ? "all" : limit,
  });
  const of = (g: RollupSums["group"]) => sums.filter((s) => s.group === g).map(reportFromSums);
  const campaigns = sums.filter((s) => s.group === "campaign").map(reportFromSums);
  // The leaders' values on their sums (the SQL ranked on the same formulas); full reports and names
  // for them only.
  const creatorSums = sums.filter((s) => s.group === "influencer");
  const leaders = (value: (s: RollupSums) => number | null) =>
    creatorSums.filter((s) => {
      const v = value(s);
      return v !== null && Number.isFinite(v);
    });
  const roiLeaders = leaders((s) =>
    s.currencies.length === 1 && s.reported.cost > 0 && s.reported.revenue > 0 && s.costMinor > 0
      ? (s.revenueMinor - s.costMinor) / s.costMinor
      : null,
  );
  const errLeaders = leaders((s) =>
    s.reported.reach > 0 && s.sum.reach >= MIN_REACH_TO_RANK ? (s.sum.likes + s.sum.comments + s.sum.saves) / s.sum.reach : null,
  );
  const creators = [...new Set([...roiLeaders, ...errLeaders])].map(reportFromSums);
  const named = new Map<string, CreatorReport>(
    creators.map((c) => {
      const n = creatorNames.get(c.key!);
      return [c.key!, { ...c, name: n?.name ?? "", tier: n?.tier ?? "none" }];
    }),
  );
  const top = (rows: RollupSums[], value: (r: CreatorReport) => number | null) =>
    rows
      .map((r) => named.get(r.key!)!)
      .filter((r) => value(r) !== null)
      .sort((a, b) => value(b)! - value(a)! || a.name.localeCompare(b.name))
      .slice(0, TOP_CREATORS);
  const total = sums.find((s) => s.group === "all");
  return {
    range,
    total: total ? reportFromSums(total) : null,
    byCampaign: campaigns
      .map((c) => ({ ...c, name: campaignNames.get(c.key!) ?? "" }))
      .sort((a, b) => b.totals.impressions - a.totals.impressions || a.name.localeCompare(b.name))
      .slice(0, limit),
    campaignCount,
    byPlatform: of("platform").sort((a, b) => b.totals.impressions - a.totals.impressions),
    byTier: of("tier").sort((a, b) => TIERS.indexOf(a.key as Tier) - TIERS.indexOf(b.key as Tier)),
    topByRoi: top(roiLeaders, (r) => r.rates.roi),
    topByErr: top(errLeaders, (r) => r.rates.engagementRateByReach),
  };
}

/**
 * What the tier table says about the seed guide's claim, in words: micro against macro on ERR and
 * CPM, or why it can't be said (a tier without posts, a rate without its inputs).
 */
export function tierFinding(byTier: readonly RollupReport[]): string {
  const micro = byTier.find((t) => t.key === "micro");
  const macro = byTier.find((t) => t.key === "macro");
  if (!micro || !macro) return "Comparing micro with macro needs posts from both tiers in this period.";
  const parts: string[] = [];
  const [errMicro, errMacro] = [micro.rates.engagementRateByReach, macro.rates.engagementRateByReach];
  if (errMicro !== null && errMacro !== null) {
    const verdict = errMicro > errMacro ? "micro higher" : errMicro < errMacro ? "macro higher" : "equal";
    parts.push(`ERR ${errMicro.toFixed(2)} % for micro vs ${errMacro.toFixed(2)} % for macro (${verdict})`);
  }
  const [cpmMicro, cpmMacro] = [micro.rates.cpm, macro.rates.cpm];
  if (cpmMicro !== null && cpmMacro !== null && micro.currency === macro.currency) {
    const verdict = cpmMicro < cpmMacro ? "micro cheaper" : cpmMicro > cpmMacro ? "macro cheaper" : "equal";
    parts.push(`CPM ${cpmMicro.toFixed(2)} ${micro.currency} for micro vs ${cpmMacro.toFixed(2)} for macro (${verdict})`);
  }
  return parts.length ? `${parts.join("; ")}.` : "ERR and CPM need reach, impressions and costs reported for both tiers.";
}

const RATE_COLUMNS = [
  ["engagementRateByReach", "err_pct"],
  ["engagementRateByImpressions", "engagement_by_impressions_pct"],
  ["ctr", "ctr_pct"],
  ["cpm", "cpm"],
  ["cpe", "cpe"],
  ["cpc", "cpc"],
  ["cpa", "cpa"],
  ["roi", "roi_pct"],
  ["roas", "roas"],
] as const;

/** The analytics as CSV: one row per group (all, campaign, platform, tier, creator), rates empty when "—". */
export function workspaceAnalyticsCsv(a: WorkspaceAnalytics, creators: readonly CreatorReport[] = []): string {
  const headers = [
    "group",
    "key",
    "name",
    "from",
    "to",
    "posts",
    "creators",
    "currency",
    "reach",
    "impressions",
    "views",
    "engagements",
    "clicks",
    "cost",
    "revenue",
    "conversions",
    ...RATE_COLUMNS.map(([, h]) => h),
  ];
  const line = (group: string, name: string, r: RollupReport) => [
    group,
    r.key ?? "",
    name,
    a.range.from,
    a.range.to,
    r.posts,
    r.collaborations,
    r.currency ?? "",
    r.reported.reach ? r.totals.reach : "",
    r.reported.impressions ? r.totals.impressions : "",
    r.reported.views ? r.totals.views : "",
    r.totals.engagements,
    r.reported.clicks ? r.totals.clicks : "",
    r.reported.cost && r.currency ? r.totals.cost : "",
    r.reported.revenue && r.currency ? r.totals.revenue : "",
    r.reported.conversions ? r.totals.conversions : "",
    ...RATE_COLUMNS.map(([k]) => r.rates[k] ?? ""),
  ];
  const rows = [
    ...(a.total ? [line("all", "All posts", a.total)] : []),
    ...a.byCampaign.map((r) => line("campaign", r.name, r)),
    ...a.byPlatform.map((r) => line("platform", r.key ?? "", r)),
    ...a.byTier.map((r) => line("tier", r.key ?? "", r)),
    ...creators.map((r) => line("creator", r.name, r)),
  ];
  return toCsv(headers, rows);
}

/** Every creator of the range (for the export), best ROI first. */
export async function workspaceCreators(opts: { workspaceId: string; timeZone: string; range: DateRange }): Promise<CreatorReport[]> {
  const { sums, creatorNames } = await workspacePageSums({ ...opts, groups: [], creators: "all", campaigns: "all" });
  return sums
    .filter((s) => s.group === "influencer")
    .map(reportFromSums)
    .map((r) => ({ ...r, name: creatorNames.get(r.key!)?.name ?? "", tier: creatorNames.get(r.key!)?.tier ?? "none" }))
    .sort((a, b) => (b.rates.roi ?? -Infinity) - (a.rates.roi ?? -Infinity) || a.name.localeCompare(b.name));
}

/** A campaign's creators (one row per collaboration) with their figures, for the per-creator table. */
export async function campaignCreators(opts: { workspaceId: string; campaignId: string }) {
  const sums = await rollupSums({ workspaceId: opts.workspaceId, scope: { campaignId: opts.campaignId }, groups: ["collaboration"] });
  const rows = sums.filter((s) => s.group === "collaboration");
  const collabs = rows.length
    ? await db.collaboration.findMany({
        where: { workspaceId: opts.workspaceId, id: { in: rows.map((r) => r.key!) } },
        select: { id: true, influencer: { select: { id: true, displayName: true, tier: true } } },
      })
    : [];
  const byId = new Map(collabs.map((c) => [c.id, c.influencer]));
  const all = sums.find((s) => s.group === "all");
  return {
    total: all ? reportFromSums(all) : null,
    creators: rows.map(reportFromSums).map((r) => ({
      ...r,
      influencerId: byId.get(r.key!)?.id ?? null,
      name: byId.get(r.key!)?.displayName ?? "",
      tier: byId.get(r.key!)?.tier ?? "none",
    })),
  };
}
