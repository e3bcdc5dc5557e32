/**
 * What a reader sees before the platform's "more" cut (FTC "Disclosures 101": before the
 * "more" cut; README "Domain rules": Disclosure, US).
 *
 * Defaults (vendor guidance, not FTC text — configurable through `options.moreCutChars`):
 * Instagram, TikTok, Pinterest 125 characters; YouTube description 180; Facebook 400;
 * Twitter/X the whole post; Twitch 140 (the stream title's length limit: a title is always shown
 * whole, anything longer is panel text below the player); blog the first paragraph.
 * Characters are counted as code points (an emoji is one). Format overrides the platform:
 * a `story` shows its whole text at once; a `blog` format always uses the first paragraph.
 */

import { indexAfterCodePoints } from "./text-utils";
import type { ContentFormat, DisclosureOptions, Platform } from "./types";

export type MoreCut = number | "all" | "first-paragraph";

export const MORE_CUT_DEFAULTS: Readonly<Record<Platform, MoreCut>> = {
  instagram: 125,
  tiktok: 125,
  pinterest: 125,
  youtube: 180,
  facebook: 400,
  twitter: "all",
  twitch: 140,
  blog: "first-paragraph",
};

/** The cut that applies: a positive `options.moreCutChars` wins, then format, then platform. */
export function moreCutFor(platform: Platform, format: ContentFormat, options?: DisclosureOptions): MoreCut {
  const chars = options?.moreCutChars;
  if (typeof chars === "number" && Number.isFinite(chars) && chars > 0) return Math.floor(chars);
  if (format === "story") return "all";
  if (format === "blog") return "first-paragraph";
  return MORE_CUT_DEFAULTS[platform];
}

const HEADING = /^\s*#{1,6}\s/;

/**
 * End index of a blog's first paragraph. Paragraphs are separated by blank lines; a text with
 * no blank line uses single line breaks instead. Markdown headings ("# Title") before the first
 * body paragraph are included with it, so a disclosure in the intro under a title is upfront.
 * No break at all → the whole text.
 */
export function firstParagraphEnd(text: string): number {
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n/g : /\n/g;
  let from = 0;
  for (const m of text.matchAll(separator)) {
    const paragraph = text.slice(from, m.index);
    from = m.index + m[0].length;
    if (paragraph.trim() === "" || HEADING.test(paragraph)) continue;
    return m.index;
  }
  return text.length;
}

/**
 * Index where the visible preview ends: a term is upfront when it *ends* at or before it.
 * `maxLines` (optional) also stops the preview after that many lines. A first line shorter than
 * the cut is therefore always visible. "all" → text.length.
 */
export function visibleEnd(text: string, cut: MoreCut, maxLines?: number): number {
  let end = cut === "all" ? text.length : cut === "first-paragraph" ? firstParagraphEnd(text) : indexAfterCodePoints(text, cut);
  if (typeof maxLines === "number" && maxLines > 0) {
    let nl = -1;
    for (let i = 0; i < maxLines; i += 1) {
      nl = text.indexOf("\n", nl + 1);
      if (nl === -1) break;
    }
    if (nl !== -1) end = Math.min(end, nl);
  }
  return end;
}
