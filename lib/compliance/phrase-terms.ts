/**
 * Disclosure words and statements in running text (captions and spoken transcripts alike).
 *
 * Matching is case-insensitive and whole-word: a term never matches inside a longer word, a
 * hyphenated compound ("ad-blocker", "non-sponsored"), a hashtag, an @handle or a URL path.
 * Acceptable statements are dropped when negated in the same clause ("not sponsored", "this
 * isn't a sponsored post"). Families (see term-types.ts):
 * - ad: "Ad"/"Advert"/"Advertisement"/"Advertising" as a label (ad-label.ts); "this is an ad",
 *   "this video is an advertisement", "it's a paid ad", "paid ad", spoken "hashtag ad";
 * - sponsored: "sponsored" anywhere; "for sponsoring", "X is sponsoring this"; "today's sponsor",
 *   "our sponsor"; "brought to you by"; "thanks to X for the free …/for sponsoring/for gifting";
 * - partnership: "paid partnership/promotion/post/collab…"; "I was paid to/by"; "in partnership
 *   with X", "partnered with X", "I'm working with X", "I'm a X ambassador/partner",
 *   "ambassador for X" — X must be a named party (party.ts); with a brand given, naming someone
 *   else makes the statement vague;
 * - gifted: "Gifted" as a label, "gifted by/to me", "was gifted", "gifted product", "X sent me"
 *   (X = the brand or an @handle), "received this for free", "free sample from";
 * - affiliate: "affiliate link(s)", "I earn a commission";
 * - vague: "in collaboration with", "collab with", "teamed up with", "thanks (to) X".
 * Spoken-only wording ("this video is sponsored by", "in partnership with X") is accepted in
 * text too: the words disclose the same thing whether read or heard.
 */

import { AD_NOUNS, isLabelPosition } from "./ad-label";
import { partyAt, partyBefore } from "./party";
import type { BrandNames, TermFamily, TermMatch } from "./term-types";
import { WHY_VAGUE } from "./term-types";
import { isNegated, q } from "./text-utils";

const W = "\\p{L}\\p{N}\\p{M}_";
const START = `(?<![${W}#@'’/.=&?\\-])`;
const END = `(?![${W}]|[-'’][${W}])`;

/** A whole-word pattern (boundaries on both sides). */
const whole = (src: string) => new RegExp(`${START}(?:${src})${END}`, "giu");
/** A pattern whose match is followed by a party (boundary only at the start). */
const lead = (src: string) => new RegExp(`${START}(?:${src})`, "giu");

const I_AM = "(?:i['’]?m|i\\s+am|we['’]?re|we\\s+are|i['’]?ve\\s+been|i\\s+have\\s+been|we['’]?ve\\s+been|we\\s+have\\s+been)";

const LABEL_WORDS = whole("ad|advert|advertisement|advertising|gifted");

const STATEMENTS: ReadonlyArray<[RegExp, TermFamily]> = [
  [
    whole(
      `(?:this|it)(?:\\s+(?:post|video|reel|story|content|tweet|pin|stream|livestream|article|review|episode|caption))?(?:\\s+is|['’]s)\\s+(?:an?\\s+(?:paid\\s+)?|paid\\s+)(?:ad|advert|advertisement)(?!\\s+(?:${AD_NOUNS})\\b)`,
    ),
    "ad",
  ],
  [whole("hashtag\\s+ad|paid\\s+(?:ad|advert|advertisement|advertising)"), "ad"],
  [whole("sponsored"), "sponsored"],
  [
    whole(
      "for\\s+sponsoring|sponsoring\\s+(?:this|today['’]s|the|my|our|me|us)|(?:today['’]s|this\\s+(?:video|stream|episode|post)['’]s|our|my)\\s+sponsors?|brought\\s+to\\s+you\\s+by",
    ),
    "sponsored",
  ],
  [
    whole(
      "(?:thanks|thank\\s+you|thx)\\b[^.!?\\n]{0,60}?\\bfor\\s+(?:the\\s+|this\\s+|these\\s+|my\\s+)?(?:free|gifting|gift|gifted|sending|sponsoring|sponsorship|partnering|paying|pr)",
    ),
    "sponsored",
  ],
  [
    whole("paid\\s+(?:partnership|partner|promotion|promo|post|collab|collaboration|sponsorship|endorsement|review|content)"),
    "partnership",
  ],
  [whole("(?:was|am|were|got|get|gets|getting|been|is|are|i['’]m)\\s+(?:being\\s+)?paid\\s+(?:by|to|for)"), "partnership"],
  [
    whole(
      "(?:was|were|been|got|get|being)\\s+gifted|gifted\\s+(?:by|to\\s+me|me|us|from)|gifted\\s+(?:product|products|item|items|pr|sample|samples)",
    ),
    "gifted",
  ],
  [
    whole(
      "(?:got|received|receive|was\\s+sent|were\\s+sent|was\\s+given|were\\s+given)\\b[^.!?\\n]{0,40}?\\b(?:for\\s+free|free\\s+of\\s+charge|at\\s+no\\s+cost|complimentary|as\\s+a\\s+gift)",
    ),
    "gifted",
  ],
  [
    whole(
      "(?:sent|given|provided)\\s+(?:to\\s+(?:me|us)\\s+)?(?:for\\s+free|free\\s+of\\s+charge|at\\s+no\\s+cost)|(?:free|complimentary)\\s+(?:product|products|sample|samples|gift|gifts|pr)\\s+from",
    ),
    "gifted",
  ],
  [
    whole(
      "affiliate\\s+links?|(?:i|we)\\s+(?:may\\s+|might\\s+|will\\s+|can\\s+)?(?:earn|get|receive|make)\\s+(?:a\\s+)?(?:small\\s+)?commissions?",
    ),
    "affiliate",
  ],
];

