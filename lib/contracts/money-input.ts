/**
 * Money as the terms editor shows and reads it: integer minor units in the terms, a plain decimal in
 * the currency's major unit in the input ("1250.00" for 125 000 cents, "1250" for JPY 1 250).
 *
 * Pure module. The number of decimals follows ISO 4217 (`currencyExponent` from lib/metrics); a
 * currency code that isn't three letters yet (the user is still typing it) counts as 2 decimals.
 */
import { currencyExponent, fromMinorUnits, toMinorUnits } from "@/lib/metrics";

function decimalsOf(currency: string): 0 | 2 | 3 {
  return /^[A-Za-z]{3}$/.test(currency) ? currencyExponent(currency) : 2;
}

/** 125000 USD → "1250.00"; 1250 JPY → "1250"; null → "". */
export function minorToInput(minor: number | null, currency: string): string {
  if (minor === null) return "";
  const decimals = decimalsOf(currency);
  return fromMinorUnits(minor, /^[A-Za-z]{3}$/.test(currency) ? currency : "USD").toFixed(decimals);
}

export type MoneyInputResult = { ok: true; minor: number | null } | { ok: false; message: string };

/**
 * Reads what the user typed: "" → null (not agreed); "1,250.5" → 125050 (USD); a negative amount, more
 * decimals than the currency has, or anything but digits, one point and thousands commas → a message.
 * At most 10^10 major units (the terms' ceiling is 10^12 minor units).
 */
export function parseMoneyInput(text: string, currency: string): MoneyInputResult {
  const cleaned = text.trim().replace(/,/g, "");
  if (cleaned === "") return { ok: true, minor: null };
  const decimals = decimalsOf(currency);
  const m = /^(\d{1,10})(?:\.(\d*))?$/.exec(cleaned);
  if (!m) return { ok: false, message: "Enter an amount such as 1250 or 1250.50 (no currency sign)." };
  const fraction = (m[2] ?? "").replace(/0+$/, "");
  if (fraction.length > decimals) {
    return {
      ok: false,
      message: decimals === 0 ? `${currency} has no minor unit: enter a whole amount.` : `Use at most ${decimals} decimals.`,
    };
  }
  return { ok: true, minor: toMinorUnits(Number(cleaned), /^[A-Za-z]{3}$/.test(currency) ? currency : "USD") };
}
