/**
 * Shapes shared by the disclosure-term finders (tag-terms.ts, phrase-terms.ts, terms.ts).
 */

import type { Span } from "./types";

/**
 * What a disclosure says. Only the "ad" family ("Ad", "#ad", "Advert", "Advertisement",
 * "Advertising") is acceptable under the UK rule set; every family is acceptable in the US
 * except "vague".
 */
export type TermFamily = "ad" | "sponsored" | "partnership" | "brand-tag" | "gifted" | "affiliate" | "contest" | "vague";

export interface TermMatch extends Span {
  /** The matched text, as written. */
  term: string;
  kind: "acceptable" | "vague";
  family: TermFamily;
  hashtag: boolean;
  /** For vague terms: why it does not disclose, as a clause for a message. */
  why?: string;
}

/** The brand as given plus the normalised forms a hashtag or statement may use. */
export interface BrandNames {
  /** Trimmed brand name; "" when no brand was given. */
  name: string;
  /** Normalised full name and (if ≥ 3 chars) normalised first word: "Nike Running" → nikerunning, nike. */
  norms: string[];
}

export const WHY_VAGUE = "readers can't tell it means the post is paid or sponsored";
