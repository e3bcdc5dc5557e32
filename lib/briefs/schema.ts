/**
 * The campaign brief: its zod schema, inferred types, labels, and the pre-filled disclosure text.
 *
 * Pure module (no Prisma, Next, I/O or clock). A brief is saved while it is still being written, so
 * every field tolerates an empty value: strings default to "", lists to [], a deliverable's platform
 * and due date to null and its count may be 0. `briefSchema.parse({})` equals `emptyBrief()`.
 * How complete a brief is, is `scoreBrief`'s job (./score.ts), not the schema's.
 */
import { z } from "zod";

// Platforms and deliverable types, and their labels, are the product's vocabulary.
import { DELIVERABLE_TYPES, PLATFORMS } from "@/lib/vocabulary";

const MAX_TEXT = 5_000;
const MAX_ITEM = 500;
const MAX_ITEMS = 50;

const text = z.string().trim().max(MAX_TEXT).default("");
const item = z.string().trim().max(MAX_ITEM);
const list = z.array(item).max(MAX_ITEMS).default([]);

/** "" or an absolute http(s) URL. */
function isEmptyOrHttpUrl(value: string): boolean {
  if (value === "") return true;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

const urlOrEmpty = z.string().trim().max(2_000).refine(isEmptyOrHttpUrl, { message: "Enter a full web address starting with https://" });

/** A calendar date "YYYY-MM-DD" (real dates only: 2025-02-30 is refused); "" and missing become null. */
const dueDate = z.union([z.literal("").transform(() => null), z.iso.date(), z.null()]).default(null);

export const deliverableSchema = z.object({
  type: z.enum(DELIVERABLE_TYPES),
  platform: z.enum(PLATFORMS).nullable().default(null),
  /** 0 is allowed while drafting; scoreBrief asks for at least 1. */
  count: z.number().int().min(0).max(1_000).default(1),
  dueDate,
  notes: z.string().trim().max(MAX_ITEM).optional(),
});
export type Deliverable = z.infer<typeof deliverableSchema>;

export const briefLinkSchema = z.object({
  label: z.string().trim().max(200).default(""),
  url: urlOrEmpty.default(""),
});
export type BriefLink = z.infer<typeof briefLinkSchema>;

export const BRIEF_ASSET_KINDS = ["image", "video", "document", "other"] as const;

/** Files the brand hands over (logos, product shots, mood boards), stored elsewhere and linked here. */
export const briefAssetSchema = z.object({
  label: z.string().trim().max(200).default(""),
  url: urlOrEmpty.default(""),
  kind: z.enum(BRIEF_ASSET_KINDS).default("other"),
});
export type BriefAsset = z.infer<typeof briefAssetSchema>;

export const briefSchema = z.object({
  goals: text,
  targetAudience: text,
  keyMessages: list,
  deliverables: z.array(deliverableSchema).max(MAX_ITEMS).default([]),
  timeline: text,
  paymentTerms: text,
  disclosureRequirements: text,
  dos: list,
  donts: list,
  creativeFreedom: text,
  links: z.array(briefLinkSchema).max(MAX_ITEMS).default([]),
  assets: z.array(briefAssetSchema).max(MAX_ITEMS).optional(),
});
/** A parsed brief (defaults applied). */
export type Brief = z.infer<typeof briefSchema>;
/** What a form or API may send: every field optional. */
export type BriefInput = z.input<typeof briefSchema>;
export type BriefField = keyof Brief;

/** Plain-language names of the brief's fields, in the order the brief shows them. */
export const BRIEF_FIELD_LABELS: Record<BriefField, string> = {
  goals: "Campaign goals",
  targetAudience: "Target audience",
  keyMessages: "Key messages",
  deliverables: "Deliverables",
  timeline: "Timeline",
  paymentTerms: "Payment terms",
  disclosureRequirements: "Disclosure requirements",
  dos: "Do's",
  donts: "Don'ts",
  creativeFreedom: "Creative freedom",
  links: "Links",
  assets: "Assets",
};

/** A new, blank brief (a fresh object each call). Disclosure text is not pre-filled: see below. */
export function emptyBrief(): Brief {
  return {
    goals: "",
    targetAudience: "",
    keyMessages: [],
    deliverables: [],
    timeline: "",
    paymentTerms: "",
    disclosureRequirements: "",
    dos: [],
    donts: [],
    creativeFreedom: "",
    links: [],
  };
}

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
