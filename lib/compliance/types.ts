/**
 * Types and closed vocabularies of the disclosure checker (README "Domain rules": Disclosure).
 *
 * Owns only data shapes; the rules live in the sibling modules. Spans (`start`/`end`) are
 * UTF-16 indexes into `DisclosureInput.text`, end-exclusive, so `text.slice(start, end)` is the
 * offending term. Transcript times are seconds from the start of the video.
 */

import type { ContentFormat, Platform } from "@/lib/vocabulary";

// Platforms and formats are the product's vocabulary (lib/vocabulary); the siblings import them here.
export type { ContentFormat, Platform };

export const JURISDICTIONS = ["US", "UK"] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const FINDING_CODES = [
  "MISSING_DISCLOSURE",
  "VAGUE_DISCLOSURE",
  "DISCLOSURE_NOT_UPFRONT",
  "DISCLOSURE_BURIED",
  "VIDEO_DISCLOSURE_MISSING",
  "VIDEO_DISCLOSURE_LATE",
  "LIVESTREAM_DISCLOSURE_NOT_REPEATED",
  "PLATFORM_LABEL_ONLY",
  "UNSUBSTANTIATED_CLAIM",
  "UNDISCLOSED_EDITING",
  "DESCRIPTION_DISCLOSURE_MISSING",
  "TRANSCRIPT_NOT_PROVIDED",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export type Severity = "error" | "warning";

/** Every code has one fixed severity; only the last two are warnings. */
export const FINDING_SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  MISSING_DISCLOSURE: "error",
  VAGUE_DISCLOSURE: "error",
  DISCLOSURE_NOT_UPFRONT: "error",
  DISCLOSURE_BURIED: "error",
  VIDEO_DISCLOSURE_MISSING: "error",
  VIDEO_DISCLOSURE_LATE: "error",
  LIVESTREAM_DISCLOSURE_NOT_REPEATED: "error",
  PLATFORM_LABEL_ONLY: "error",
  UNSUBSTANTIATED_CLAIM: "error",
  UNDISCLOSED_EDITING: "error",
  DESCRIPTION_DISCLOSURE_MISSING: "warning",
  TRANSCRIPT_NOT_PROVIDED: "warning",
};

/** One caption/subtitle cue; `start`/`end` in seconds. */
export interface TranscriptCue {
  start: number;
  end?: number;
  text: string;
}

/** Configurable values (README "Domain rules": where sources disagree, configuration with a named default). */
export interface DisclosureOptions {
  /** Longest allowed gap between spoken disclosures in a livestream, minutes. Default 30. */
  livestreamRepeatMinutes?: number;
  /** Characters shown before the "more" cut; overrides the platform default (MORE_CUT_DEFAULTS). */
  moreCutChars?: number;
  /** Optional line limit of the preview (Instagram shows "about three lines"); no default. */
  moreCutLines?: number;
  /** Latest start, in seconds, of the first spoken disclosure in a video. Default 30. */
  videoDisclosureSeconds?: number;
}

export interface DisclosureInput {
  /** Caption, description, tweet, pin or blog article text. */
  text: string;
  platform: Platform;
  /** Defaults: youtube → video, twitch → live, blog → blog, otherwise post (video if a transcript is given). */
  format?: ContentFormat;
  brand?: string;
  transcript?: TranscriptCue[];
  paidPartnershipLabel?: boolean;
  usesFilterOrEditing?: boolean;
  approvedClaims?: string[];
  /** Default US. */
  jurisdiction?: Jurisdiction;
  options?: DisclosureOptions;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** What is wrong, in plain words. */
  message: string;
  /** For caption problems, the full rewritten caption; for spoken or claim problems, what to do. */
  fix?: string;
  /** Character span in `text` (end-exclusive), when the problem sits at one place in the text. */
  start?: number;
  end?: number;
}

export interface DisclosureResult {
  /** True exactly when no finding has severity "error". */
  compliant: boolean;
  findings: Finding[];
}

/** A half-open character range. */
export interface Span {
  start: number;
  end: number;
}
