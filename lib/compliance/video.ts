/**
 * The spoken-disclosure rules for `video` and `live` formats (FTC "Disclosures 101"; seed guide: within the
 * first 30 seconds):
 * TRANSCRIPT_NOT_PROVIDED, VIDEO_DISCLOSURE_MISSING, VIDEO_DISCLOSURE_LATE and
 * LIVESTREAM_DISCLOSURE_NOT_REPEATED.
 *
 * - Cues with a non-finite or negative start are ignored; the rest are sorted by start. No
 *   transcript, or an empty one, → TRANSCRIPT_NOT_PROVIDED (warning): nothing to check.
 * - Cue texts are joined with line breaks and searched with the same term finder as captions
 *   (terms.ts), so a phrase split across two cues ("this video is" / "sponsored by X") still
 *   counts; its time is the start of the cue where it begins. The UK rule set applies to speech
 *   too ("this video is sponsored by" is vague there; "this is an ad" is not).
 * - No acceptable spoken term → VIDEO_DISCLOSURE_MISSING (and nothing else from this module).
 * - First one starting after `deadlineSeconds` (default 30; exactly 30 is on time) → LATE.
 * - `live` only: after the first disclosure, each stretch longer than `repeatMinutes` (default
 *   30; exactly 30 is fine) until the next disclosure, or until the end of the transcript (the
 *   last cue's end, or its start when it has none), → one NOT_REPEATED finding per gap. The
 *   stretch before the first disclosure is the LATE rule's business, not this one's.
 */

import { repeatFix, spokenFix } from "./fix";
import { findDisclosureTerms, type BrandNames } from "./terms";
import { formatTime, lastAtOrBefore, q } from "./text-utils";
import { FINDING_SEVERITY, type ContentFormat, type Finding, type Jurisdiction, type TranscriptCue } from "./types";

export const VIDEO_DISCLOSURE_DEADLINE_SECONDS = 30;
export const LIVESTREAM_REPEAT_MINUTES_DEFAULT = 30;

export interface SpokenContext {
  format: ContentFormat;
  transcript: readonly TranscriptCue[] | undefined;
  brand: BrandNames;
  jurisdiction: Jurisdiction;
  deadlineSeconds: number;
  repeatMinutes: number;
}

/** True for the formats whose disclosure must be spoken. */
export function isSpokenFormat(format: ContentFormat): boolean {
  return format === "video" || format === "live";
}

/** Usable cues: finite, non-negative start; sorted by start. */
export function usableCues(transcript: readonly TranscriptCue[] | undefined): TranscriptCue[] {
  return (transcript ?? [])
    .filter((c) => Number.isFinite(c.start) && c.start >= 0 && typeof c.text === "string")
    .sort((a, b) => a.start - b.start);
}

/** Start times (seconds) of the acceptable spoken disclosures, ascending, plus vague terms heard. */
export function spokenDisclosures(
  cues: readonly TranscriptCue[],
  brand: BrandNames,
  jurisdiction: Jurisdiction,
): { times: number[]; vague: string[] } {
  const offsets: number[] = [];
  let joined = "";
  for (const cue of cues) {
    offsets.push(joined.length);
    joined += `${cue.text}\n`;
  }
  const cueAt = (index: number) => cues[lastAtOrBefore(offsets, index)]?.start ?? 0;
  const terms = findDisclosureTerms(joined, brand, jurisdiction);
  return {
    times: terms.filter((t) => t.kind === "acceptable").map((t) => cueAt(t.start)),
    vague: terms.filter((t) => t.kind === "vague").map((t) => t.term),
  };
}

export function checkSpoken(ctx: SpokenContext): Finding[] {
  if (!isSpokenFormat(ctx.format)) return [];
  const live = ctx.format === "live";
  const cues = usableCues(ctx.transcript);
  const what = live ? "livestream" : "video";
  if (cues.length === 0) {
    return [
      {
        code: "TRANSCRIPT_NOT_PROVIDED",
        severity: FINDING_SEVERITY.TRANSCRIPT_NOT_PROVIDED,
        message: `No transcript was given, so the spoken disclosure in this ${what} could not be checked (the caption was checked).`,
        fix: "Upload the video's captions (SRT, WebVTT or “0:05 text” lines) to check what is said.",
      },
    ];
  }
  const { times, vague } = spokenDisclosures(cues, ctx.brand, ctx.jurisdiction);
  const fix = spokenFix(ctx.brand.name, ctx.jurisdiction, ctx.deadlineSeconds, live);
  const first = times[0];
  if (first === undefined) {
    const heard = vague.length > 0 ? ` Only ${[...new Set(vague)].map(q).join(", ")} is said, which is not a clear disclosure.` : "";
    return [
      {
        code: "VIDEO_DISCLOSURE_MISSING",
        severity: FINDING_SEVERITY.VIDEO_DISCLOSURE_MISSING,
        message: `Nobody says in the ${what} that it is sponsored; a disclosure only in the description is not enough.${heard}`,
        fix,
      },
    ];
  }
  const out: Finding[] = [];
  if (first > ctx.deadlineSeconds) {
    out.push({
      code: "VIDEO_DISCLOSURE_LATE",
      severity: FINDING_SEVERITY.VIDEO_DISCLOSURE_LATE,
      message: `The first spoken disclosure comes at ${formatTime(first)}; viewers who stop earlier never hear it. Say it within the first ${ctx.deadlineSeconds} seconds.`,
      fix,
    });
  }
  if (live) {
    const streamEnd = cues.reduce((max, c) => Math.max(max, c.start, typeof c.end === "number" && Number.isFinite(c.end) ? c.end : 0), 0);
    const limit = ctx.repeatMinutes * 60;
    const points = [...times, streamEnd];
    for (let i = 0; i + 1 < points.length; i += 1) {
      const from = points[i] ?? 0;
      const to = points[i + 1] ?? 0;
      if (to - from <= limit) continue;
      const untilEnd = i + 1 === points.length - 1;
      out.push({
        code: "LIVESTREAM_DISCLOSURE_NOT_REPEATED",
        severity: FINDING_SEVERITY.LIVESTREAM_DISCLOSURE_NOT_REPEATED,
        message: `No spoken disclosure between ${formatTime(from)} and ${formatTime(to)}${untilEnd ? " (the end of the stream)" : ""}: ${Math.round((to - from) / 60)} minutes, more than the ${ctx.repeatMinutes} allowed. People who join mid-stream never hear it.`,
        fix: repeatFix(ctx.brand.name, ctx.jurisdiction, from + limit, ctx.repeatMinutes),
      });
    }
  }
  return out;
}
