/**
 * The workspace's sender identity for outreach: who the mail is from, where replies go, the brand's
 * links and intro, the postal address for the footer, the daily send limit and the follow-up delay.
 * Stored on WorkspaceSettings; mail goes out through the environment's SMTP server (SMTP_URL) with
 * this From/Reply-To, or into the dev outbox in development.
 */
import { z } from "zod";

import { db } from "../db";
import { AppError } from "../errors";
import { emailSchema } from "../validation";
import { recordAudit } from "../workspaces/audit";

const optionalText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters`).default("");

export const senderIdentitySchema = z.object({
  fromName: z.string().trim().min(1, "Enter the name people see as the sender").max(100, "Use at most 100 characters"),
  fromAddress: emailSchema,
  replyTo: z.union([z.literal(""), emailSchema]).default(""),
  brandName: z.string().trim().min(1, "Enter the brand name").max(100, "Use at most 100 characters"),
  brandLinks: z
    .array(z.string().trim().max(300, "A link is too long"))
    .max(8, "Use at most 8 links")
    .default([])
    .transform((links) => links.filter(Boolean))
    .refine(
      (links) => links.every((l) => /^(https?:\/\/)?[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(l)),
      "Each link must be a web address, e.g. glowlabs.com",
    ),
  brandIntro: optionalText(500),
  postalAddress: z.string().trim().min(5, "Enter the postal address (required in commercial email)").max(300, "Use at most 300 characters"),
  dailySendLimit: z.coerce.number().int("Use a whole number").min(1, "At least 1").max(2_000, "At most 2,000"),
  followUpDays: z.coerce.number().int("Use a whole number").min(1, "At least 1 day").max(30, "At most 30 days"),
});
export type SenderIdentityInput = z.input<typeof senderIdentitySchema>;

export interface SenderIdentity {
  fromName: string;
  fromAddress: string;
  replyTo: string;
  brandName: string;
  brandLinks: string[];
  brandIntro: string;
  postalAddress: string;
  dailySendLimit: number;
  followUpDays: number;
}

export async function getSenderIdentity(workspaceId: string): Promise<SenderIdentity> {
  const s = await db.workspaceSettings.findUnique({
    where: { workspaceId },
    select: {
      fromName: true,
      fromAddress: true,
      replyTo: true,
      brandName: true,
      brandLinks: true,
      brandIntro: true,
      postalAddress: true,
      dailySendLimit: true,
      followUpDays: true,
    },
  });
  return {
    fromName: s?.fromName ?? "",
    fromAddress: s?.fromAddress ?? "",
    replyTo: s?.replyTo ?? "",
    brandName: s?.brandName ?? "",
    brandLinks: s?.brandLinks ?? [],
    brandIntro: s?.brandIntro ?? "",
    postalAddress: s?.postalAddress ?? "",
    dailySendLimit: s?.dailySendLimit ?? 100,
    followUpDays: s?.followUpDays ?? 5,
  };
}

/** What must be filled in before anything can be sent (a From, a brand, a postal address for the footer). */
export function missingForSending(id: SenderIdentity): string[] {
  return [
    id.fromName ? null : "sender name",
    id.fromAddress ? null : "from address",
    id.brandName ? null : "brand name",
    id.postalAddress ? null : "postal address",
  ].filter((x): x is string => x !== null);
}

export function assertReadyToSend(id: SenderIdentity): void {
  const missing = missingForSending(id);
  if (missing.length) {
    throw new AppError("UNPROCESSABLE", `Set up the sender identity first (Settings → Sender): ${missing.join(", ")} missing.`);
  }
}

export async function updateSenderIdentity(opts: {
  workspaceId: string;
  actorId: string;
  input: z.output<typeof senderIdentitySchema>;
}): Promise<SenderIdentity> {
  const { workspaceId, actorId, input } = opts;
  const data = { ...input, replyTo: input.replyTo || null, brandIntro: input.brandIntro || null };
  await db.$transaction(async (tx) => {
    await tx.workspaceSettings.upsert({
      where: { workspaceId },
      create: { workspaceId, ...data },
      update: data,
      select: { workspaceId: true },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId,
      action: "outreach.sender_updated",
      targetType: "workspace",
      targetId: workspaceId,
      metadata: { fromAddress: input.fromAddress, dailySendLimit: input.dailySendLimit, followUpDays: input.followUpDays },
    });
  });
  return getSenderIdentity(workspaceId);
}
