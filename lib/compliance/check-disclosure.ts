/**
 * checkDisclosure: runs every rule on one post and decides `compliant`.
 *
 * - Format default: youtube → video, twitch → live, blog → blog; any other platform → video when
 *   a non-empty transcript is given, else post.
 * - Caption rules: caption.ts. Spoken rules (video and live only): video.ts. For other formats a
 *   transcript is not used for disclosure, but it is still searched for claims and for an
 *   editing disclosure.
 * - UNSUBSTANTIATED_CLAIM: one finding per claim (claims.ts) not covered by `approvedClaims`;
 *   caption claims carry their span, spoken ones say when they are said.
 * - UNDISCLOSED_EDITING: `usesFilterOrEditing` is true and neither caption nor transcript says
 *   so (editing.ts).
 * - `compliant` is exactly "no finding has severity error". Findings are ordered errors first,
 *   then by FINDING_CODES order, then by position.
 * Pure: same input → same output; no clock, no I/O.
 */

import { checkCaption } from "./caption";
import { approvedClaimChecker, findClaims } from "./claims";
import { disclosesEditing } from "./editing";
import { addEditingNote, claimFix } from "./fix";
import { brandNames, findDisclosureTerms } from "./terms";
import { formatTime, lastAtOrBefore, q } from "./text-utils";
import { FINDING_CODES, FINDING_SEVERITY, type ContentFormat, type DisclosureInput, type DisclosureResult, type Finding } from "./types";
import { moreCutFor } from "./upfront";
import { checkSpoken, isSpokenFormat, LIVESTREAM_REPEAT_MINUTES_DEFAULT, usableCues, VIDEO_DISCLOSURE_DEADLINE_SECONDS } from "./video";

/** The format the rules use when `input.format` is absent (see header). */
export function resolveFormat(input: Pick<DisclosureInput, "platform" | "format" | "transcript">): ContentFormat {
  if (input.format) return input.format;
  if (input.platform === "twitch") return "live";
  if (input.platform === "youtube") return "video";
  if (input.platform === "blog") return "blog";
  return (input.transcript?.length ?? 0) > 0 ? "video" : "post";
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : fallback;
}

function claimFindings(input: DisclosureInput, spoken: string, cueStarts: number[], spokenOffsets: number[]): Finding[] {
  const approved = input.approvedClaims ?? [];
  const out: Finding[] = [];
  const approvedInText = approvedClaimChecker(input.text, approved);
  for (const claim of findClaims(input.text)) {
    if (approvedInText(claim)) continue;
    out.push({
      code: "UNSUBSTANTIATED_CLAIM",
      severity: FINDING_SEVERITY.UNSUBSTANTIATED_CLAIM,
      message: `${q(claim.term)} is a claim that needs proof; an influencer may not say what the brand could not substantiate.`,
      fix: claimFix(claim.term),
      start: claim.start,
      end: claim.end,
    });
  }
  const approvedInSpeech = approvedClaimChecker(spoken, approved);
  for (const claim of findClaims(spoken)) {
    if (approvedInSpeech(claim)) continue;
    const cue = lastAtOrBefore(spokenOffsets, claim.start);
    out.push({
      code: "UNSUBSTANTIATED_CLAIM",
      severity: FINDING_SEVERITY.UNSUBSTANTIATED_CLAIM,
      message: `At ${formatTime(cueStarts[cue] ?? 0)} the video says ${q(claim.term)}, a claim that needs proof the brand can substantiate.`,
      fix: claimFix(claim.term),
    });
  }
  return out;
}

function editingFinding(input: DisclosureInput, spoken: string, jurisdiction: "US" | "UK"): Finding[] {
  if (!input.usesFilterOrEditing || disclosesEditing(input.text) || disclosesEditing(spoken)) return [];
  const lead = input.text.length - input.text.trimStart().length;
  const label = findDisclosureTerms(input.text, brandNames(input.brand), jurisdiction).find(
    (t) => t.start === lead && t.kind === "acceptable",
  );
  return [
    {
      code: "UNDISCLOSED_EDITING",
      severity: FINDING_SEVERITY.UNDISCLOSED_EDITING,
      message:
        "The image or video was filtered or edited, but the caption doesn't say so; edited product results look like real ones. Say “#filtered” or “edited”.",
      fix: addEditingNote(input.text, label ? label.end : null),
    },
  ];
}

/** Checks one post against the disclosure rules; see the module header and index.ts. */
export function checkDisclosure(input: DisclosureInput): DisclosureResult {
  const jurisdiction = input.jurisdiction ?? "US";
  const format = resolveFormat(input);
  const brand = brandNames(input.brand);
  const cues = usableCues(input.transcript);
  const spokenOffsets: number[] = [];
  let spoken = "";
  for (const cue of cues) {
    spokenOffsets.push(spoken.length);
    spoken += `${cue.text}\n`;
  }

  const findings: Finding[] = [
    ...checkCaption({
      text: input.text,
      platform: input.platform,
      format,
      jurisdiction,
      brand,
      paidPartnershipLabel: input.paidPartnershipLabel === true,
      spokenRequired: isSpokenFormat(format) && cues.length > 0,
      cut: moreCutFor(input.platform, format, input.options),
      ...(input.options?.moreCutLines !== undefined ? { maxLines: input.options.moreCutLines } : {}),
    }),
    ...checkSpoken({
      format,
      transcript: cues,
      brand,
      jurisdiction,
      deadlineSeconds: positive(input.options?.videoDisclosureSeconds, VIDEO_DISCLOSURE_DEADLINE_SECONDS),
      repeatMinutes: positive(input.options?.livestreamRepeatMinutes, LIVESTREAM_REPEAT_MINUTES_DEFAULT),
    }),
    ...claimFindings(
      input,
      spoken,
      cues.map((c) => c.start),
      spokenOffsets,
    ),
    ...editingFinding(input, spoken, jurisdiction),
  ];

  const rank = (f: Finding) => (f.severity === "error" ? 0 : 1000) + FINDING_CODES.indexOf(f.code);
  findings.sort((a, b) => rank(a) - rank(b) || (a.start ?? -1) - (b.start ?? -1));
  return { compliant: !findings.some((f) => f.severity === "error"), findings };
}
