/**
 * Claim language that needs substantiation (16 CFR 255.1: an endorser may not make a claim the brand could not substantiate; the FTC's
 * example is "cures eczema").
 *
 * Flagged (case-insensitive, whole words): "cure(s/d/ing)" (+ the condition named right after,
 * e.g. "cures eczema"; not "cured ham/salmon/bacon…"), "heals/treats/prevents/reverses" + a
 * condition, "guarantee(d/s)" (not "money-back/satisfaction guarantee"), "clinically/
 * scientifically/medically/dermatologically proven/tested/shown", "100% effective/safe/natural/
 * guaranteed/results", "miracle", "miraculous", "overnight results/transformation",
 * "results overnight", "instant/permanent results", "FDA approved", "no side effects",
 * "doctor/dermatologist recommended/approved", weight-loss figures ("lost 10 lbs in 2 weeks",
 * "dropped 5 kg", "lose 3 dress sizes"), "lose weight fast", "burns/melts fat", "fat-burning".
 * Overlapping hits are merged into the longest one.
 *
 * A claim is approved (not flagged) when, case-insensitively and ignoring spacing/hyphens,
 * (a) an approved claim occurs in the text and covers the flagged words, or (b) the clause
 * holding the flagged words (hashtags and @handles left out) is contained in an approved claim.
 */

import { escapeRegExp } from "./text-utils";
import type { Span } from "./types";

export interface Claim extends Span {
  term: string;
}

const CONDITIONS =
  "eczema|acne|psoriasis|rosacea|cancer|diabetes|anxiety|depression|insomnia|arthritis|covid(?:-19)?|hair\\s+loss|baldness|cellulite|wrinkles|scars|migraines?|allergies|asthma|adhd|autism|infections?";
const WEIGHT_UNITS = "lbs?|pounds?|kgs?|kilos?|kilograms?|stones?|st|inch(?:es)?|dress\\s+sizes?|sizes?|%\\s*(?:body\\s+)?fat";
const SPANS_OF_TIME =
  "(?:\\s+in\\s+(?:just\\s+|only\\s+|under\\s+|less\\s+than\\s+)?(?:\\d+|a|an|one|two|three|four|five|six|seven|ten)\\s*(?:days?|weeks?|months?|hours?))?";

const CLAIM_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\bcur(?:e|es|ed|ing)\\b(?!\\s+(?:meats?|ham|salmon|bacon|pork|beef|sausages?|fish|egg\\s+yolks?)\\b)(?:\\s+(?:my|your|his|her|their|the|of)?\\s*(?:${CONDITIONS})\\b)?`,
    "giu",
  ),
  new RegExp(
    `\\b(?:heals?|healed|treats?|treated|prevents?|reverses?|reversed|eliminates?|eliminated)\\s+(?:my\\s+|your\\s+|the\\s+)?(?:${CONDITIONS})\\b`,
    "giu",
  ),
  /(?<!money[- ]?back\s|satisfaction\s)\bguarantee(?:d|s)?\b/giu,
  /\b(?:clinically|scientifically|medically|dermatologically)[\s-]+(?:proven|tested|shown|validated)\b/giu,
  /\b100\s?(?:%|percent\b|per\s+cent\b)\s*(?:effective|guaranteed|safe|natural|organic|results?|success(?:ful)?)\b/giu,
  /\bmiracle(?:s)?\b|\bmiraculous(?:ly)?\b/giu,
  /\b(?:overnight\s+(?:results?|transformation|success|fix)|results?\s+overnight|transform(?:s|ed)?\s+overnight|(?:instant|permanent)\s+results?)\b/giu,
  /\bFDA[\s-]+(?:approved|cleared)\b|\bno\s+side[\s-]+effects\b|\b(?:doctor|dermatologist)[\s-]+(?:recommended|approved)\b/giu,
  new RegExp(
    `\\b(?:lost|lose|loses|losing|dropped|drop|drops|shed|sheds|shedding|melted|melt|burned|burnt|burn)\\s+(?:over\\s+|up\\s+to\\s+|nearly\\s+|almost\\s+|about\\s+|around\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:${WEIGHT_UNITS})\\b${SPANS_OF_TIME}`,
    "giu",
  ),
  /\blose\s+weight\s+(?:fast|quickly|overnight|without\s+(?:diet(?:ing)?|exercise))\b|\b(?:burns?|melts?|blasts?)\s+(?:away\s+)?(?:belly\s+|body\s+|stubborn\s+)?fat\b|\bfat[\s-]+burning\b/giu,
];

/** Every claim in `text`, sorted, overlaps merged into the longest. Empty text → []. */
export function findClaims(text: string): Claim[] {
  const hits: Claim[] = [];
  for (const re of CLAIM_PATTERNS) {
    for (const m of text.matchAll(re)) hits.push({ start: m.index, end: m.index + m[0].length, term: m[0] });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Claim[] = [];
  for (const hit of hits) {
    const last = merged[merged.length - 1];
    if (last && hit.start < last.end) {
      if (hit.end > last.end) merged[merged.length - 1] = { start: last.start, end: hit.end, term: text.slice(last.start, hit.end) };
    } else merged.push(hit);
  }
  return merged;
}

/** Lower-case, hyphens as spaces, runs of spaces collapsed, "100 %" → "100%". */
function normalizeClaim(s: string): string {
  return s.toLowerCase().replace(/[-‐–]/g, " ").replace(/\s*%/g, "%").replace(/\s+/g, " ").trim();
}

/**
 * The clause holding `span`: bounded by . ! ? : ; | and line breaks, with hashtags and @handles
 * removed, so "#ad Clinically proven to reduce redness!" yields "Clinically proven to reduce redness".
 */
function clauseAround(text: string, span: Span): string {
  const before = text.slice(0, span.start);
  const from = Math.max(...[".", "!", "?", ":", ";", "|", "\n"].map((c) => before.lastIndexOf(c))) + 1;
  const rest = text.slice(span.end).search(/[.!?:;|\n]/);
  return text.slice(from, rest === -1 ? text.length : span.end + rest).replace(/[#@][\p{L}\p{N}_.]+/gu, " ");
}

/**
 * Builds a checker for claims in `text`: true when the claim is covered by one of `approved`
 * (rules in the header). Each approved claim is searched once. Empty list → always false.
 */
export function approvedClaimChecker(text: string, approved: readonly string[]): (claim: Span) => boolean {
  const normalized = approved.map(normalizeClaim).filter((a) => a !== "");
  if (normalized.length === 0) return () => false;
  const occurrences: Span[] = [];
  for (const a of normalized) {
    const pattern = a
      .split(/(%|\s)/)
      .filter((p) => p.trim() !== "")
      .map(escapeRegExp)
      .join("[\\s-]*");
    for (const m of text.matchAll(new RegExp(pattern, "giu"))) occurrences.push({ start: m.index, end: m.index + m[0].length });
  }
  return (claim) => {
    if (occurrences.some((o) => o.start <= claim.start && o.end >= claim.end)) return true;
    const sentence = normalizeClaim(clauseAround(text, claim));
    return sentence !== "" && normalized.some((a) => a.includes(sentence));
  };
}
