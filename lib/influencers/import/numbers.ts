/**
 * Lenient number parsing for spreadsheet cells ("48.2K", "2.4M", "120,500", "6.1%").
 * Pure: no locale APIs, so the result never depends on the server's settings.
 */

export type NumberishResult =
  | {
      ok: true;
      /** The number, or null for an empty or "not available" cell. */
      value: number | null;
      /** True when the cell carried a % sign: `value` is then in percentage points ("6.1%" → 6.1). */
      percent: boolean;
      /** True when a K/M/B suffix was used: the figure is a rounded approximation. */
      abbreviated: boolean;
    }
  | {
      ok: false;
      /** Completes the sentence `<column> "<cell>" …`, e.g. "is not a number". */
      error: string;
    };

/** Cells meaning "no value" (compared in lower case, after trimming): they parse to `null`. */
export const EMPTY_NUMBER_TOKENS: ReadonlySet<string> = new Set([
  "",
  "-",
  "–",
  "—",
  "n/a",
  "na",
  "n.a.",
  "#n/a",
  "none",
  "null",
  "nil",
  "unknown",
  "?",
  "tbd",
]);

/** Multipliers for abbreviated counts (case-insensitive): k = 10³, m/mn = 10⁶, b/bn = 10⁹. */
const SUFFIX_EXPONENT: Record<string, number> = { k: 3, m: 6, mn: 6, b: 9, bn: 9 };

/** Thousands separators: comma, space, no-break space, narrow no-break space, apostrophe (Swiss). */
const GROUPED = /^\d{1,3}(?:([, \u00a0\u202f'’])\d{3})(?:\1\d{3})*(?:\.\d+)?$/;
const QUOTED = /^(["'])([\s\S]*)\1$/;
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Parses a number as people type it in a roster.
 *
 * Accepted: plain and signed numbers ("12", "-3", "+4", "0.5", ".5"), surrounding whitespace and
 * quotes ("  12 ", "\"120,500\""), thousands separators in groups of three ("120,500", "1 234 567",
 * "1'234"), K/M/B suffixes ("48.2K" → 48200, "2.4M" → 2400000, "3B", "1.2 mn"), a trailing % ("6.1%"
 * → 6.1 with `percent: true`), scientific notation as Excel writes it ("1.2E+06"), a leading "~"
 * or "≈" (approximately) and a trailing "+" ("10K+" → 10000: the stated lower bound).
 * Empty or "not available" cells ({@link EMPTY_NUMBER_TOKENS}) → `{ ok: true, value: null }`.
 *
 * Rejected, with a reason: text ("abc", "12abc"), a % sign together with a suffix, and decimal
 * commas. "1.234,5" and "3,5" are European notation; they are refused rather than guessed because
 * "1,234" means 1234 in one convention and 1.234 in the other, and a silent misread of a follower
 * count is worse than asking the user to re-save the file. A single comma followed by exactly three
 * digits is always a thousands separator ("1,234" → 1234).
 *
 * Suffixed values are computed in decimal ("48.2K" is exactly 48200, not 48200.000000000004).
 * Non-finite results ("1e999") are rejected. Negative values are returned; range checks belong to
 * the caller.
 */
export function parseNumberish(input: string | number | null | undefined): NumberishResult {
  if (input == null) return { ok: true, value: null, percent: false, abbreviated: false };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, error: "is not a finite number" };
    return { ok: true, value: input === 0 ? 0 : input, percent: false, abbreviated: false };
  }

  let s = input.trim();
  for (let quoted = QUOTED.exec(s); quoted; quoted = QUOTED.exec(s)) s = (quoted[2] ?? "").trim();
  if (EMPTY_NUMBER_TOKENS.has(s.toLowerCase())) {
    return { ok: true, value: null, percent: false, abbreviated: false };
  }
  const written = s;

  s = s.replace(/^[~≈]\s*/, "").replace(/\s*\+$/, "");
  let sign = 1;
  const signMatch = /^([+\-−])\s*/.exec(s);
  if (signMatch) {
    if (signMatch[1] !== "+") sign = -1;
    s = s.slice(signMatch[0].length);
  }

  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }

  let exponent = 0;
  const suffix = /^(.*\d)\s*(k|mn|m|bn|b)$/i.exec(s);
  if (suffix) {
    if (percent) return { ok: false, error: "mixes a % sign with a K/M/B suffix" };
    exponent = SUFFIX_EXPONENT[(suffix[2] ?? "").toLowerCase()] ?? 0;
    s = suffix[1] ?? "";
  }

  if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(s)) {
    return { ok: false, error: `uses European number format; write ${written.replace(/\./g, "").replace(",", ".")}` };
  }
  if (/^\d*,(?:\d{1,2}|\d{4,})$/.test(s)) {
    return { ok: false, error: `uses a decimal comma; write ${written.replace(",", ".")}` };
  }
  if (GROUPED.test(s)) s = s.replace(/[, \u00a0\u202f'’]/g, "");
  if (!PLAIN.test(s) || (exponent !== 0 && /e/i.test(s))) return { ok: false, error: "is not a number" };

  const magnitude = Number(exponent === 0 ? s : `${s}e${exponent}`);
  if (!Number.isFinite(magnitude)) return { ok: false, error: "is too large" };
  const value = magnitude === 0 ? 0 : sign * magnitude;
  return { ok: true, value, percent, abbreviated: exponent !== 0 };
}
