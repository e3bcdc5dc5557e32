/**
 * zod schema for a checkDisclosure request (API routes and forms parse with it; the checker
 * itself trusts its typed input). The only module here that imports a package (zod).
 *
 * Limits: text ≤ 200,000 characters (a long blog article); brand ≤ 200; transcript ≤ 50,000
 * cues, times finite and ≥ 0, a cue's end not before its start; ≤ 200 approved claims of ≤ 1,000
 * characters; positive finite options. Unknown keys are stripped.
 */

import { z } from "zod";

import { FORMATS, PLATFORMS } from "@/lib/vocabulary";

import { JURISDICTIONS, type DisclosureInput } from "./types";

const seconds = z.number().nonnegative();

export const transcriptCueSchema = z
  .object({ start: seconds, end: seconds.optional(), text: z.string().max(10_000) })
  .refine((c) => c.end === undefined || c.end >= c.start, { message: "A cue cannot end before it starts", path: ["end"] });

export const checkDisclosureInputSchema = z.object({
  text: z.string().max(200_000),
  platform: z.enum(PLATFORMS),
  format: z.enum(FORMATS).optional(),
  brand: z.string().trim().max(200).optional(),
  transcript: z.array(transcriptCueSchema).max(50_000).optional(),
  paidPartnershipLabel: z.boolean().optional(),
  usesFilterOrEditing: z.boolean().optional(),
  approvedClaims: z.array(z.string().trim().min(1).max(1_000)).max(200).optional(),
  jurisdiction: z.enum(JURISDICTIONS).optional(),
  options: z
    .object({
      livestreamRepeatMinutes: z
        .number()
        .positive()
        .max(24 * 60)
        .optional(),
      moreCutChars: z.number().int().positive().max(100_000).optional(),
      moreCutLines: z.number().int().positive().max(1_000).optional(),
      videoDisclosureSeconds: z
        .number()
        .positive()
        .max(24 * 3600)
        .optional(),
    })
    .optional(),
});

export type CheckDisclosureInput = z.infer<typeof checkDisclosureInputSchema>;

/** Compile-time proof that parsed input is a valid checker input. */
export const toDisclosureInput = (parsed: CheckDisclosureInput): DisclosureInput => parsed;
