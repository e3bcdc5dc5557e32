// Input schemas for collaboration actions (brand side).
import { z } from "zod";

import { compensationSchema, deliverableInputSchema } from "../campaigns/schemas";
import { PLATFORMS } from "../vocabulary";

const id = z.string().min(1).max(64);

export const addInfluencersSchema = z
  .object({
    campaignId: id,
    influencerIds: z.array(id).max(200).default([]),
    listId: id.optional(),
  })
  .and(compensationSchema)
  .refine((v) => v.influencerIds.length > 0 || v.listId, { message: "Pick at least one influencer or a list", path: ["influencerIds"] });

export const quickAddInfluencerSchema = z
  .object({
    campaignId: id,
    displayName: z.string().trim().min(1, "Enter their name").max(120),
    platform: z.enum(PLATFORMS, { error: "Pick a platform" }),
    handle: z.string().trim().min(1, "Enter their handle or profile link").max(300),
    // Their tier and the budget's estimates come from it: an influencer without it would show 0 and "none".
    followers: z
      .union([z.number(), z.string().trim().min(1, "Enter their follower count")])
      .pipe(
        z.coerce
          .number<string | number>({ error: "Enter a number" })
          .int("Use a whole number")
          .min(0, "Use 0 or more")
          .max(10_000_000_000, "That is too large"),
      ),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254)
      .transform((v) => (v === "" ? null : v))
      .pipe(z.email({ error: "Enter a valid email address" }).nullable())
      .default(null),
  })
  .and(compensationSchema);

export const collaborationIdSchema = z.object({ collaborationId: id });

/** `email`: also send the link to the influencer's address. Without `expiresInDays` the link lasts
 *  until 30 days after the campaign ends (lib/collaborations/invite-expiry.ts). */
export const issueInviteSchema = z.object({
  collaborationId: id,
  expiresInDays: z.number().int().min(1).max(365).optional(),
  email: z.boolean().default(false),
});

/** The moves the brand makes by hand; the rest follow from the influencer's and the reviewer's actions. */
export const brandTransitionSchema = collaborationIdSchema.extend({
  to: z.enum(["drafting", "completed", "cancelled"]),
  note: z.string().trim().max(2_000).optional(),
});

export const updateCollaborationSchema = z
  .object({ collaborationId: id, deliverables: z.array(deliverableInputSchema).min(1, "Add at least one deliverable").max(20) })
  .and(compensationSchema);

export const reviewDraftSchema = z
  .object({
    draftId: id,
    decision: z.enum(["approve", "request_changes"]),
    comment: z.string().trim().max(5_000).default(""),
  })
  .refine((v) => v.decision === "approve" || v.comment.length > 0, { message: "Say what should change", path: ["comment"] });

export const brandMessageSchema = z.object({ collaborationId: id, body: z.string().trim().min(1, "Write a message").max(5_000) });

export const searchRosterSchema = z.object({ campaignId: id, q: z.string().trim().max(100).default("") });
