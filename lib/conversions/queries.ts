// Reads: the Conversions page (filters, keyset pages, CSV export) and the figures other pages show
// (conversionStats: orders and net revenue by collaboration, link and code).
import { toCsv } from "../csv";
import { db, type Prisma } from "../db";
import { AppError } from "../errors";
import { currencyExponent } from "../metrics/money";
import { zonedDayEnd, zonedDayStart } from "../time-zone";
import { netRevenueMinor } from "./attribution";
import type { ConversionFilters } from "./schemas";

export const CONVERSIONS_PAGE_SIZE = 50;

/** Cursor = "<orderedAt ms>.<id>" of the last row shown (newest first). */
function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  const m = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/.exec(cursor ?? "");
  return m ? { at: new Date(Number(m[1])), id: m[2]! } : null;
}

async function whereFor(workspaceId: string, timeZone: string, f: ConversionFilters): Promise<Prisma.ConversionWhereInput> {
  const and: Prisma.ConversionWhereInput[] = [{ workspaceId }];
  if (f.campaign || f.influencer) {
    // Collaborations of the campaign / influencer, in this workspace only: another workspace's id matches nothing.
    const collabs = await db.collaboration.findMany({
      where: { workspaceId, ...(f.campaign ? { campaignId: f.campaign } : {}), ...(f.influencer ? { influencerId: f.influencer } : {}) },
      select: { id: true },
    });
    and.push({ collaborationId: { in: collabs.map((c) => c.id) } });
  }
  if (f.by) and.push({ attributedBy: f.by });
  if (f.from) and.push({ orderedAt: { gte: zonedDayStart(f.from, timeZone) } });
  if (f.to) and.push({ orderedAt: { lte: zonedDayEnd(f.to, timeZone) } });
  return { AND: and };
}

const ROW_SELECT = {
  id: true,
  externalId: true,
  orderNumber: true,
  orderedAt: true,
  currency: true,
  amountMinor: true,
  refundedMinor: true,
  status: true,
  discountCodes: true,
  attributedBy: true,
  attributionReason: true,
  collaborationId: true,
  connection: { select: { name: true, kind: true } },
} as const;

async function withCollaborations<T extends { collaborationId: string | null }>(workspaceId: string, rows: T[]) {
  const ids = [...new Set(rows.map((r) => r.collaborationId).filter((x): x is string => x !== null))];
  const collabs = ids.length
    ? await db.collaboration.findMany({
        where: { workspaceId, id: { in: ids } },
        select: { id: true, campaign: { select: { id: true, name: true } }, influencer: { select: { id: true, displayName: true } } },
      })
    : [];
  const byId = new Map(collabs.map((c) => [c.id, c]));
  return rows.map((r) => {
    const c = r.collaborationId ? byId.get(r.collaborationId) : undefined;
    return {
      ...r,
      campaign: c ? { id: c.campaign.id, name: c.campaign.name } : null,
      influencer: c ? { id: c.influencer.id, name: c.influencer.displayName } : null,
    };
  });
}

/** One page of the workspace's orders, newest first, and the cursor of the next page. */
export async function listConversions(opts: { workspaceId: string; timeZone: string; filters: ConversionFilters; take?: number }) {
  const take = opts.take ?? CONVERSIONS_PAGE_SIZE;
  const where = await whereFor(opts.workspaceId, opts.timeZone, opts.filters);
  const c = decodeCursor(opts.filters.cursor);
  const after: Prisma.ConversionWhereInput = c ? { OR: [{ orderedAt: { lt: c.at } }, { orderedAt: c.at, id: { lt: c.id } }] } : {};
  const rows = await db.conversion.findMany({
    where: { AND: [where, after] },
    select: ROW_SELECT,
    orderBy: [{ orderedAt: "desc" }, { id: "desc" }],
    take: take + 1,
  });
  const page = rows.slice(0, take);
  const last = page[page.length - 1];
  return {
    rows: (await withCollaborations(opts.workspaceId, page)).map((r) => ({
      ...r,
      orderedAt: r.orderedAt.toISOString(),
      amountMinor: Number(r.amountMinor),
      refundedMinor: Number(r.refundedMinor),
      netMinor: Number(netRevenueMinor(r)),
      connectionName: r.connection.name,
    })),
    nextCursor: rows.length > take && last ? `${last.orderedAt.getTime()}.${last.id}` : null,
  };
}
export type ConversionRow = Awaited<ReturnType<typeof listConversions>>["rows"][number];

export const EXPORT_MAX_ROWS = 100_000;

