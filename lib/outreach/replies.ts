/**
 * Replies: logged by pasting them in (or, later, by an inbound-mail webhook). A reply goes on the
 * influencer's timeline, stops their follow-up from coming due, and moves an early pipeline card
 * to "replied".
 */
import { z } from "zod";

import { db } from "../db";
import { AppError } from "../errors";
import { applyAutoStage } from "./pipeline";
import { stageAfterReply } from "./stages";

export const logReplySchema = z.object({
  influencerId: z.string().min(1).max(40),
  messageId: z.string().max(40).optional(),
  body: z.string().trim().min(1, "Paste the reply").max(20_000, "Use at most 20,000 characters"),
  receivedAt: z.coerce.date().optional(),
});

export async function logReply(
  opts: { workspaceId: string; actorId: string | null; source?: "manual" | "webhook"; now?: Date } & z.output<typeof logReplySchema>,
) {
  const { workspaceId, actorId, influencerId, messageId, body } = opts;
  const now = opts.now ?? new Date();
  const receivedAt = opts.receivedAt && opts.receivedAt < now ? opts.receivedAt : now;
  const influencer = await db.influencer.findUnique({
    where: { workspaceId_id: { workspaceId, id: influencerId } },
    select: { id: true, displayName: true },
  });
  if (!influencer) throw new AppError("NOT_FOUND", "That influencer is not in this workspace.");
  let campaignKey = "";
  if (messageId) {
    const msg = await db.outreachMessage.findUnique({
      where: { workspaceId_id: { workspaceId, id: messageId } },
      select: { influencerId: true, campaignId: true },
    });
    if (!msg || msg.influencerId !== influencerId) throw new AppError("NOT_FOUND", "That message was not found.");
    campaignKey = msg.campaignId ?? "";
  }
  return db.$transaction(async (tx) => {
    const reply = await tx.outreachReply.create({
      data: { workspaceId, influencerId, messageId: messageId ?? null, body, source: opts.source ?? "manual", receivedAt },
      select: { id: true, receivedAt: true },
    });
    const excerpt = body.replace(/\s+/g, " ").slice(0, 140);
    await tx.timelineEvent.create({
      data: {
        workspaceId,
        influencerId,
        kind: "reply",
        summary: `Replied: “${excerpt}${body.length > 140 ? "…" : ""}”`,
        data: { replyId: reply.id, messageId: messageId ?? null },
        actorId,
      },
      select: { id: true },
    });
    const stage = await applyAutoStage(tx, {
      workspaceId,
      influencerId,
      campaignKey,
      actorId,
      reason: "reply logged",
      rule: stageAfterReply,
    });
    return { id: reply.id, stage };
  });
}
