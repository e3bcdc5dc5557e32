/**
 * Product seeding (the seed article "How to Run a Micro-Influencer Campaign": product plus payment):
 * the creator's shipping address, given in the portal; the shipment the brand records; the creator's
 * confirmation of receipt; and the daily erasure of addresses 90 days after the collaboration
 * completes. Every query carries the workspace, except the erasure job, which is one statement over
 * all workspaces and says so in its name.
 *
 * Who sees what: the address only reaches members whose role has `shipping.read` (owners and admins
 * by default) and the creator through their own portal link. The address can be changed until the
 * product has shipped.
 */
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { zonedDay } from "@/lib/time-zone";

import { countryName, type RecordShipmentInput, type ShippingAddress } from "./seeding-schemas";

type Ref = { workspaceId: string; collaborationId: string };

/** How long an address is kept after the collaboration completes. */
export const ADDRESS_RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

const CLOSED = ["invited", "declined", "cancelled"];
const PRODUCT_TYPES = ["product", "product_plus_cash"];

const SEEDING_SELECT = {
  product: true,
  valueMinor: true,
  currency: true,
  recipientName: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  region: true,
  postcode: true,
  country: true,
  addressUpdatedAt: true,
  addressPurgedAt: true,
  carrier: true,
  trackingNumber: true,
  shippedOn: true,
  receivedAt: true,
} as const satisfies Prisma.ProductSeedingSelect;
type SeedingRow = Prisma.ProductSeedingGetPayload<{ select: typeof SEEDING_SELECT }>;

function addressOf(s: SeedingRow): (ShippingAddress & { countryName: string }) | null {
  if (!s.recipientName || !s.addressLine1 || !s.city || !s.country) return null;
  return {
    recipientName: s.recipientName,
    addressLine1: s.addressLine1,
    addressLine2: s.addressLine2 ?? "",
    city: s.city,
    region: s.region ?? "",
    postcode: s.postcode ?? "",
    country: s.country,
    countryName: countryName(s.country) ?? s.country,
  };
}

function shipmentOf(s: SeedingRow) {
  return s.shippedOn
    ? { carrier: s.carrier ?? "", trackingNumber: s.trackingNumber ?? "", shippedOn: s.shippedOn.toISOString().slice(0, 10) }
    : null;
}

/** The collaboration's product deal: the seeding record, or the product agreed on the collaboration before any contract. */
async function loadDeal(tx: Prisma.TransactionClient, ref: Ref) {
  const c = await tx.collaboration.findUnique({
    where: { workspaceId_id: { workspaceId: ref.workspaceId, id: ref.collaborationId } },
    select: { status: true, compensationType: true, productDescription: true, currency: true, seeding: { select: SEEDING_SELECT } },
  });
  if (!c) throw new AppError("NOT_FOUND", "Collaboration not found.");
  const agreed = PRODUCT_TYPES.includes(c.compensationType) && c.productDescription?.trim() ? c.productDescription.trim() : null;
  return { status: c.status, currency: c.currency, product: c.seeding?.product ?? agreed, seeding: c.seeding };
}

function baseView(deal: Awaited<ReturnType<typeof loadDeal>>) {
  const s = deal.seeding;
  return {
    product: deal.product,
    valueMinor: s?.valueMinor === null || s?.valueMinor === undefined ? null : Number(s.valueMinor),
    currency: s?.currency ?? deal.currency,
    shipment: s ? shipmentOf(s) : null,
    receivedAt: s?.receivedAt?.toISOString() ?? null,
    addressPurged: Boolean(s?.addressPurgedAt),
  };
}

/**
 * What a member sees: the product, its value, the shipment and receipt — and the address only with
 * `shipping.read` (otherwise just whether one is on file). null when the deal has no product.
 */
export async function seedingForMember(opts: Ref & { role: unknown }) {
  const deal = await loadDeal(db, opts);
  if (!deal.product) return null;
  const address = deal.seeding ? addressOf(deal.seeding) : null;
  const mayRead = can(opts.role, "shipping.read");
  return {
    ...baseView(deal),
    status: deal.status,
    addressOnFile: address !== null,
    address: mayRead ? address : null,
    canReadAddress: mayRead,
  };
}

/** What the creator sees in the portal: their own address (editable until shipped). null without a product or before accepting. */
export async function seedingForPortal(ctx: Ref) {
  const deal = await loadDeal(db, ctx);
  if (!deal.product || CLOSED.includes(deal.status)) return null;
  const view = baseView(deal);
  return { ...view, address: deal.seeding ? addressOf(deal.seeding) : null, editable: !view.shipment && !view.addressPurged };
}

