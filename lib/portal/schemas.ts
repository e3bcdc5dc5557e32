// Inputs of the portal actions (the token is a separate first argument, never part of these).
import { z } from "zod";

import { FORMATS, PLATFORMS } from "../vocabulary";
import { MAX_DRAFT_MEDIA } from "./media-rules";

const httpUrl = z
  .string()
  .trim()
  .max(2_000)
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".");
    } catch {
      return false;
    }
  }, "Enter a full web address starting with https://");

export const respondSchema = z
  .object({ decision: z.enum(["accept", "decline"]), reason: z.string().trim().max(2_000).default("") })
  .refine((v) => v.decision === "accept" || v.reason.length > 0, { message: "Tell the brand why (one line is enough)", path: ["reason"] });

export const questionSchema = z.object({
  body: z.string().trim().min(1, "Write your question").max(5_000, "Keep it under 5,000 characters"),
});

export const draftInputSchema = z.object({
  deliverableId: z.string().min(1).max(64),
  caption: z.string().max(20_000, "Keep the caption under 20,000 characters").default(""),
  mediaUrls: z.array(httpUrl).max(20).default([]),
  // Uploaded images and videos (POST /i/<token>/files), in order, each with its description for screen readers.
  media: z
    .array(
      z.object({
        fileId: z.string().min(1).max(64),
        altText: z.string().trim().max(1_000, "Keep the description under 1,000 characters").default(""),
      }),
    )
    .max(MAX_DRAFT_MEDIA, `Attach at most ${MAX_DRAFT_MEDIA} files to one draft`)
    .refine((m) => new Set(m.map((x) => x.fileId)).size === m.length, "The same file is attached twice")
    .default([]),
  platform: z.enum(PLATFORMS),
  format: z.enum(FORMATS),
  paidPartnershipLabel: z.boolean().default(false),
  usesFilterOrEditing: z.boolean().default(false),
  transcriptText: z.string().max(500_000, "The transcript is too long").default(""),
  submit: z.boolean().default(false),
});
export type DraftInput = z.input<typeof draftInputSchema>;

export const liveUrlSchema = z.object({ deliverableId: z.string().min(1).max(64), url: httpUrl });
