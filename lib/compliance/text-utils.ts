/**
 * Small text helpers shared by the rule modules: name normalisation, negation, line context,
 * code-point counting and time formatting. No rules live here.
 */

/**
 * Lower-cases, strips accents and drops everything but a–z and 0–9, so brand names compare
 * with hashtags: "L'Oréal Paris" → "lorealparis", "H&M" → "hm". Empty or symbol-only → "".
 */
export function normalizeName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const NEGATION_WORD =
  /^(?:not|no|never|non|nobody|nothing|without|zero|neither|nor|cannot|nope|isnt|wasnt|arent|werent|aint|dont|doesnt|didnt|havent|hasnt|wont|cant|neednt)$/;

/**
 * True when one of the (up to) four words before `start`, within the same clause, negates it:
 * "not sponsored", "this isn't a sponsored post", "no one sponsored this". The clause ends at
 * . ! ? ; : , | ( ) [ ] or a newline, so "Not gonna lie, this is sponsored" is not negated.
 */
export function isNegated(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const clause = before.split(/[.!?;:,|()[\]\n]/).pop() ?? "";
  const words = clause.split(/\s+/).filter(Boolean).slice(-4);
  return words.some((w) => NEGATION_WORD.test(w.toLowerCase().replace(/[^a-z]/g, "")));
}

/** The text of the line around [start, end): what comes before on that line and after it. */
export function lineContext(text: string, start: number, end: number): { before: string; after: string } {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const nl = text.indexOf("\n", end);
  return { before: text.slice(lineStart, start), after: text.slice(end, nl === -1 ? text.length : nl) };
}

/**
 * The UTF-16 index just after the first `count` code points of `text` (an emoji counts as one
 * character, as the platforms count). count ≤ 0 → 0; count ≥ length → text.length.
 */
export function indexAfterCodePoints(text: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < count) {
    const cp = text.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    seen += 1;
  }
  return i;
}

/** Seconds → "m:ss" or "h:mm:ss" (floored). Negative or non-finite → "0:00". */
export function formatTime(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** Quotes a term for a message: “#spon”. */
export function q(term: string): string {
  return `“${term}”`;
}

/**
 * Index of the last entry of ascending `offsets` that is ≤ `index` (binary search): which cue of
 * a joined transcript a character belongs to. Empty offsets or index before the first → 0.
 */
export function lastAtOrBefore(offsets: readonly number[], index: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((offsets[mid] ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
