/**
 * What each finding is called where a person reads it: the heading of a finding, the tooltip on a
 * highlighted span. The code stays the stable identifier for the API and for tests; people see the
 * title and the finding's own message. Checked complete against FINDING_CODES by its type.
 */
import type { FindingCode } from "./types";

export const FINDING_TITLES: Readonly<Record<FindingCode, string>> = {
  MISSING_DISCLOSURE: "No disclosure",
  VAGUE_DISCLOSURE: "Vague disclosure",
  DISCLOSURE_NOT_UPFRONT: "Disclosure not upfront",
  DISCLOSURE_BURIED: "Disclosure buried in hashtags",
  VIDEO_DISCLOSURE_MISSING: "Not said in the video",
  VIDEO_DISCLOSURE_LATE: "Said too late in the video",
  LIVESTREAM_DISCLOSURE_NOT_REPEATED: "Not repeated during the livestream",
  PLATFORM_LABEL_ONLY: "Relies on the platform label alone",
  UNSUBSTANTIATED_CLAIM: "Claim needs substantiation",
  UNDISCLOSED_EDITING: "Filter or editing not disclosed",
  DESCRIPTION_DISCLOSURE_MISSING: "Description doesn't disclose",
  TRANSCRIPT_NOT_PROVIDED: "Transcript not provided",
};

/** The title of a code, or a neutral one for a code this version doesn't know (an old stored draft). */
export function findingTitle(code: string): string {
  return (FINDING_TITLES as Record<string, string>)[code] ?? "Disclosure problem";
}
