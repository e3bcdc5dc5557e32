/**
 * Public API of the pure FTC/ASA disclosure checker (16 CFR 255, the FTC's "Disclosures 101 for
 * Social Media Influencers", the CMA/ASA influencer guide; README "Domain rules": Disclosure). Import from here.
 *
 * checkDisclosure(input) → { compliant, findings }: `compliant` is true exactly when no finding
 * has severity "error". See check-disclosure.ts for the rule order, caption.ts / video.ts /
 * claims.ts / editing.ts for each rule and its edge cases, terms.ts for what counts as a
 * disclosure, transcript.ts for the SRT/WebVTT/timestamp-line parsers.
 * Nothing here touches Prisma, Next, the network or the clock.
 */

export { checkDisclosure, resolveFormat } from "./check-disclosure";
export { BURIED_MIN_OTHER_TAGS } from "./hashtags";
export { FINDING_TITLES, findingTitle } from "./titles";
export { MORE_CUT_DEFAULTS, type MoreCut } from "./upfront";
export { LIVESTREAM_REPEAT_MINUTES_DEFAULT, VIDEO_DISCLOSURE_DEADLINE_SECONDS } from "./video";
export { cleanCueText, parseClock, parseSrt, parseTimestampLines, parseTranscript, parseVtt, TranscriptParseError } from "./transcript";
export {
  FINDING_CODES,
  FINDING_SEVERITY,
  JURISDICTIONS,
  type DisclosureInput,
  type DisclosureOptions,
  type DisclosureResult,
  type Finding,
  type FindingCode,
  type Jurisdiction,
  type Severity,
  type TranscriptCue,
} from "./types";
