/**
 * When is the word "Ad" (or "Advert", "Advertisement", "Advertising", "Gifted") a *label* rather
 * than prose? (FTC "Disclosures 101": "Ad", "AD:" are acceptable; "an ad for" in a sentence is not.)
 *
 * Rules, for a whole word (never inside another word or a hyphenated compound: "bad", "ADHD",
 * "headline", "ad-blocker", "#adidas" never reach this function):
 * 1. In brackets, any case: "[Ad]", "(ad)", "{AD}", "【AD】".
 * 2. At the start of a line (only spaces, emoji or punctuation before it), any case, when the
 *    line ends there or a delimiter follows: "Ad", "ad: …", "AD | …", "Ad - …", "Ad • …".
 * 3. After a delimiter at the end of a line or before another delimiter: "… | ad", "… - AD".
 * 4. Capitalised ("Ad") or upper-case ("AD") only:
 *    - anywhere, directly followed by ":" or "|": "Loving these. AD: gifted by Nike";
 *    - at line start followed by punctuation or an emoji: "Ad. New drop", "✨AD✨";
 *    - for the word "ad" at line start followed by a word: "AD new drop", "Ad Loving these" —
 *      unless that word makes "ad" a noun ("Ad campaigns are everywhere", "Ad agency life",
 *      "Ad blockers…": AD_NOUNS).
 * 5. Never: lower-case "ad" mid-sentence ("an ad for"), Latin phrases ("ad hoc", "ad nauseam",
 *    "ad infinitum", …), years ("AD 1066", "1066 AD").
 */

import { lineContext } from "./text-utils";

const LATIN_AFTER_AD =
  /^\s+(?:hoc|infinitum|nauseam|lib|libs|libitum|hominem|interim|valorem|absurdum|astra|extremum|litem|rem|referendum|honorem)(?![\p{L}])/iu;
/** Words after which "ad" is a modifier, not a label: "ad campaign", "ad blocker", "ad free". */
export const AD_NOUNS =
  "campaigns?|agency|agencies|blockers?|breaks?|networks?|space|budgets?|spend|accounts?|managers?|executives?|execs?|platforms?|servers?|slots?|blocks?|copy|creatives?|formats?|placements?|units?|tech|revenue|sales|industry|world|life|man|men|woman|women|free";
const AD_NOUN_AFTER = new RegExp(`^\\s+(?:${AD_NOUNS})(?![\\p{L}])`, "iu");
const OPEN_BRACKET = /[[({【]\s*$/u;
const CLOSE_BRACKET = /^\s*[\])}】]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LINE_END = /^\s*[.!]*\s*$/u;
const DELIM_AFTER = /^\s*(?:[:|•·]|[-–—](?![\p{L}\p{N}]))/u;
const DELIM_BEFORE = /(?:[|•·:]|(?:^|\s)[-–—])\s*$/u;

/** True when the word at [start, end) of `text` is used as a disclosure label (rules above). */
export function isLabelPosition(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const { before, after } = lineContext(text, start, end);
  const isAd = word.toLowerCase() === "ad";
  if (isAd && (LATIN_AFTER_AD.test(after) || /^\s+\d/.test(after) || /\d\s*$/.test(before))) return false;
  if (OPEN_BRACKET.test(before) && CLOSE_BRACKET.test(after)) return true;

  const atLineStart = !LETTER_OR_DIGIT.test(before);
  const lineEnds = LINE_END.test(after);
  const delimAfter = DELIM_AFTER.test(after);
  if (atLineStart && (lineEnds || delimAfter)) return true;
  if (DELIM_BEFORE.test(before) && (lineEnds || delimAfter)) return true;

  if (word === word.toLowerCase()) return false;
  if (!atLineStart) return /^\s*[:|]/.test(after);
  if (/^[^\p{L}\p{N}\s]/u.test(after)) return true;
  if (!isAd) return false;
  return /^\s+\S/.test(after) && !AD_NOUN_AFTER.test(after);
}
