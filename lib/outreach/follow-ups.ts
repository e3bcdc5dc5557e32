/**
 * Follow-ups: a first message that was sent `followUpDays` ago (workspace setting, default 5) and has
 * had no reply from that influencer since, no follow-up sent or queued, and was not dismissed, is
 * due. `asOf` is the moment the list is computed for — now, the end of today, or a later day the
 * marketer plans ahead for ("what will be due by Friday?"); the page offers that as a "due by" date.
 * Days overdue are calendar days in the workspace's time zone.
 */
import { z } from "zod";

import { db } from "../db";
import { AppError } from "../errors";
import { daysBetween, zonedDay } from "../time-zone";
import { workspaceTimeZone } from "../workspaces/crud";
import { getSenderIdentity } from "./identity";

export const dismissFollowUpSchema = z.object({ messageId: z.string().min(1).max(40) });

/** GET /api/w/:slug/outreach/follow-ups's query: due by the end of that day (default: now). */
export const dueFollowUpsQuerySchema = z.object({
  dueBy: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD")
    .optional(),
});

export interface DueFollowUp {
  messageId: string;
  influencerId: string;
  name: string;
  email: string;
  subject: string;
  sentAt: Date;
  dueAt: Date;
  /** Calendar days (workspace time zone) from the day it fell due to the day of `asOf` (0 = due that day). */
  daysOverdue: number;
}

const DAY = 24 * 3600_000;

export async function listDueFollowUps(opts: {
  workspaceId: string;
  asOf?: Date;
  /** The workspace's time zone (read when not given). */
  timeZone?: string;
  limit?: number;
}): Promise<{ followUpDays: number; items: DueFollowUp[] }> {
  const { workspaceId } = opts;
  const asOf = opts.asOf ?? new Date();
  const [{ followUpDays }, timeZone] = await Promise.all([getSenderIdentity(workspaceId), opts.timeZone ?? workspaceTimeZone(workspaceId)]);
  const asOfDay = zonedDay(asOf, timeZone);
  const cutoff = new Date(asOf.getTime() - followUpDays * DAY);
  const rows = await db.$queryRaw<
    { id: string; influencerId: string; displayName: string; toEmail: string; subject: string; sentAt: Date }[]
  >`
    SELECT m."id", m."influencerId", i."displayName", m."toEmail", m."subject", m."sentAt"
    FROM "OutreachMessage" m
    JOIN "Influencer" i ON i."workspaceId" = m."workspaceId" AND i."id" = m."influencerId"
    WHERE m."workspaceId" = ${workspaceId}
      AND m."kind" = 'first' AND m."status" = 'sent'
      AND m."sentAt" <= ${cutoff}
      AND m."followUpDismissedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "OutreachReply" r WHERE r."workspaceId" = m."workspaceId" AND r."influencerId" = m."influencerId" AND r."receivedAt" >= m."sentAt")
      AND NOT EXISTS (SELECT 1 FROM "OutreachMessage" f WHERE f."workspaceId" = m."workspaceId" AND f."parentId" = m."id" AND f."status" <> 'cancelled' AND f."status" <> 'failed')
    ORDER BY m."sentAt" ASC, m."id" ASC
    LIMIT ${Math.min(opts.limit ?? 200, 500)}`;
  return {
    followUpDays,
    items: rows.map((r) => {
      const dueAt = new Date(r.sentAt.getTime() + followUpDays * DAY);
      return {
        messageId: r.id,
        influencerId: r.influencerId,
        name: r.displayName,
        email: r.toEmail,
        subject: r.subject,
        sentAt: r.sentAt,
        dueAt,
        daysOverdue: Math.max(0, daysBetween(zonedDay(dueAt, timeZone), asOfDay)),
      };
    }),
  };
}

/** "No follow-up needed": takes a first message off the due list for good. */
export async function dismissFollowUp(opts: { workspaceId: string; actorId: string; messageId: string; now?: Date }): Promise<void> {
  const { workspaceId, messageId } = opts;
  const res = await db.outreachMessage.updateMany({
    where: { workspaceId, id: messageId, kind: "first", status: "sent" },
    data: { followUpDismissedAt: opts.now ?? new Date() },
  });
  if (res.count === 0) throw new AppError("NOT_FOUND", "That message was not found.");
}

/** The sent first message a follow-up is drafted from, with what the draft needs. */
export async function getFollowUpSource(opts: { workspaceId: string; messageId: string }) {
  const msg = await db.outreachMessage.findUnique({
    where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.messageId } },
    select: {
      id: true,
      kind: true,
      status: true,
      subject: true,
      body: true,
      sentAt: true,
      influencerId: true,
      campaignId: true,
      influencer: { select: { displayName: true, accounts: { select: { handle: true }, orderBy: { followers: "desc" }, take: 1 } } },
    },
  });
  if (!msg || msg.kind !== "first" || msg.status !== "sent" || !msg.sentAt) throw new AppError("NOT_FOUND", "That message was not found.");
  return { ...msg, sentAt: msg.sentAt, handle: msg.influencer.accounts[0]?.handle ?? "" };
}
