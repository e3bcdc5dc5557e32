// Writing orders and refunds, whatever their source. Each apply is one transaction, and applying
// the same facts twice, or deliveries in any order, ends in the same rows: refunds are keyed by
// their store id and summed, an order delivery older than the one stored changes nothing but the
// refund total, and attribution is recomputed from the stored facts each time.
import { refreshCollaborationMoney } from "../analytics/rollup-write";
import type { Prisma } from "../db";
import { emitEvent } from "../webhooks/events";
import { attribute, codeKey, type Attribution, type ClickMatch, type CodeMatch } from "./attribution";
import type { OrderFacts, RefundFacts } from "./order";

type Tx = Prisma.TransactionClient;
type Scope = { workspaceId: string; connectionId: string };

/** Looks up the click and the codes an order names, in this workspace only, and applies the rule. */
export async function attributeOrder(
  tx: Tx,
  workspaceId: string,
  facts: { clickId: string | null; discountCodes: readonly string[] },
): Promise<Attribution> {
  let click: ClickMatch | null = null;
  if (facts.clickId) {
    const row = await tx.click.findUnique({
      where: { workspaceId_id: { workspaceId, id: facts.clickId } },
      select: { id: true, linkId: true, collaborationId: true, link: { select: { code: true } } },
    });
    if (row) click = { clickId: row.id, linkId: row.linkId, collaborationId: row.collaborationId, linkCode: row.link.code };
  }
  const codeLookup = new Map<string, CodeMatch>();
  if (!click && facts.discountCodes.length > 0) {
    const rows = await tx.discountCode.findMany({
      where: { workspaceId, codeKey: { in: facts.discountCodes.map(codeKey) } },
      select: { id: true, code: true, codeKey: true, collaborationId: true },
    });
    for (const r of rows) codeLookup.set(r.codeKey, { discountCodeId: r.id, collaborationId: r.collaborationId, code: r.code });
  }
  return attribute({ clickId: facts.clickId, click, codes: facts.discountCodes, codeLookup });
}

/**
 * Serialises everything that writes one order (its deliveries and its refunds) until the
 * transaction ends, before any of them reads the refunds or the stored order: a refund and a
 * delivery of the same order handled at the same moment would otherwise each sum the refunds
 * without the other's, and the later write would drop one. An advisory lock, because the order may
 * not be stored yet (a refund can arrive first); keyed by the order's workspace, connection and id.
 */
async function lockOrder(tx: Tx, scope: Scope, externalOrderId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${scope.workspaceId}\n${scope.connectionId}\n${externalOrderId}`}, 0))`;
}

async function refundedTotal(tx: Tx, scope: Scope, externalOrderId: string): Promise<bigint> {
  const sum = await tx.conversionRefund.aggregate({ where: { ...scope, externalOrderId }, _sum: { amountMinor: true } });
  return sum._sum.amountMinor ?? 0n;
}

async function recordRefunds(tx: Tx, scope: Scope, refunds: readonly RefundFacts[]): Promise<void> {
  if (refunds.length === 0) return;
  await tx.conversionRefund.createMany({
    data: refunds.map((r) => ({
      ...scope,
      externalId: r.externalId,
      externalOrderId: r.externalOrderId,
      amountMinor: r.amountMinor,
      at: r.at,
    })),
    skipDuplicates: true,
  });
}

export type ApplyResult = "created" | "updated" | "stale";

/**
 * Creates or updates the order (inside `tx`). The collaborations whose money it changes are
 * refreshed now, or, when `deferred` is given (a CSV chunk), added to it for the caller to refresh
 * once at the end of its transaction (refreshCollaborationMoney locks them in id order).
 */
