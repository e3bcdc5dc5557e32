/**
 * Display formatting. The only place in lib/metrics where numbers are rounded: every other function
 * returns full precision. null (an undefined metric) is shown as an em dash, never as 0.
 */
import { formatterCache } from "@/lib/intl-cache";

import { currencyExponent, fromMinorUnits } from "./money";

/** What an undefined (null) metric looks like on screen. */
export const EMPTY_METRIC = "—";

/**
 * An Intl.NumberFormat for `locale` and `options`, built once per process and reused
 * (lib/intl-cache.ts): a roster page of 50 rows formats a few hundred numbers.
 * Throws what the constructor throws (RangeError for an invalid currency or digits), uncached.
 */
export const numberFormat: (locale: string, options: Intl.NumberFormatOptions) => Intl.NumberFormat = formatterCache(
  (locale, options) => new Intl.NumberFormat(locale, options),
);

/**
 * A number in full with grouping, as `toLocaleString(locale)` shows it (up to 3 decimals), from a
 * shared formatter. Examples: 12000 → "12,000"; 1234.5 → "1,234.5". At null: "—".
 */
export function formatExact(n: number | null, locale = "en-US"): string {
  if (n === null) return EMPTY_METRIC;
  return numberFormat(locale, {}).format(n);
}

function checkFinite(field: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(`${field} must be a finite number, got ${String(value)}`);
  }
}

/**
 * A percentage that is already × 100 (as every rate here is), with a fixed number of decimals.
 * Formula: value rounded half-away-from-zero to `digits` decimals, grouped for `locale`, then "%".
 * Examples: 2.2 → "2.2%"; 2.25 → "2.3%"; 4.48 with digits 2 → "4.48%"; 1234.5 → "1,234.5%";
 * −100 (ROI) → "-100.0%". At 0: "0.0%". At null: "—".
 * Throws RangeError naming `value` for NaN or ±Infinity, and (from Intl) for digits outside 0–100.
 */
export function formatPercent(value: number | null, digits = 1, locale = "en-US"): string {
  if (value === null) return EMPTY_METRIC;
  checkFinite("value", value);
  const text = numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: "negative",
  }).format(value);
  return `${text}%`;
}

/**
 * An amount of money in currency units, via Intl.NumberFormat currency style, with the currency's
 * own decimals (USD 2, JPY 0). Examples: 17515.872 → "$17,515.87"; 5.13 → "$5.13";
 * 1234.5 JPY → "¥1,235". At 0: "$0.00". At null: "—". A value that rounds to zero is shown
 * without a minus sign.
 * Throws RangeError naming `amount` for NaN or ±Infinity, and (from Intl) for an invalid currency.
 */
export function formatMoney(amount: number | null, currency = "USD", locale = "en-US"): string {
  if (amount === null) return EMPTY_METRIC;
  checkFinite("amount", amount);
  return numberFormat(locale, { style: "currency", currency, signDisplay: "negative" }).format(amount);
}

/**
 * An amount of money stored in integer minor units, shown without losing a minor unit. Intl gives
 * some currencies fewer display decimals than their minor unit has (HUF, ISK, IDR: 0 on screen, 2 in
 * ISO 4217 and at Stripe), so formatMoney would round HUF 12,345.50 to "HUF 12,346".
 * Formula: formatMoney of fromMinorUnits(minor), with the minor unit's decimals (currencyExponent)
 * whenever the amount has a fraction Intl would drop. Examples: 1234550 HUF → "HUF 12,345.50";
 * 1234600 HUF → "HUF 12,346"; 1500 USD → "$15.00"; 1234 JPY → "¥1,234"; 1234 KWD → "KWD 1.234".
 * At 0: "$0.00" (USD). At null: "—".
 * Throws RangeError naming `minor` unless it is a safe integer, and naming `currency` for an
 * invalid code.
 */
export function formatMinorUnits(minor: number | null, currency = "USD", locale = "en-US"): string {
  if (minor === null) return EMPTY_METRIC;
  const amount = fromMinorUnits(minor, currency);
  const exponent = currencyExponent(currency);
  const shown = numberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? exponent;
  const dropped = exponent > shown && minor % 10 ** (exponent - shown) !== 0;
  return numberFormat(locale, {
    style: "currency",
    currency,
    signDisplay: "negative",
    ...(dropped ? { minimumFractionDigits: exponent, maximumFractionDigits: exponent } : {}),
  }).format(amount);
}

/**
 * A count in compact notation with at most one decimal.
 * Examples: 999 → "999"; 1,000 → "1K"; 48,200 → "48.2K"; 476,000 → "476K"; 3,414,400 → "3.4M".
 * At 0: "0". At null: "—".
 * Throws RangeError naming `n` for a negative, NaN or infinite value.
 */
export function formatCount(n: number | null, locale = "en-US"): string {
  if (n === null) return EMPTY_METRIC;
  checkFinite("n", n);
  if (n < 0) throw new RangeError(`n must be a count ≥ 0, got ${n}`);
  return numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(n);
}

/**
 * A ratio such as ROAS, which is not a percentage: value with `digits` decimals and "×".
 * Examples: 3.2 → "3.20×"; 1 → "1.00×". At 0: "0.00×". At null: "—".
 * Throws RangeError naming `value` for NaN or ±Infinity.
 */
export function formatRatio(value: number | null, digits = 2, locale = "en-US"): string {
  if (value === null) return EMPTY_METRIC;
  checkFinite("value", value);
  const text = numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: "negative",
  }).format(value);
  return `${text}×`;
}
