/**
 * Classifies hashtags as acceptable disclosures, vague ones, or neither (FTC "Disclosures 101", CMA/ASA
 * influencer guide).
 *
 * Rules (on the tag body lower-cased and accent-stripped):
 * - the whole tag must be the word: `#ad` yes, `#adidas`/`#adventure`/`#ads` no; a tag glued to
 *   a hyphenated word (`#ad-free`) is a compound, not a disclosure;
 * - ad family: #ad #advert #advertisement #advertising #paidad;
 * - US-acceptable: #sponsored(+post/+content/+by…), #[anything]sponsored, #paidpartnership(+with…),
 *   #paidpartner, #paidpost, #paidpromotion, #gifted(+by…/+product), #contest, #contestentry,
 *   #sweepstakes, #affiliate, #affiliatelink(s);
 * - #[Brand]Partner / #[Brand]Ambassador: acceptable when the prefix is the brand (full name or
 *   first word, normalised). With a brand given, a tag naming *another* brand is vague (it
 *   discloses a tie to someone else). With no brand given, any non-generic prefix is accepted
 *   (the checker can't tell a brand from a word; pass `brand` for the strict check);
 *   generic prefixes (#travelpartner, #gymbuddy-style words) are not disclosure-like at all;
 * - vague: #sp #spon #spons #sponsor #sponsorship #collab(+anything) #[x]collab #thanks… #thankyou… #thx…
 *   #partner(s) #partnership #brandpartner #ambassador(s) #brandambassador #officialpartner
 *   #sweeps #giveaway #pr #prgift #prpackage #prsample;
 * - explicit negations (#notsponsored, #nonsponsored, #notanad, #notad, #noad) are nothing.
 */

import type { Hashtag } from "./hashtags";
import { WHY_VAGUE, type BrandNames, type TermFamily, type TermMatch } from "./term-types";
import { normalizeName, q } from "./text-utils";

const AD_TAGS = new Set(["ad", "advert", "advertisement", "advertising", "paidad"]);

const US_TAGS: ReadonlyArray<[RegExp, TermFamily]> = [
  [/^sponsored(?:post|content|by\w*)?$/, "sponsored"],
  [/^paid(?:partnership(?:with\w*)?|partner|post|promotion)$/, "partnership"],
  [/^gifted(?:by\w*|product|products|item|items)?$/, "gifted"],
  [/^(?:contest|contestentry|sweepstakes)$/, "contest"],
  [/^affiliate(?:link|links)?$/, "affiliate"],
];

const NEGATED = /^(?:not|non|un|no)(?:an)?(?:sponsored|ad|advert|advertisement|spon)$/;

const VAGUE_TAGS =
  /^(?:sp|spon|spons|sponsors?|sponsorship|collab\w*|\w*collab|collaboration|thanks\w*|thankyou\w*|thx\w*|partners?|partnership|partnered|brandpartner|officialpartner|ambassadors?|brandambassador|officialambassador|sweeps|giveaway|pr|prgift|prpackage|prsample)$/;

const TIE_SUFFIX = /^(.*?)(partners?|ambassadors?)$/;

/** Words that make "#…partner" a hobby tag, not a brand tag: #travelpartner, #gympartner. */
const GENERIC_PREFIXES = new Set([
  "travel",
  "gym",
  "workout",
  "training",
  "running",
  "run",
  "crime",
  "life",
  "business",
  "study",
  "dance",
  "dancing",
  "climbing",
  "hiking",
  "cycling",
  "dream",
  "best",
  "sparring",
  "tennis",
  "golf",
  "writing",
  "podcast",
  "lifting",
  "fitness",
  "yoga",
  "reading",
  "wine",
  "coffee",
  "adventure",
  "accountability",
  "sports",
  "team",
  "community",
]);

/**
 * The disclosure meaning of one hashtag, or null when it is not disclosure-like.
 * `followedBy` is the text right after the tag (used to reject `#ad-free`).
 */
export function classifyHashtag(tag: Hashtag, brand: BrandNames, followedBy: string): TermMatch | null {
  if (/^-\p{L}/u.test(followedBy)) return null;
  const body = normalizeName(tag.body);
  const base = { start: tag.start, end: tag.end, term: `#${tag.body}`, hashtag: true } as const;
  const ok = (family: TermFamily): TermMatch => ({ ...base, kind: "acceptable", family });
  const vague = (why: string): TermMatch => ({ ...base, kind: "vague", family: "vague", why });

  if (body === "" || NEGATED.test(body)) return null;
  if (AD_TAGS.has(body)) return ok("ad");
  for (const [re, family] of US_TAGS) if (re.test(body)) return ok(family);
  if (body.endsWith("sponsored")) return ok("sponsored");

  const tie = TIE_SUFFIX.exec(body);
  const prefix = tie?.[1] ?? "";
  if (tie && prefix !== "" && !["brand", "official", "proud"].includes(prefix)) {
    if (GENERIC_PREFIXES.has(prefix)) return null;
    if (brand.norms.length === 0) return ok("brand-tag");
    if (brand.norms.some((n) => prefix === n || prefix.startsWith(n))) return ok("brand-tag");
    return vague(`names another brand, not ${q(brand.name)}`);
  }
  if (VAGUE_TAGS.test(body)) return vague(WHY_VAGUE);
  return null;
}
