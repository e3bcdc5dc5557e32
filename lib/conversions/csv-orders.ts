// Orders from a CSV file, pure: which column is which (guessed from the headers, changeable), and
// each row read into OrderFacts or a message naming its line. The CSV reader, the header
// normalisation and the failed-rows file are the roster import's (lib/influencers/import).
import { failedRowsCsv, headerKey, parseCsv, type ParsedCsv } from "../influencers/import";
import { cleanCodes, clickIdFrom, currencyCode, decimalToMinor, parseDate, type OrderFacts, type OrderStatus } from "./order";
import { ORDER_FIELD_LABELS, ORDER_FIELDS, type OrderField, type OrderMapping } from "./order-fields";

const ALIASES: Record<OrderField, readonly string[]> = {
  order_id: ["order id", "order_id", "id", "external id", "transaction id"],
  order_number: ["order number", "number", "name", "order", "order #", "order no"],
  date: ["date", "created at", "created_at", "order date", "paid at", "processed at", "date created"],
  total: ["total", "total price", "amount", "order total", "revenue", "total_price", "sales"],
  currency: ["currency", "currency code"],
  discount_codes: ["discount code", "discount codes", "coupon", "coupons", "coupon code", "promo code", "code"],
  click_id: ["click id", "mc_click", "click"],
  status: ["status", "financial status", "order status"],
  refunded: ["refunded", "refunded amount", "refund", "refunds", "total refunded"],
};
const FIELD_BY_KEY = new Map(ORDER_FIELDS.flatMap((f) => ALIASES[f].map((a) => [headerKey(a), f] as const)));

/** Each header → the field its name suggests (each field once, first header wins), else null. */
export function autoMapOrderHeaders(headers: readonly string[]): OrderMapping {
  const used = new Set<OrderField>();
  const out: OrderMapping = {};
  for (const h of headers) {
    const f = FIELD_BY_KEY.get(headerKey(h)) ?? null;
    out[h] = f && !used.has(f) ? f : null;
    if (f) used.add(f);
  }
  return out;
}

/** What is wrong with a mapping: a required field missing, a field mapped twice. */
export function orderMappingProblems(mapping: OrderMapping, defaultCurrency: string | null): string[] {
  const fields = Object.values(mapping).filter((f): f is OrderField => f !== null);
  const problems: string[] = [];
  for (const f of ["order_id", "date", "total"] as const)
    if (!fields.includes(f)) problems.push(`Choose the column for ${ORDER_FIELD_LABELS[f].replace(" (required)", "")}.`);
  if (!fields.includes("currency") && !defaultCurrency) problems.push("Choose the currency column, or a currency for every row.");
  for (const f of ORDER_FIELDS)
    if (fields.filter((x) => x === f).length > 1)
      problems.push(`${ORDER_FIELD_LABELS[f].replace(" (required)", "")} is chosen for more than one column.`);
  return problems;
}

function statusOf(value: string): OrderStatus | null {
  const v = value.trim().toLowerCase();
  if (v === "") return "paid";
  if (["paid", "completed", "complete", "processing", "fulfilled", "partially_refunded", "refunded", "partially refunded"].includes(v))
    return "paid";
  if (["cancelled", "canceled", "voided", "failed"].includes(v)) return "cancelled";
  if (["pending", "authorized", "on-hold", "on hold"].includes(v)) return "pending";
  return null;
}

export type CsvOrderRow = { line: number; order: OrderFacts; refundedMinor: bigint | null };
export type CsvOrderError = { line: number; cells: string[]; message: string };
export type CsvOrderPlan = { parsed: ParsedCsv; rows: CsvOrderRow[]; errors: CsvOrderError[] };

/** Reads every row; a row with a problem becomes an error naming its line and is left out. */
export function planOrderCsv(text: string, mapping: OrderMapping, defaultCurrency: string | null): CsvOrderPlan {
  const parsed = parseCsv(text);
  const col = new Map<OrderField, number>();
  parsed.headers.forEach((h, i) => {
    const f = mapping[h];
    if (f) col.set(f, i);
  });
  const rows: CsvOrderRow[] = [];
  const errors: CsvOrderError[] = [];
  const seen = new Map<string, number>();
  for (const r of parsed.rows) {
    const cell = (f: OrderField) => {
      const i = col.get(f);
      return i === undefined ? "" : (r.cells[i] ?? "").trim();
    };
    const fail = (message: string) => errors.push({ line: r.line, cells: r.cells, message });
    const externalId = cell("order_id");
    if (!externalId) {
      fail("The order id is empty.");
      continue;
    }
    if (externalId.length > 100) {
      fail("The order id is longer than 100 characters.");
      continue;
    }
    if (seen.has(externalId)) {
      fail(`Order ${externalId} is already on line ${seen.get(externalId)}.`);
      continue;
    }
    const currency = currencyCode(cell("currency")) ?? (cell("currency") === "" ? defaultCurrency : null);
    if (!currency) {
      fail(`"${cell("currency")}" is not a three-letter currency code such as USD.`);
      continue;
    }
    const orderedAt = parseDate(cell("date"));
    if (!orderedAt) {
      fail(`"${cell("date")}" is not a date (use 2026-03-31 or 2026-03-31T14:05:00Z).`);
      continue;
    }
    let amountMinor: bigint;
    let refundedMinor: bigint | null = null;
    try {
      amountMinor = decimalToMinor(cell("total").replace(/^[^\d-]+/, ""), currency);
      if (amountMinor < 0n) throw new RangeError("negative");
    } catch {
      fail(`"${cell("total")}" is not an amount (write 49.90, without a currency sign).`);
      continue;
    }
    if (cell("refunded") !== "") {
      try {
        refundedMinor = decimalToMinor(cell("refunded").replace(/^[^\d-]+/, ""), currency);
        if (refundedMinor < 0n) refundedMinor = -refundedMinor;
      } catch {
        fail(`"${cell("refunded")}" is not a refunded amount.`);
        continue;
      }
    }
    const status = statusOf(cell("status"));
    if (!status) {
      fail(`"${cell("status")}" is not a status (paid, pending or cancelled).`);
      continue;
    }
    const rawClick = cell("click_id");
    const clickId = clickIdFrom(rawClick);
    if (rawClick && !clickId) {
      fail(`"${rawClick.slice(0, 60)}" is not a click id from a tracking link.`);
      continue;
    }
    seen.set(externalId, r.line);
    rows.push({
      line: r.line,
      refundedMinor,
      order: {
        externalId,
        orderNumber: cell("order_number").slice(0, 50) || null,
        orderedAt,
        currency,
        amountMinor,
        status,
        discountCodes: cleanCodes(cell("discount_codes").split(/[,;\s]+/)),
        clickId,
        lineItems: null,
        sourceUpdatedAt: null,
        refunds: [],
      },
    });
  }
  return { parsed, rows, errors };
}

/** The rows that failed, with their line and message, for download and fixing. */
export function failedOrdersCsv(plan: CsvOrderPlan): string {
  return failedRowsCsv(plan.parsed.headers, plan.errors);
}

export { ORDER_FIELD_LABELS, ORDER_FIELDS, type OrderField, type OrderMapping };