const PARTY_AFTER = lead(
  `(?:in\\s+(?:a\\s+)?(?:paid\\s+)?partnership\\s+with|partnered\\s+with|partnering\\s+with|${I_AM}\\s+(?:so\\s+|really\\s+)?(?:(?:excited|proud|happy|thrilled|stoked)\\s+to\\s+be\\s+)?(?:working|partnering)\\s+with|(?:i['’]?m|i\\s+am|as)\\s+(?:a|an|the|your)\\s+(?:(?:proud|official|paid|new)\\s+)*(?:brand\\s+)?(?:ambassador|partner)\\s+(?:for|of|with))\\s+`,
);
const PARTY_BEFORE_TIE = lead("(?:i['’]?m|i\\s+am|as)\\s+(?:a|an|the|your)\\s+(?:(?:proud|official|paid|new)\\s+)*");
const TIE_WORD = /^\s+(?:brand\s+)?(?:ambassador|partner)(?![\p{L}])/iu;
const SENT_ME = whole("(?:kindly\\s+|just\\s+|generously\\s+)?(?:sent|gave|gifted|sends|gives)\\s+(?:me|us)");
const VAGUE_PHRASES = whole(
  "in\\s+collaboration\\s+with|collab(?:oration)?\\s+with|collaborating\\s+with|teamed\\s+up\\s+with|teaming\\s+up\\s+with",
);
const THANKS_PARTY = lead("(?:many\\s+|big\\s+)?(?:thanks|thank\\s+you|thx)(?:\\s+so\\s+much)?,?\\s+(?:to\\s+)?");

/** All disclosure-like phrases in `text` (US meaning; terms.ts applies the UK rule set). */
export function findPhraseTerms(text: string, brand: BrandNames): TermMatch[] {
  const out: TermMatch[] = [];
  const add = (start: number, end: number, family: TermFamily, why?: string) => {
    const vague = family === "vague";
    if (!vague && isNegated(text, start)) return;
    out.push({
      start,
      end,
      term: text.slice(start, end),
      kind: vague ? "vague" : "acceptable",
      family,
      hashtag: false,
      ...(why ? { why } : {}),
    });
  };
  /** Acceptable when the party is the brand, a handle, or (no brand given) any name. */
  const addTie = (start: number, end: number, kind: "brand" | "handle" | "name") => {
    if (kind === "name" && brand.name) add(start, end, "vague", `names someone other than ${q(brand.name)}`);
    else add(start, end, "partnership");
  };

  for (const m of text.matchAll(LABEL_WORDS)) {
    const end = m.index + m[0].length;
    if (!isLabelPosition(text, m.index, end)) continue;
    add(m.index, end, m[0].toLowerCase() === "gifted" ? "gifted" : "ad");
  }
  for (const [re, family] of STATEMENTS) {
    for (const m of text.matchAll(re)) add(m.index, m.index + m[0].length, family);
  }
  for (const m of text.matchAll(PARTY_AFTER)) {
    const party = partyAt(text, m.index + m[0].length, brand);
    if (party) addTie(m.index, party.end, party.kind);
  }
  for (const m of text.matchAll(PARTY_BEFORE_TIE)) {
    const afterArticle = m.index + m[0].length;
    const party = partyAt(text, afterArticle, brand);
    if (!party) continue;
    const tie = TIE_WORD.exec(text.slice(party.end));
    if (tie) addTie(m.index, party.end + tie[0].length, party.kind);
  }
  for (const m of text.matchAll(SENT_ME)) {
    const party = partyBefore(text, m.index, brand);
    if (party) add(party.start, m.index + m[0].length, "gifted");
  }
  for (const m of text.matchAll(VAGUE_PHRASES)) {
    add(m.index, m.index + m[0].length, "vague", "“collaboration” doesn't say the post is paid or sponsored");
  }
  for (const m of text.matchAll(THANKS_PARTY)) {
    const party = partyAt(text, m.index + m[0].length, brand);
    if (party) add(m.index, party.end, "vague", WHY_VAGUE);
  }
  return out;
}
