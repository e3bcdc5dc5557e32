// What an order and a refund look like once read from any source (Shopify, WooCommerce, CSV), and
// the small pure readers the sources share. No I/O.
import { createHmac, timingSafeEqual } from "node:crypto";

import { currencyExponent } from "../metrics/money";
import { CLICK_ID } from "../tracking/click-id";

export type OrderStatus = "pending" | "paid" | "cancelled";
export type LineItem = { title: string; quantity: number; sku: string | null; priceMinor: string | null };

export type OrderFacts = {
  externalId: string;
  orderNumber: string | null;
  orderedAt: Date;
  currency: string;
  amountMinor: bigint;
  status: OrderStatus;
  discountCodes: string[];
  clickId: string | null;
  lineItems: LineItem[] | null;
  sourceUpdatedAt: Date | null;
  /** Refunds the order payload itself lists (Shopify and WooCommerce include them). */
  refunds: RefundFacts[];
};

export type RefundFacts = { externalId: string; externalOrderId: string; amountMinor: bigint; at: Date };

/** What one webhook delivery means. */
export type StoreEvent =
  { kind: "order"; order: OrderFacts } | { kind: "refund"; refund: RefundFacts } | { kind: "ignore"; reason: string };

/** Base64 HMAC-SHA256 of the raw body (how Shopify and WooCommerce both sign). */
export function signBody(secret: string, body: Uint8Array): string {
  return createHmac("sha256", secret).update(body).digest("base64");
}

/** Constant-time check of a base64 signature header against the body; false for a missing header. */
export function verifyBodySignature(secret: string, body: Uint8Array, header: string | null): boolean {
  if (!header) return false;
  const expected = createHmac("sha256", secret).update(body).digest();
  const given = Buffer.from(header.trim(), "base64");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * "199.90" in `currency` → 19990n minor units, read as text (no floating point). A leading "-" is
 * kept; more decimals than the currency has are rounded half away from zero ("1.005" USD → 101).
 * Throws RangeError for anything but a plain decimal number or an invalid currency.
 */
export function decimalToMinor(text: string | number, currency: string): bigint {
  const exponent = currencyExponent(currency);
  const t = String(text).trim().replace(/,/g, "");
  const m = /^(-)?(\d{1,15})(?:\.(\d{0,12}))?$/.exec(t);
  if (!m) throw new RangeError(`not an amount: ${JSON.stringify(String(text).slice(0, 40))}`);
  const fraction = m[3] ?? "";
  const kept = (fraction + "0".repeat(exponent)).slice(0, exponent);
  let minor = BigInt(m[2]!) * 10n ** BigInt(exponent) + BigInt(kept === "" ? "0" : kept);
  if ((fraction[exponent] ?? "0") >= "5") minor += 1n;
  return m[1] && minor !== 0n ? -minor : minor;
}

/** A three-letter currency code in upper case, or null. */
export function currencyCode(value: unknown): string | null {
  return typeof value === "string" && /^[A-Za-z]{3}$/.test(value.trim()) ? value.trim().toUpperCase() : null;
}

/** A date from an ISO string; `assumeUtc` adds "Z" to a time without a zone (WooCommerce's *_gmt). */
export function parseDate(value: unknown, assumeUtc = false): Date | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  let t = value.trim();
  if (assumeUtc && /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(t)) t += "Z";
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The click id in a well-formed value (a UUIDv7 as the redirect makes them), else null. */
export function clickIdFrom(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const v = value.trim().toLowerCase();
  return CLICK_ID.test(v) ? v : null;
}

/** The click parameter of a URL or path ("/products/x?mc_click=…"), else null. */
export function clickIdFromUrl(url: unknown, param: string): string | null {
  if (typeof url !== "string" || url.trim() === "") return null;
  try {
    return clickIdFrom(new URL(url.trim(), "https://store.invalid").searchParams.get(param));
  } catch {
    return null;
  }
}

/** An external id: a string or number the store gave, at most 100 characters. */
export function externalIdOf(value: unknown): string | null {
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  if (typeof value === "string" && value.trim() !== "" && value.trim().length <= 100) return value.trim();
  return null;
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Distinct codes, trimmed, at most 20 of at most 64 characters, in the order given. */
export function cleanCodes(codes: unknown[]): string[] {
  const out: string[] = [];
  for (const c of codes) {
    if (typeof c !== "string") continue;
    const t = c.trim().slice(0, 64);
    if (t && !out.some((x) => x.toUpperCase() === t.toUpperCase())) out.push(t);
    if (out.length >= 20) break;
  }
  return out;
}
