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
  type DisclosureResult,
  type Jurisdiction,
  type TranscriptCue,
} from "@/lib/compliance";
import type { ContentFormat, Platform } from "@/lib/vocabulary";

export interface DraftFields {
  caption: string;
  platform: Platform;
  /** Unset: the checker picks one from the platform (a stored format the vocabulary no longer has). */
  format?: ContentFormat;
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
