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

export { defaultDisclosureRequirements, type DisclosureJurisdiction } from "./disclosure";
