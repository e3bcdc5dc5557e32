/**
 * Money conversion at the edges. Inside lib/metrics money is a plain number in currency units
 * (17515.87 dollars); databases and payment providers store integer minor units (1751587 cents).
 * Exponents follow ISO 4217 as payment providers apply it: 0 decimals for JPY, KRW and the other
 * zero-decimal currencies, 3 for BHD, JOD, KWD, OMR and TND, 2 for every other currency.
 */

const ZERO_DECIMAL = new Set([
  "BIF",
  "CLP",
  "DJF",
  "GNF",
  "JPY",
  "KMF",
  "KRW",
  "MGA",
  "PYG",
  "RWF",
  "UGX",
  "VND",
  "VUV",
  "XAF",
  "XOF",
  "XPF",
]);
const THREE_DECIMAL = new Set(["BHD", "JOD", "KWD", "OMR", "TND"]);

function normaliseCurrency(currency: string): string {
  if (typeof currency !== "string" || !/^[A-Za-z]{3}$/.test(currency)) {
    throw new RangeError(`currency must be a three-letter ISO 4217 code, got ${JSON.stringify(currency)}`);
  }
  return currency.toUpperCase();
}

/**
 * Number of decimals of a currency's minor unit.
 * Formula: 0 for JPY, KRW, CLP, VND and the other zero-decimal currencies; 3 for BHD, JOD, KWD, OMR,
 * TND; 2 otherwise (USD, EUR, GBP, ...). Case-insensitive ("usd" = "USD").
 * Throws RangeError naming `currency` unless it is three letters.
 */
export function currencyExponent(currency: string): 0 | 2 | 3 {
  const code = normaliseCurrency(currency);
  if (ZERO_DECIMAL.has(code)) return 0;
  if (THREE_DECIMAL.has(code)) return 3;
  return 2;
}

/**
 * Converts an amount in currency units to integer minor units.
 * Formula: round(amount × 10^exponent), half away from zero, after trimming binary noise to 15
 * significant digits (so 1.005 USD → 101 cents, not 100). Examples: 17515.87 USD → 1751587;
 * 1234 JPY → 1234; 1234.5 JPY → 1235; −2.5 USD → −250. At 0: 0 (never −0). At null: not accepted.
 * Negative amounts (refunds) are allowed.
 * Throws RangeError naming `amount` for a non-finite value or a result beyond Number.MAX_SAFE_INTEGER,
 * and naming `currency` for an invalid code.
 */
export function toMinorUnits(amount: number, currency: string): number {
  const exponent = currencyExponent(currency);
  if (typeof amount !== "number" || !Number.isFinite(amount)) {
    throw new RangeError(`amount must be a finite number, got ${String(amount)}`);
  }
  const scaled = Number((Math.abs(amount) * 10 ** exponent).toPrecision(15));
  const minor = Math.sign(amount) * Math.round(scaled);
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`amount ${amount} ${currency} is too large to store in minor units`);
  }
  return minor === 0 ? 0 : minor;
}

/**
 * Converts integer minor units to an amount in currency units.
 * Formula: minor ÷ 10^exponent. Examples: 1751587 USD → 17515.87; 1234 JPY → 1234; 1234 KWD → 1.234.
 * At 0: 0. At null: not accepted.
 * Throws RangeError naming `minor` unless it is a safe integer, and naming `currency` for an
 * invalid code.
 */
export function fromMinorUnits(minor: number, currency: string): number {
  const exponent = currencyExponent(currency);
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`minor must be a whole number of minor units, got ${String(minor)}`);
  }
  const amount = minor / 10 ** exponent;
  return amount === 0 ? 0 : amount;
}
