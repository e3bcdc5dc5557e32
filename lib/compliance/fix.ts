/**
 * Concrete rewrites for findings (the `fix` field).
 *
 * Caption fixes return the whole rewritten caption: the label goes in front ("#ad " in the US,
 * "Ad: " in the UK; a blog gets a first-line sentence instead), vague hashtags are removed, and
 * a late or buried disclosure hashtag is moved to the front. Leftover double spaces and spaces
 * before line ends are tidied; nothing else in the caption changes.
 */

import { formatTime, q } from "./text-utils";
import type { Jurisdiction, Platform, Span } from "./types";

export interface FixContext {
  text: string;
  platform: Platform;
  jurisdiction: Jurisdiction;
  brand: string;
}

/** The label to put in front of a caption. */
export function frontLabel(ctx: Omit<FixContext, "text">): string {
  if (ctx.jurisdiction === "UK") return "Ad: ";
  if (ctx.platform === "blog") return ctx.brand ? `Sponsored by ${ctx.brand}.\n\n` : "Sponsored post.\n\n";
  return "#ad ";
}

/** `text` without the given spans, whitespace tidied. */
export function removeSpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + out.slice(s.end);
  return out
    .replace(/[ \t]{2,}/g, " ")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n[ \t]+(?=\S)/g, "\n")
    .trim();
}

/** Caption with the front label added and `remove` spans (vague hashtags) taken out. */
export function prependLabel(ctx: FixContext, remove: readonly Span[] = []): string {
  return `${frontLabel(ctx)}${removeSpans(ctx.text, remove)}`.trimEnd();
}

/** Caption with the disclosure at `span` moved to the very front. */
export function moveToFront(ctx: FixContext, span: Span): string {
  const term = ctx.text.slice(span.start, span.end);
  return `${term} ${removeSpans(ctx.text, [span])}`.trimEnd();
}

/** Caption with "#filtered" added right after a leading disclosure label, else in front. */
export function addEditingNote(text: string, leadingLabelEnd: number | null): string {
  const at = leadingLabelEnd ?? 0;
  const head = text.slice(0, at).trimEnd();
  const tail = text.slice(at).trimStart();
  return head ? `${head} #filtered ${tail}`.trimEnd() : `#filtered ${tail}`.trimEnd();
}

/** What to say on camera. */
export function spokenLine(brand: string, jurisdiction: Jurisdiction, live: boolean): string {
  const what = live ? "stream" : "video";
  if (jurisdiction === "UK") return `“This ${what} is an ad${brand ? ` for ${brand}` : ""}.”`;
  return brand ? `“This ${what} is sponsored by ${brand}.”` : `“This ${what} is sponsored.”`;
}

export function spokenFix(brand: string, jurisdiction: Jurisdiction, withinSeconds: number, live: boolean): string {
  return `Say ${spokenLine(brand, jurisdiction, live)} within the first ${withinSeconds} seconds and show “Ad” on screen.`;
}

export function repeatFix(brand: string, jurisdiction: Jurisdiction, at: number, everyMinutes: number): string {
  return `Repeat ${spokenLine(brand, jurisdiction, true)} by ${formatTime(at)} and at least every ${everyMinutes} minutes after that.`;
}

export function claimFix(term: string): string {
  return `Remove ${q(term)} or replace it with your own honest experience (e.g. “it worked for me”); if the brand can substantiate it, add the exact wording to the approved claims.`;
}
