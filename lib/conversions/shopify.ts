// Shopify order webhooks, read into OrderFacts / RefundFacts. Pure. Topics and fields as Shopify's
// REST webhook payloads send them (shopify.dev "Webhooks" and the Order / Refund resources):
// orders/create, orders/paid, orders/cancelled → the order as it is now (`updated_at` decides which
// delivery is newest); refunds/create → one refund of an order.
import {
  asArray,
  asRecord,
  cleanCodes,
  clickIdFrom,
  clickIdFromUrl,
  currencyCode,
  decimalToMinor,
  externalIdOf,
  parseDate,
  type LineItem,
  type OrderFacts,
  type OrderStatus,
  type RefundFacts,
  type StoreEvent,
} from "./order";

export const SHOPIFY_TOPICS = ["orders/create", "orders/paid", "orders/cancelled", "refunds/create"] as const;

export function isShopifyTopic(topic: string | null): topic is (typeof SHOPIFY_TOPICS)[number] {
  return (SHOPIFY_TOPICS as readonly string[]).includes(topic ?? "");
}

/** pending / authorized → pending; voided or cancelled_at set → cancelled; paid and (partially) refunded → paid. */
function statusOf(o: Record<string, unknown>): OrderStatus {
  if (o.cancelled_at || o.financial_status === "voided") return "cancelled";
  return ["paid", "partially_paid", "partially_refunded", "refunded"].includes(String(o.financial_status)) ? "paid" : "pending";
}

/** A refund's amount: its successful refund transactions, else its line items' subtotal + tax. */
export function shopifyRefund(payload: unknown, fallbackCurrency: string | null = null): RefundFacts | null {
  const r = asRecord(payload);
  const externalId = externalIdOf(r.id);
  const externalOrderId = externalIdOf(r.order_id);
  const at = parseDate(r.created_at) ?? parseDate(r.processed_at);
  if (!externalId || !externalOrderId || !at) return null;
  const transactions = asArray(r.transactions).map(asRecord);
  let amount = 0n;
  const refunds = transactions.filter((t) => t.kind === "refund" && (t.status === undefined || t.status === "success"));
  if (refunds.length > 0) {
    for (const t of refunds) amount += decimalToMinor(String(t.amount ?? "0"), currencyCode(t.currency) ?? fallbackCurrency ?? "USD");
  } else {
    for (const li of asArray(r.refund_line_items).map(asRecord)) {
      const cur = fallbackCurrency ?? "USD";
      amount += decimalToMinor(String(li.subtotal ?? "0"), cur) + decimalToMinor(String(li.total_tax ?? "0"), cur);
    }
  }
  return { externalId, externalOrderId, amountMinor: amount < 0n ? -amount : amount, at };
}

export function shopifyOrder(payload: unknown, clickParam: string): OrderFacts | null {
  const o = asRecord(payload);
  const externalId = externalIdOf(o.id);
  const currency = currencyCode(o.currency) ?? currencyCode(o.presentment_currency);
  const orderedAt = parseDate(o.created_at) ?? parseDate(o.processed_at);
  if (!externalId || !currency || !orderedAt || o.total_price === undefined) return null;
  const noteClick = asArray(o.note_attributes)
    .map(asRecord)
    .find((a) => a.name === clickParam || a.name === `_${clickParam}`)?.value;
  const clickId = clickIdFrom(noteClick) ?? clickIdFromUrl(o.landing_site, clickParam) ?? clickIdFromUrl(o.landing_site_ref, clickParam);
  const lineItems: LineItem[] = asArray(o.line_items)
    .map(asRecord)
    .slice(0, 100)
    .map((li) => ({
      title: String(li.title ?? li.name ?? "").slice(0, 200),
      quantity: Number.isSafeInteger(li.quantity) ? (li.quantity as number) : 1,
      sku: typeof li.sku === "string" && li.sku ? li.sku.slice(0, 100) : null,
      priceMinor: li.price !== undefined ? decimalToMinor(String(li.price), currency).toString() : null,
    }));
  return {
    externalId,
    orderNumber: typeof o.name === "string" ? o.name.slice(0, 50) : o.order_number !== undefined ? String(o.order_number) : null,
    orderedAt,
    currency,
    amountMinor: decimalToMinor(String(o.total_price), currency),
    status: statusOf(o),
    discountCodes: cleanCodes(asArray(o.discount_codes).map((d) => asRecord(d).code)),
    clickId,
    lineItems: lineItems.length > 0 ? lineItems : null,
    sourceUpdatedAt: parseDate(o.updated_at),
    refunds: asArray(o.refunds)
      .map((r) => shopifyRefund(r, currency))
      .filter((r): r is RefundFacts => r !== null),
  };
}

/** What a delivery means; a payload that can't be read is "ignore" with the reason. */
export function readShopifyEvent(topic: string, payload: unknown, clickParam: string): StoreEvent {
  try {
    if (topic === "refunds/create") {
      const refund = shopifyRefund(payload);
      return refund ? { kind: "refund", refund } : { kind: "ignore", reason: "refund without id, order_id or created_at" };
    }
    if (isShopifyTopic(topic)) {
      const order = shopifyOrder(payload, clickParam);
      return order ? { kind: "order", order } : { kind: "ignore", reason: "order without id, currency, created_at or total_price" };
    }
    return { kind: "ignore", reason: `topic ${topic} is not one this app reads` };
  } catch (e) {
    return { kind: "ignore", reason: e instanceof Error ? e.message : "unreadable payload" };
  }
}