export async function applyOrder(tx: Tx, scope: Scope, order: OrderFacts, deferred?: Set<string>): Promise<ApplyResult> {
  const refresh = async (ids: (string | null)[]) => {
    if (!deferred) return refreshCollaborationMoney(tx, scope.workspaceId, ids);
    for (const id of ids) if (id) deferred.add(id);
  };
  // A second delivery (or a refund) of the same order handled at the same moment waits here, then
  // sees the refunds it committed and where it moved the order, so the collaboration this delivery
  // takes the order from is the one it really leaves (and is refreshed).
  await lockOrder(tx, scope, order.externalId);
  await recordRefunds(tx, scope, order.refunds);
  const refundedMinor = await refundedTotal(tx, scope, order.externalId);
  const key = { workspaceId_connectionId_externalId: { ...scope, externalId: order.externalId } };
  const existing = await tx.conversion.findUnique({ where: key, select: { sourceUpdatedAt: true, collaborationId: true } });
  if (existing && existing.sourceUpdatedAt && order.sourceUpdatedAt && order.sourceUpdatedAt < existing.sourceUpdatedAt) {
    await tx.conversion.update({ where: key, data: { refundedMinor } });
    await refresh([existing.collaborationId]);
    return "stale";
  }
  const a = await attributeOrder(tx, scope.workspaceId, order);
  const data = {
    orderNumber: order.orderNumber,
    orderedAt: order.orderedAt,
    currency: order.currency,
    amountMinor: order.amountMinor,
    refundedMinor,
    status: order.status,
    discountCodes: order.discountCodes,
    clickId: order.clickId,
    lineItems: order.lineItems ?? undefined,
    sourceUpdatedAt: order.sourceUpdatedAt,
    attributedBy: a.attributedBy,
    attributionReason: a.reason,
    collaborationId: a.collaborationId,
    linkId: a.linkId,
    discountCodeId: a.discountCodeId,
  };
  if (existing) {
    await tx.conversion.update({ where: key, data });
    // The collaboration the order leaves (a re-attribution) and the one it counts for now.
    await refresh([existing.collaborationId, a.collaborationId]);
    return "updated";
  }
  const created = await tx.conversion.create({ data: { ...scope, externalId: order.externalId, ...data }, select: { id: true } });
  await refresh([a.collaborationId]);
  await emitEvent(tx, scope.workspaceId, "conversion.created", {
    conversionId: created.id,
    orderNumber: order.orderNumber ?? null,
    orderedAt: order.orderedAt.toISOString(),
    amountMinor: Number(order.amountMinor),
    currency: order.currency,
    status: order.status,
    attributedBy: a.attributedBy,
    collaborationId: a.collaborationId,
  });
  return "created";
}

/** Records a refund; the order's refunded total follows now, or when the order arrives. */
export async function applyRefund(tx: Tx, scope: Scope, refund: RefundFacts): Promise<void> {
  await lockOrder(tx, scope, refund.externalOrderId);
  await recordRefunds(tx, scope, [refund]);
  const refundedMinor = await refundedTotal(tx, scope, refund.externalOrderId);
  await tx.conversion.updateMany({ where: { ...scope, externalId: refund.externalOrderId }, data: { refundedMinor } });
  const orders = await tx.conversion.findMany({
    where: { ...scope, externalId: refund.externalOrderId },
    select: { collaborationId: true },
  });
  await refreshCollaborationMoney(
    tx,
    scope.workspaceId,
    orders.map((o) => o.collaborationId),
  );
}

/** Sets a refund's amount (CSV: the file states the total refunded, re-imports replace it). */
export async function setRefund(tx: Tx, scope: Scope, refund: RefundFacts): Promise<void> {
  await tx.conversionRefund.upsert({
    where: { workspaceId_connectionId_externalId: { ...scope, externalId: refund.externalId } },
    create: {
      ...scope,
      externalId: refund.externalId,
      externalOrderId: refund.externalOrderId,
      amountMinor: refund.amountMinor,
      at: refund.at,
    },
    update: { amountMinor: refund.amountMinor, at: refund.at },
  });
}