/** The creator saves or changes their shipping address (portal). Refused once the product has shipped. */
export async function saveShippingAddress(portal: Ref, address: ShippingAddress) {
  // Only the two keys: a portal context carries more (campaign, influencer) that isn't a column here.
  const ctx = { workspaceId: portal.workspaceId, collaborationId: portal.collaborationId };
  return db.$transaction(async (tx) => {
    const deal = await loadDeal(tx, ctx);
    if (!deal.product) throw new AppError("CONFLICT", "This collaboration doesn't include a product.");
    if (CLOSED.includes(deal.status)) throw new AppError("CONFLICT", "Accept the collaboration before giving a shipping address.");
    if (deal.seeding?.shippedOn)
      throw new AppError("CONFLICT", "The product has already shipped; ask the brand if the address must change.");
    if (deal.seeding?.addressPurgedAt) throw new AppError("CONFLICT", "This collaboration is closed.");
    const fields = {
      recipientName: address.recipientName,
      addressLine1: address.addressLine1,
      addressLine2: address.addressLine2 || null,
      city: address.city,
      region: address.region || null,
      postcode: address.postcode || null,
      country: address.country,
      addressUpdatedAt: new Date(),
    };
    await tx.productSeeding.upsert({
      where: { workspaceId_collaborationId: ctx },
      create: { ...ctx, product: deal.product, currency: deal.currency, ...fields },
      update: fields,
    });
    await tx.auditLog.create({
      data: {
        workspaceId: ctx.workspaceId,
        actorId: null,
        action: "seeding.address_saved",
        targetType: "collaboration",
        targetId: ctx.collaborationId,
        metadata: {},
      },
    });
    return { saved: true };
  });
}

/** The brand records the shipment (carrier, tracking number, date shipped — not in the future). */
export async function recordShipment(opts: { workspaceId: string; actorId: string; input: RecordShipmentInput; now?: Date }) {
  const { workspaceId, input } = opts;
  return db.$transaction(async (tx) => {
    const ref = { workspaceId, collaborationId: input.collaborationId };
    const deal = await loadDeal(tx, ref);
    if (!deal.product) throw new AppError("CONFLICT", "This collaboration doesn't include a product.");
    const w = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { timeZone: true } });
    if (input.shippedOn > zonedDay(opts.now ?? new Date(), w.timeZone)) {
      throw new AppError("UNPROCESSABLE", "The shipping date can't be in the future.", {
        fieldErrors: { shippedOn: ["Use today's date or an earlier one"] },
      });
    }
    if (deal.seeding?.receivedAt) throw new AppError("CONFLICT", "The creator has already confirmed receipt.");
    const fields = {
      carrier: input.carrier,
      trackingNumber: input.trackingNumber,
      shippedOn: new Date(`${input.shippedOn}T00:00:00Z`),
      shippedById: opts.actorId,
    };
    await tx.productSeeding.upsert({
      where: { workspaceId_collaborationId: ref },
      create: { ...ref, product: deal.product, currency: deal.currency, ...fields },
      update: fields,
    });
    await tx.auditLog.create({
      data: {
        workspaceId,
        actorId: opts.actorId,
        action: "seeding.shipped",
        targetType: "collaboration",
        targetId: input.collaborationId,
        metadata: { carrier: input.carrier },
      },
    });
    return { shipped: true };
  });
}

/** The creator confirms the product arrived (portal). Only after it has shipped; a second confirmation changes nothing. */
export async function confirmReceipt(portal: Ref, now = new Date()) {
  const ctx = { workspaceId: portal.workspaceId, collaborationId: portal.collaborationId };
  return db.$transaction(async (tx) => {
    const deal = await loadDeal(tx, ctx);
    if (!deal.seeding?.shippedOn) throw new AppError("CONFLICT", "The brand hasn't recorded a shipment yet.");
    if (deal.seeding.receivedAt) return { receivedAt: deal.seeding.receivedAt.toISOString() };
    await tx.productSeeding.update({ where: { workspaceId_collaborationId: ctx }, data: { receivedAt: now } });
    await tx.auditLog.create({
      data: {
        workspaceId: ctx.workspaceId,
        actorId: null,
        action: "seeding.received",
        targetType: "collaboration",
        targetId: ctx.collaborationId,
        metadata: {},
      },
    });
    return { receivedAt: now.toISOString() };
  });
}

/**
 * The daily erasure: clears the shipping address of every collaboration that completed more than
 * ADDRESS_RETENTION_DAYS before `now` (its latest move to "completed"), in every workspace — one
 * statement run by a system job, joined on the workspace and collaboration. The product, value,
 * shipment and receipt stay (they are the collaboration's cost record). Returns how many were erased.
 */
export async function unsafePurgeExpiredShippingAddresses(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - ADDRESS_RETENTION_DAYS * DAY_MS);
  return db.$executeRaw`
    UPDATE "ProductSeeding" s
    SET "recipientName" = NULL, "addressLine1" = NULL, "addressLine2" = NULL, "city" = NULL, "region" = NULL,
        "postcode" = NULL, "country" = NULL, "addressPurgedAt" = ${now}, "updatedAt" = ${now}
    FROM "Collaboration" c
    WHERE c."workspaceId" = s."workspaceId" AND c."id" = s."collaborationId"
      AND c."status" = 'completed'
      AND s."addressPurgedAt" IS NULL
      AND (SELECT max(sc."createdAt") FROM "StatusChange" sc
           WHERE sc."workspaceId" = c."workspaceId" AND sc."collaborationId" = c."id" AND sc."toStatus" = 'completed') <= ${cutoff}`;
}

/** pg-boss handler of the daily "shipping-address-purge" job. */
export async function shippingAddressPurgeJob(): Promise<void> {
  await unsafePurgeExpiredShippingAddresses();
}
