// Orders sent through the public API (POST /api/v1/conversions): the generic way for a store that is
// neither Shopify nor WooCommerce. Written with the same applyOrder as the webhooks and CSV, so the
// attribution rule is the one rule (lib/conversions/attribution.ts). They live on the workspace's
// one "API" connection (fixed id, made on first use; a connection of kind csv: no secret, no webhook).
import { db } from "../db";
import { recordAudit } from "../workspaces/audit";
import { applyOrder, setRefund } from "./apply";
import { clickIdFrom, type OrderStatus } from "./order";

export const API_CONNECTION_ID = "api";

export type ApiOrder = {
  orderId: string;
  orderNumber?: string;
  orderedAt: string;
  currency: string;
  amountMinor: number;
  refundedMinor?: number;
  status: OrderStatus;
  discountCodes: string[];
  clickId?: string;
  updatedAt?: string;
};

export async function recordApiOrder(opts: { workspaceId: string; actorId: string; order: ApiOrder }) {
  const { workspaceId, order } = opts;
  await db.storeConnection.upsert({
    where: { workspaceId_id: { workspaceId, id: API_CONNECTION_ID } },
    create: { workspaceId, id: API_CONNECTION_ID, kind: "csv", name: "API" },
    update: {},
    select: { id: true },
  });
  const scope = { workspaceId, connectionId: API_CONNECTION_ID };
  const result = await db.$transaction(async (tx) => {
    if (order.refundedMinor !== undefined)
      await setRefund(tx, scope, {
        externalId: `api:${order.orderId}`,
        externalOrderId: order.orderId,
        amountMinor: BigInt(order.refundedMinor),
        at: new Date(),
      });
    const res = await applyOrder(tx, scope, {
      externalId: order.orderId,
      orderNumber: order.orderNumber ?? null,
      orderedAt: new Date(order.orderedAt),
      currency: order.currency,
      amountMinor: BigInt(order.amountMinor),
      status: order.status,
      discountCodes: order.discountCodes,
      clickId: clickIdFrom(order.clickId),
      lineItems: null,
      sourceUpdatedAt: order.updatedAt ? new Date(order.updatedAt) : null,
      refunds: [],
    });
    const row = await tx.conversion.findUniqueOrThrow({
      where: { workspaceId_connectionId_externalId: { ...scope, externalId: order.orderId } },
      select: { id: true, attributedBy: true, attributionReason: true, collaborationId: true },
    });
    if (res === "created")
      await recordAudit(tx, {
        workspaceId,
        actorId: opts.actorId,
        action: "conversions.api_order",
        targetType: "conversion",
        targetId: row.id,
        metadata: { orderId: order.orderId, attributedBy: row.attributedBy },
      });
    return { ...row, result: res };
  });
  return {
    id: result.id,
    result: result.result,
    attributedBy: result.attributedBy,
    collaborationId: result.collaborationId,
    reason: result.attributionReason,
  };
}
