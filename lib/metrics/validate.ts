/**
 * Input checks and the one safe division shared by every metric in lib/metrics.
 * Not re-exported from index.ts: callers see only the metrics, but every RangeError
 * they meet has the same wording and names the offending field.
 */

/** A value that may be unknown. `null` (or an omitted field) means "not known", never 0. */
export type Maybe<T> = T | null | undefined;

/**
 * Checks that `value` is a finite number ≥ 0 and returns it (−0 is returned as 0).
 * At 0: returns 0. At null/undefined: not accepted here (see {@link nonNegativeOrNull}).
 * Throws RangeError naming `field` for a negative number, NaN, ±Infinity or a non-number.
 */
export function nonNegative(field: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${field} must be a finite number ≥ 0, got ${describe(value)}`);
  }
  return value === 0 ? 0 : value;
}

/**
 * Like {@link nonNegative}, but `null` and `undefined` pass through as `null` (unknown).
 * At 0: returns 0. Throws RangeError naming `field` on a negative or non-finite number.
 */
export function nonNegativeOrNull(field: string, value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return nonNegative(field, value);
}

/**
 * Checks that `value` is a finite number (any sign) and returns it.
 * Throws RangeError naming `field` for NaN, ±Infinity or a non-number.
 */
export function finite(field: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(`${field} must be a finite number, got ${describe(value)}`);
  }
  return value;
}

/**
 * numerator × scale ÷ denominator, the shape of every rate in this module.
 * Multiplies before dividing so that integer inputs land exactly on boundaries
 * (25 clicks of 1,000 impressions is exactly 2.5, not 2.5000000000000004).
 * Returns null when either side is null (unknown) or the denominator is 0; never NaN or ±Infinity.
 * At numerator 0 with a positive denominator: returns 0. −0 is returned as 0.
 * Throws RangeError naming `metric` if the true result exceeds the largest finite double.
 */
export function ratio(metric: string, numerator: number | null, denominator: number | null, scale = 1): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  let result = (numerator * scale) / denominator;
  if (!Number.isFinite(result)) result = (numerator / denominator) * scale;
  if (!Number.isFinite(result)) {
    throw new RangeError(`${metric} is too large to represent (${numerator} × ${scale} ÷ ${denominator})`);
  }
  return result === 0 ? 0 : result;
}

function describe(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  return typeof value;
}