/** The filtered orders as CSV (all pages, newest first, at most EXPORT_MAX_ROWS). */
export async function exportConversionsCsv(opts: { workspaceId: string; timeZone: string; filters: ConversionFilters }): Promise<string> {
  const rows: unknown[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listConversions({ ...opts, filters: { ...opts.filters, cursor }, take: 1000 });
    for (const r of page.rows) {
      const exp = 10 ** decimals(r.currency);
      rows.push([
        r.orderedAt,
        r.connectionName,
        r.externalId,
        r.orderNumber ?? "",
        r.status,
        r.currency,
        (r.amountMinor / exp).toFixed(decimals(r.currency)),
        (r.refundedMinor / exp).toFixed(decimals(r.currency)),
        (r.netMinor / exp).toFixed(decimals(r.currency)),
        r.discountCodes.join(" "),
        r.attributedBy,
        r.attributionReason,
        r.campaign?.name ?? "",
        r.influencer?.name ?? "",
      ]);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows.length < EXPORT_MAX_ROWS);
  return `\uFEFF${toCsv(
    [
      "ordered_at",
      "store",
      "order_id",
      "order_number",
      "status",
      "currency",
      "total",
      "refunded",
      "net",
      "discount_codes",
      "attributed_by",
      "reason",
      "campaign",
      "influencer",
    ],
    rows,
  )}`;
}

function decimals(currency: string): number {
  return /^[A-Z]{3}$/.test(currency) ? currencyExponent(currency) : 2;
}

export type Money = { currency: string; minor: number };
export type ConversionFigures = { orders: number; revenue: Money[] };
export type ConversionStats = ConversionFigures & {
  byCollaboration: (ConversionFigures & { collaborationId: string })[];
  byLink: (ConversionFigures & { linkId: string })[];
  byCode: (ConversionFigures & { discountCodeId: string })[];
};

/**
 * Attributed orders of a campaign or a collaboration: how many (cancelled ones not counted) and
 * their revenue net of refunds, per currency; in total and by collaboration, link and code.
 * Unattributed orders belong to no campaign and are not counted here. Throws NOT_FOUND for a
 * campaign or collaboration that is not the workspace's.
 */
export async function conversionStats(
  opts: { workspaceId: string } & (
    { campaignId: string; collaborationId?: undefined } | { collaborationId: string; campaignId?: undefined }
  ),
): Promise<ConversionStats> {
  const { workspaceId } = opts;
  let collaborationIds: string[];
  if (opts.campaignId !== undefined) {
    const campaign = await db.campaign.findUnique({
      where: { workspaceId_id: { workspaceId, id: opts.campaignId } },
      select: { collaborations: { select: { id: true } } },
    });
    if (!campaign) throw new AppError("NOT_FOUND", "Campaign not found.");
    collaborationIds = campaign.collaborations.map((c) => c.id);
  } else {
    const c = await db.collaboration.findUnique({
      where: { workspaceId_id: { workspaceId, id: opts.collaborationId } },
      select: { id: true },
    });
    if (!c) throw new AppError("NOT_FOUND", "Collaboration not found.");
    collaborationIds = [c.id];
  }
  const rows = collaborationIds.length
    ? await db.conversion.findMany({
        where: { workspaceId, collaborationId: { in: collaborationIds }, status: { not: "cancelled" } },
        select: {
          collaborationId: true,
          linkId: true,
          discountCodeId: true,
          currency: true,
          amountMinor: true,
          refundedMinor: true,
          status: true,
        },
      })
    : [];
  return summarise(rows);
}

type StatRow = {
  collaborationId: string | null;
  linkId: string | null;
  discountCodeId: string | null;
  currency: string;
  amountMinor: bigint;
  refundedMinor: bigint;
  status: string;
};

/** Groups orders into totals per collaboration, link and code (pure; exported for tests). */
export function summarise(rows: readonly StatRow[]): ConversionStats {
  const empty = (): { orders: number; revenue: Map<string, bigint> } => ({ orders: 0, revenue: new Map() });
  const total = empty();
  const by = {
    collaboration: new Map<string, ReturnType<typeof empty>>(),
    link: new Map<string, ReturnType<typeof empty>>(),
    code: new Map<string, ReturnType<typeof empty>>(),
  };
  const add = (acc: ReturnType<typeof empty>, r: StatRow) => {
    acc.orders++;
    acc.revenue.set(r.currency, (acc.revenue.get(r.currency) ?? 0n) + netRevenueMinor(r));
  };
  const into = (m: Map<string, ReturnType<typeof empty>>, k: string | null, r: StatRow) => {
    if (k === null) return;
    if (!m.has(k)) m.set(k, empty());
    add(m.get(k)!, r);
  };
  for (const r of rows) {
    if (r.status === "cancelled") continue;
    add(total, r);
    into(by.collaboration, r.collaborationId, r);
    into(by.link, r.linkId, r);
    into(by.code, r.discountCodeId, r);
  }
  const figures = (acc: ReturnType<typeof empty>): ConversionFigures => ({
    orders: acc.orders,
    revenue: [...acc.revenue].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ currency, minor: Number(minor) })),
  });
  return {
    ...figures(total),
    byCollaboration: [...by.collaboration].map(([collaborationId, acc]) => ({ collaborationId, ...figures(acc) })),
    byLink: [...by.link].map(([linkId, acc]) => ({ linkId, ...figures(acc) })),
    byCode: [...by.code].map(([discountCodeId, acc]) => ({ discountCodeId, ...figures(acc) })),
  };
}
