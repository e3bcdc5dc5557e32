// The Links page and its CSV export: the workspace's links filtered by campaign and status, with
// their clicks (lib/tracking/stats.ts), totals over every link the filter matches, sorted newest
// first or by clicks, in keyset pages. Clicks live in Click, not on the link, so sorting by them
// means counting every matching link's clicks: one grouped query, which the totals need anyway; the
// page is then cut at the cursor (sort value + id, so a link created meanwhile shifts nothing).
import { z } from "zod";

import { db } from "../db";
import { AppError } from "../errors";
import { shortUrl } from "./links";
import { clickStats, NO_CLICKS, type ClickStats } from "./stats";

export const LINK_STATUSES = ["active", "paused", "expired"] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];
export const LINK_STATUS_LABELS: Record<LinkStatus, string> = { active: "Active", paused: "Paused", expired: "Expired" };
export const LINK_SORTS = ["newest", "clicks"] as const;
export const PAGE_SIZE = 50;
/** The most links a filter counts (far beyond a micro-influencer workspace; named on the page when hit). */
export const MAX_LINKS = 10_000;

const pick = <T extends readonly string[]>(values: T) =>
  z
    .string()
    .optional()
    .transform((v) => (v && (values as readonly string[]).includes(v) ? (v as T[number]) : undefined));

/** Links page query (URL search params); unknown values are dropped, never an error. */
export const linkListQuerySchema = z.object({
  campaign: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
  status: pick(LINK_STATUSES),
  sort: pick(LINK_SORTS).transform((v) => v ?? "newest"),
  after: z.string().max(200).optional(),
});
export type LinkListQuery = z.output<typeof linkListQuerySchema>;

/** Paused wins: a paused link past its expiry is "paused" (resuming it would still not revive it). */
export function linkStatus(link: { paused: boolean; expiresAt: Date | null }, now: number): LinkStatus {
  if (link.paused) return "paused";
  return link.expiresAt && link.expiresAt.getTime() <= now ? "expired" : "active";
}

function statusWhere(status: LinkStatus | undefined, now: Date) {
  if (status === "paused") return { paused: true };
  if (status === "expired") return { paused: false, expiresAt: { lte: now } };
  if (status === "active") return { paused: false, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  return {};
}

export type LinkListRow = {
  id: string;
  code: string;
  url: string;
  destinationUrl: string;
  status: LinkStatus;
  createdAt: string;
  campaignId: string;
  campaignName: string;
  collaborationId: string;
  influencerName: string;
  clicks: ClickStats;
};

/** Every link the filter matches, sorted, with clicks (for the page's totals and the CSV). */
export async function filteredLinks(opts: { workspaceId: string; query: LinkListQuery; now?: Date }) {
  const { workspaceId, query } = opts;
  const now = opts.now ?? new Date();
  if (query.campaign) {
    const c = await db.campaign.findUnique({ where: { workspaceId_id: { workspaceId, id: query.campaign } }, select: { id: true } });
    if (!c) throw new AppError("NOT_FOUND", "Campaign not found.");
  }
  const links = await db.trackingLink.findMany({
    where: { workspaceId, ...(query.campaign ? { collaboration: { campaignId: query.campaign } } : {}), ...statusWhere(query.status, now) },
    select: {
      id: true,
      code: true,
      destinationUrl: true,
      paused: true,
      expiresAt: true,
      createdAt: true,
      collaboration: {
        select: { id: true, campaign: { select: { id: true, name: true } }, influencer: { select: { displayName: true } } },
      },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_LINKS + 1,
  });
  const capped = links.length > MAX_LINKS;
  const kept = capped ? links.slice(0, MAX_LINKS) : links;
  const stats = await clickStats(
    workspaceId,
    kept.map((l) => l.id),
  );
  const rows: LinkListRow[] = kept.map((l) => ({
    id: l.id,
    code: l.code,
    url: shortUrl(l.code),
    destinationUrl: l.destinationUrl,
    status: linkStatus(l, now.getTime()),
    createdAt: l.createdAt.toISOString(),
    campaignId: l.collaboration.campaign.id,
    campaignName: l.collaboration.campaign.name,
    collaborationId: l.collaboration.id,
    influencerName: l.collaboration.influencer.displayName,
    clicks: stats.get(l.id) ?? NO_CLICKS,
  }));
  if (query.sort === "clicks") rows.sort((a, b) => b.clicks.total - a.clicks.total || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const totals = rows.reduce(
    (t, r) => ({ links: t.links + 1, total: t.total + r.clicks.total, unique: t.unique + r.clicks.unique, bots: t.bots + r.clicks.bots }),
    { links: 0, total: 0, unique: 0, bots: 0 },
  );
  return { rows, totals, capped };
}

/** The cursor of a row under a sort: its sort value and id. */
export function cursorOf(row: LinkListRow, sort: LinkListQuery["sort"]): string {
  return `${sort === "clicks" ? row.clicks.total : row.createdAt}~${row.id}`;
}

/** Rows strictly after the cursor in the rows' order (rows sorted as `filteredLinks` sorts them). */
function afterCursor(rows: LinkListRow[], sort: LinkListQuery["sort"], after: string | undefined): LinkListRow[] {
  if (!after) return rows;
  const cut = after.lastIndexOf("~");
  if (cut < 0) return rows;
  const value = after.slice(0, cut);
  const id = after.slice(cut + 1);
  const beyond = (r: LinkListRow) => {
    const v = sort === "clicks" ? r.clicks.total - Number(value) : r.createdAt.localeCompare(value);
    return v < 0 || (v === 0 && r.id < id);
  };
  return rows.filter(beyond);
}

/** One page of the Links page, with totals over the whole filter and the next page's cursor. */
export async function linkListPage(opts: { workspaceId: string; query: LinkListQuery; now?: Date; pageSize?: number }) {
  const size = opts.pageSize ?? PAGE_SIZE;
  const { rows, totals, capped } = await filteredLinks(opts);
  const rest = afterCursor(rows, opts.query.sort, opts.query.after);
  const page = rest.slice(0, size);
  const next = rest.length > size ? cursorOf(page.at(-1)!, opts.query.sort) : null;
  return { rows: page, totals, capped, next };
}

/** Campaigns for the filter: those with at least one link, by name. */
export function campaignsWithLinks(workspaceId: string) {
  return db.campaign.findMany({
    where: { workspaceId, collaborations: { some: { trackingLinks: { some: {} } } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

export const LINKS_CSV_HEADERS = [
  "short_url",
  "code",
  "destination",
  "campaign",
  "influencer",
  "status",
  "created_at",
  "clicks",
  "unique_clicks",
  "bot_clicks",
];

export function linksCsvRows(rows: LinkListRow[]): unknown[][] {
  return rows.map((r) => [
    r.url,
    r.code,
    r.destinationUrl,
    r.campaignName,
    r.influencerName,
    r.status,
    r.createdAt,
    r.clicks.total,
    r.clicks.unique,
    r.clicks.bots,
  ]);
}
