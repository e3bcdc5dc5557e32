/**
 * Builds the disclosure-check input for a content draft and runs it. Pure (lib/compliance only), so
 * the portal runs it in the browser while the influencer types, and the server runs it again when a
 * draft is saved or submitted — the server's result is the one that counts.
 *
 * Transcript: raw SRT / WebVTT / "0:05 text" lines → cues via parseTranscript; a transcript that
 * can't be parsed is reported as `transcriptError` (and checked as if absent).
 */
import {
  checkDisclosure,
  parseTranscript,
  TranscriptParseError,
  type ContentFormat,
  type DisclosureResult,
  type Jurisdiction,
  type Platform,
  type TranscriptCue,
} from "../compliance";

export const DELIVERABLE_FORMAT: Record<string, ContentFormat> = {
  post: "post",
  story: "story",
  reel: "reel",
  short_video: "video",
  long_video: "video",
  livestream: "live",
  blog_article: "blog",
};

export const FORMAT_LABELS: Record<ContentFormat, string> = {
  post: "Post",
  story: "Story",
  reel: "Reel",
  video: "Video",
  live: "Livestream",
  blog: "Blog article",
};

export const VIDEO_FORMATS: readonly ContentFormat[] = ["reel", "video", "live"];

export interface DraftFields {
  caption: string;
  platform: Platform;
  format: ContentFormat;
  paidPartnershipLabel: boolean;
  usesFilterOrEditing: boolean;
  transcriptText: string;
}

export interface CampaignCheckContext {
  brand: string;
  approvedClaims: string[];
  jurisdiction: Jurisdiction;
}

export function parseDraftTranscript(raw: string): { cues: TranscriptCue[] | undefined; error: string | null } {
  if (!raw.trim()) return { cues: undefined, error: null };
  try {
    const cues = parseTranscript(raw);
    return { cues: cues.length ? cues : undefined, error: cues.length ? null : "The transcript has no lines with text." };
  } catch (e) {
    if (e instanceof TranscriptParseError) return { cues: undefined, error: e.message };
    throw e;
  }
}

export function checkDraft(
  d: DraftFields,
  ctx: CampaignCheckContext,
): DisclosureResult & { transcriptError: string | null; hasError: boolean } {
  const t = parseDraftTranscript(d.transcriptText);
  const result = checkDisclosure({
    text: d.caption,
    platform: d.platform,
    format: d.format,
    brand: ctx.brand || undefined,
    transcript: t.cues,
    paidPartnershipLabel: d.paidPartnershipLabel,
    usesFilterOrEditing: d.usesFilterOrEditing,
    approvedClaims: ctx.approvedClaims.length ? ctx.approvedClaims : undefined,
    jurisdiction: ctx.jurisdiction,
  });
  return { ...result, transcriptError: t.error, hasError: result.findings.some((f) => f.severity === "error") };
}
