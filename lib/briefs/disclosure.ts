// The suggested disclosure wording for a new brief. Apart from schema.ts so that the brief builder,
// which runs in the browser, does not bring zod with it.

export type DisclosureJurisdiction = "US" | "UK";

/**
 * Suggested "Disclosure requirements" text (README "Domain rules": Disclosure) for a new brief.
 *
 * US (FTC): #ad / #sponsored / "Paid partnership with <brand>" at the start of the caption, before
 * the "more" cut; said aloud and shown on screen in the first 30 seconds of a video, repeated in
 * livestreams; no vague tags (#sp, #spon, #collab, #thanks); not buried among hashtags; not only in
 * the bio or the platform's paid-partnership label; only approved claims; filters disclosed.
 * UK (ASA/CMA): "#ad" or "Ad" upfront; "Sponsored"/"Gifted" are not enough on their own, and
 * "in collaboration with" / "thanks to <brand>" are not acceptable.
 *
 * `brand` (trimmed) is written into the text; when it is omitted or blank the text says
 * "our brand name" rather than leaving a "[Brand]" placeholder for the creator to copy.
 */
export function defaultDisclosureRequirements(jurisdiction: DisclosureJurisdiction, brand?: string): string {
  const name = brand?.trim() ? brand.trim() : "";
  const partnership = name ? `"Paid partnership with ${name}"` : `"Paid partnership with" followed by our brand name`;
  const common = [
    `- In videos, say it out loud and show it on screen within the first 30 seconds; in livestreams, repeat it periodically.`,
    `- Don't bury it in a block of hashtags or at the end of the caption, and don't rely only on your bio or the platform's paid-partnership label.`,
    `- Only make the product claims approved in this brief — nothing like "cures", "guaranteed", "clinically proven" or "overnight results" unless we have given you the proof.`,
    `- If you use filters or edits that change how the product or its results look, say so.`,
  ];
  if (jurisdiction === "UK") {
    return [
      `This is an advertisement under UK rules (ASA/CMA), so it must be labelled upfront:`,
      `- Start the caption with "#ad" or "Ad", visible before anyone clicks "more".`,
      `- "Sponsored" or "Gifted" alone are not enough, and "#sp", "#spon", "in collaboration with" or "thanks to ${name || "the brand"}" are not acceptable.`,
      ...common,
    ].join("\n");
  }
  return [
    `This is a paid partnership, so it must be disclosed clearly (FTC Endorsement Guides):`,
    `- Start the caption with #ad, #sponsored or ${partnership}, before the "more" cut.`,
    `- Don't use vague tags such as #sp, #spon, #collab or #thanks.`,
    ...common,
  ].join("\n");
}
