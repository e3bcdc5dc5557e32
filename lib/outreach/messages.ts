/** The messages list (queued, sent, failed) and what can be done to one: cancel a queued one, retry a failed one. */
import { z } from "zod";

import { db } from "../db";
import type { OutreachStatus } from "../db/generated/client";
import { AppError } from "../errors";
import { recordAudit } from "../workspaces/audit";
import { enqueueSend, type EnqueueFn } from "./queue";

export const messageIdSchema = z.object({ messageId: z.string().min(1).max(40) });

export interface MessageRow {
  id: string;
  influencerId: string;
  name: string;
  toEmail: string;
  subject: string;
  kind: string;
  status: OutreachStatus;
  lintScore: number;
  overridden: boolean;
  scheduledAt: Date | null;
  sentAt: Date | null;
  lastError: string | null;
  replies: number;
}

export async function listMessages(opts: { workspaceId: string; status?: OutreachStatus; limit?: number }): Promise<MessageRow[]> {
  const rows = await db.outreachMessage.findMany({
    where: { workspaceId: opts.workspaceId, ...(opts.status ? { status: opts.status } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(opts.limit ?? 200, 500),
    select: {
      id: true,
      influencerId: true,
      toEmail: true,
      subject: true,
      kind: true,
      status: true,
      lintScore: true,
      overrideReason: true,
      scheduledAt: true,
      sentAt: true,
      lastError: true,
      influencer: { select: { displayName: true } },
      _count: { select: { replies: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    influencerId: r.influencerId,
    name: r.influencer.displayName,
    toEmail: r.toEmail,
    subject: r.subject,
    kind: r.kind,
    status: r.status,
    lintScore: r.lintScore,
    overridden: Boolean(r.overrideReason),
    scheduledAt: r.scheduledAt,
    sentAt: r.sentAt,
    lastError: r.lastError,
    replies: r._count.replies,
  }));
}

export async function cancelMessage(opts: { workspaceId: string; actorId: string; messageId: string }): Promise<void> {
  const { workspaceId, actorId, messageId } = opts;
  await db.$transaction(async (tx) => {
    const res = await tx.outreachMessage.updateMany({
      where: { workspaceId, id: messageId, status: { in: ["draft", "scheduled"] } },
      data: { status: "cancelled" },
    });
    if (res.count === 0) throw new AppError("NOT_FOUND", "No queued message with that id.");
    await recordAudit(tx, {
      workspaceId,
      actorId,
      action: "outreach.message_cancelled",
      targetType: "outreach_message",
      targetId: messageId,
    });
  });
}

/** Puts a failed message back in the queue, to go now. The sender has checked it did not go out. */
export async function retryMessage(opts: {
  workspaceId: string;
  actorId: string;
  messageId: string;
  now?: Date;
  enqueueJob?: EnqueueFn;
}): Promise<void> {
  const { workspaceId, actorId, messageId } = opts;
  const now = opts.now ?? new Date();
  await db.$transaction(async (tx) => {
    const res = await tx.outreachMessage.updateMany({
      where: { workspaceId, id: messageId, status: "failed" },
      data: { status: "scheduled", scheduledAt: now, lastError: null },
    });
    if (res.count === 0) throw new AppError("NOT_FOUND", "No failed message with that id.");
    await recordAudit(tx, {
      workspaceId,
      actorId,
      action: "outreach.message_retried",
      targetType: "outreach_message",
      targetId: messageId,
    });
  });
  await enqueueSend(workspaceId, messageId, now, opts.enqueueJob);
}

/** Influencers the composer can pick from: the roster, best-followed first, with email, handle, stage and opt-out. */
export async function listComposeCandidates(opts: { workspaceId: string; q?: string; limit?: number; includeIds?: string[] }) {
  const { workspaceId, q } = opts;
  const match = q?.trim() ? { searchText: { contains: q.trim().toLowerCase() } } : {};
  const rows = await db.influencer.findMany({
    where: { workspaceId, ...(opts.includeIds?.length ? { OR: [match, { id: { in: opts.includeIds } }] } : match) },
    orderBy: [{ followers: "desc" }, { id: "asc" }],
    take: Math.min(opts.limit ?? 300, 500),
    select: {
      id: true,
      displayName: true,
      email: true,
      followers: true,
      accounts: { select: { handle: true, platform: true, url: true }, orderBy: { followers: "desc" }, take: 1 },
      pipeline: { where: { campaignKey: "" }, select: { stage: true }, take: 1 },
    },
  });
  const emails = rows.map((r) => r.email?.toLowerCase()).filter((e): e is string => Boolean(e));
  const opted = emails.length
    ? new Set((await db.optOut.findMany({ where: { workspaceId, email: { in: emails } }, select: { email: true } })).map((o) => o.email))
    : new Set<string>();
  return rows.map((r) => ({
    id: r.id,
    name: r.displayName,
    email: r.email,
    followers: r.followers,
    handle: r.accounts[0]?.handle ?? "",
    platform: r.accounts[0]?.platform ?? null,
    profileUrl: r.accounts[0]?.url ?? null,
    stage: r.pipeline[0]?.stage ?? null,
    optedOut: Boolean(r.email && opted.has(r.email.toLowerCase())),
  }));
}
export type ComposeCandidate = Awaited<ReturnType<typeof listComposeCandidates>>[number];
