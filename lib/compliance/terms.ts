/**
 * Finds every disclosure-like term in a text and grades it for a jurisdiction (FTC "Disclosures 101", CMA/ASA
 * influencer guide; README "Domain rules": Disclosure).
 *
 * - US: hashtags (tag-terms.ts) and phrases (phrase-terms.ts) as classified there.
 * - UK (ASA/CMA): only the "ad" family — "Ad", "#ad", "Advert", "Advertisement", "Advertising"
 *   (and statements built on them, such as "this is an ad") — is acceptable; every other
 *   US-acceptable term ("Sponsored", "Gifted", "Affiliate", "#contest", "I'm working with X", …)
 *   is reported as vague.
 * Results are sorted by position; exact duplicates and terms inside a longer term are dropped
 * ("thanks to Nike" inside "thanks to Nike for sponsoring"), except that an acceptable term
 * inside a vague one is kept.
 * Empty text → [].
 */

import { findHashtags } from "./hashtags";
import { findPhraseTerms } from "./phrase-terms";
import { classifyHashtag } from "./tag-terms";
import type { BrandNames, TermMatch } from "./term-types";
import { normalizeName } from "./text-utils";
import type { Jurisdiction } from "./types";

export type { BrandNames, TermFamily, TermMatch } from "./term-types";

export const UK_ACCEPTED_LABELS = "“Ad”, “#ad”, “Advert”, “Advertisement” or “Advertising”";

/** Brand name as given (trimmed) plus its normalised full name and first word (≥ 3 chars). */
export function brandNames(brand: string | undefined): BrandNames {
  const name = (brand ?? "").trim();
  const full = normalizeName(name);
  const first = normalizeName(name.split(/\s+/)[0] ?? "");
  const norms = [full, first].filter((n, i, all) => n.length >= (i === 0 ? 1 : 3) && all.indexOf(n) === i);
  return { name: full ? name : "", norms: full ? norms : [] };
}

/** Every disclosure-like term in `text`, graded for `jurisdiction`. */
export function findDisclosureTerms(text: string, brand: BrandNames, jurisdiction: Jurisdiction): TermMatch[] {
  const found: TermMatch[] = [];
  for (const tag of findHashtags(text)) {
    const term = classifyHashtag(tag, brand, text.slice(tag.end, tag.end + 2));
    if (term) found.push(term);
  }
  found.push(...findPhraseTerms(text, brand));

  const graded = found.map((t): TermMatch =>
    jurisdiction === "UK" && t.kind === "acceptable" && t.family !== "ad"
      ? { ...t, kind: "vague", why: `under the UK rules only ${UK_ACCEPTED_LABELS} label an advert` }
      : t,
  );
  graded.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === b.kind ? 0 : a.kind === "acceptable" ? -1 : 1));
  // One sweep: earlier terms start no later, so "contains t" is "ends at or after t" (and is not
  // the same span, which the duplicate check handles).
  const kept: TermMatch[] = [];
  let maxEndAny = -1;
  let maxEndAcceptable = -1;
  let prev: TermMatch | undefined;
  for (const t of graded) {
    const duplicate = prev !== undefined && prev.start === t.start && prev.end === t.end;
    const inAcceptable = maxEndAcceptable >= t.end;
    const inAny = maxEndAny >= t.end;
    if (!duplicate && !inAcceptable && !(t.kind === "vague" && inAny)) kept.push(t);
    if (!duplicate) {
      maxEndAny = Math.max(maxEndAny, t.end);
      if (t.kind === "acceptable") maxEndAcceptable = Math.max(maxEndAcceptable, t.end);
    }
    prev = t;
  }
  return kept;
}
