// WooCommerce order webhooks (REST API v3 order payloads), read into OrderFacts. Pure.
// order.created and order.updated carry the whole order, refunds included (`refunds[].total` is
// negative); `date_modified_gmt` decides which delivery is newest. The click id comes from the
// order meta `mc_click` (or `_mc_click`), which a checkout snippet stores from the landing URL
// (README "Conversions").
import {
  asArray,
  asRecord,
  cleanCodes,
  clickIdFrom,
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

export const WOO_TOPICS = ["order.created", "order.updated"] as const;

/** processing / completed / refunded → paid; cancelled / failed / trash → cancelled; else pending. */
function statusOf(status: unknown): OrderStatus {
  if (["processing", "completed", "refunded"].includes(String(status))) return "paid";
  if (["cancelled", "failed", "trash"].includes(String(status))) return "cancelled";
  return "pending";
}

export function wooOrder(payload: unknown, clickParam: string): OrderFacts | null {
  const o = asRecord(payload);
  const externalId = externalIdOf(o.id);
  const currency = currencyCode(o.currency);
  const orderedAt = parseDate(o.date_created_gmt, true) ?? parseDate(o.date_created);
  if (!externalId || !currency || !orderedAt || o.total === undefined) return null;
  const meta = asArray(o.meta_data).map(asRecord);
  const clickId = clickIdFrom(meta.find((m) => m.key === clickParam || m.key === `_${clickParam}`)?.value);
  const modified = parseDate(o.date_modified_gmt, true) ?? parseDate(o.date_modified);
  const lineItems: LineItem[] = asArray(o.line_items)
    .map(asRecord)
    .slice(0, 100)
    .map((li) => ({
      title: String(li.name ?? "").slice(0, 200),
      quantity: Number.isSafeInteger(li.quantity) ? (li.quantity as number) : 1,
      sku: typeof li.sku === "string" && li.sku ? li.sku.slice(0, 100) : null,
      priceMinor: li.total !== undefined ? decimalToMinor(String(li.total), currency).toString() : null,
    }));
  const refunds: RefundFacts[] = [];
  for (const r of asArray(o.refunds).map(asRecord)) {
    const id = externalIdOf(r.id);
    if (!id) continue;
    const amount = decimalToMinor(String(r.total ?? "0"), currency);
    refunds.push({ externalId: id, externalOrderId: externalId, amountMinor: amount < 0n ? -amount : amount, at: modified ?? orderedAt });
  }
  return {
    externalId,
    orderNumber: o.number !== undefined ? String(o.number).slice(0, 50) : null,
    orderedAt,
    currency,
    amountMinor: decimalToMinor(String(o.total), currency),
    status: statusOf(o.status),
    discountCodes: cleanCodes(asArray(o.coupon_lines).map((c) => asRecord(c).code)),
    clickId,
    lineItems: lineItems.length > 0 ? lineItems : null,
    sourceUpdatedAt: modified,
    refunds,
  };
}

export function readWooEvent(topic: string, payload: unknown, clickParam: string): StoreEvent {
  try {
    if (!(WOO_TOPICS as readonly string[]).includes(topic)) return { kind: "ignore", reason: `topic ${topic} is not one this app reads` };
    const order = wooOrder(payload, clickParam);
    return order ? { kind: "order", order } : { kind: "ignore", reason: "order without id, currency, date_created_gmt or total" };
  } catch (e) {
    return { kind: "ignore", reason: e instanceof Error ? e.message : "unreadable payload" };
  }
}
