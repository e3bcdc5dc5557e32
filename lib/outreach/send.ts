/**
 * Delivering one queued outreach message: the "outreach-send" job.
 *
 * At most once, never twice:
 * - The message is claimed atomically (scheduled → sending, `updateMany` on the status) inside a
 *   transaction that holds a per-workspace advisory lock, so two workers can't both send it and the
 *   daily limit can't be overrun by a race.
 * - It goes out with a Message-ID derived from the message id, and `sentAt` / `smtpMessageId` are
 *   recorded right after. A later run of the job that finds it "sent" does nothing.
 * - A transient SMTP failure (4xx, connection trouble) puts it back to "scheduled" and throws, so
 *   pg-boss retries with backoff; on the last try it becomes "failed". A permanent 5xx makes it
 *   "failed" with the server's reason.
 * - Anything else after the claim (e.g. the process dying between the SMTP "250 OK" and the
 *   database write) leaves the delivery state unknown: the message is marked "failed" with a note to
 *   check before resending, and is NOT re-sent automatically. A message found still "sending" after
 *   STALE_CLAIM_MS (a crashed worker) is treated the same way.
 *
 * A message whose subject or body still holds a template placeholder (`{{recent_post_url}}`) is
 * never sent, whatever override it was queued with: it is marked "failed" with the placeholder named.
 *
 * Daily limit: messages sent (or being sent) since 00:00 in the workspace's time zone count against
 * its `dailySendLimit` (a workspace in Auckland starts its day 13 hours before one in UTC). Over the
 * limit, the message is not refused: it is rescheduled to the start of the workspace's next day
 * (plus its place in the queue), and the composer says how many will wait.
 */
import { db } from "../db";
import { sendEmail, type Email, type SendResult } from "../email/send";
import { enqueue } from "../jobs";
import { startOfNextZonedDay, startOfZonedDay, zonedDay } from "../time-zone";
import { workspaceTimeZone } from "../workspaces/crud";
import { formatMailbox, outreachMessageId, unsubscribeHeaders, withFooter } from "./footer";
import { getSenderIdentity, missingForSending } from "./identity";
import { describePlaceholders, unfilledPlaceholders } from "./lint";
import { optedOutAmong, optOutLinks } from "./opt-out";
import { applyAutoStage } from "./pipeline";
import { enqueueSend, SEND_RETRY, type EnqueueFn } from "./queue";
import { stageAfterSend } from "./stages";

export const STALE_CLAIM_MS = 10 * 60_000;

export type DeliverOutcome =
  "sent" | "already_sent" | "missing" | "not_sendable" | "in_progress" | "interrupted" | "opted_out" | "deferred" | "failed";

export interface DeliverOptions {
  workspaceId: string;
  messageId: string;
  /** pg-boss retryCount of this run (0 = first try). */
  retryCount?: number;
  now?: Date;
  smtpUrl?: string;
  send?: (email: Email, opts: { smtpUrl?: string }) => Promise<SendResult>;
  enqueueJob?: EnqueueFn;
}

/** What counts against today's limit: sent since 00:00 in the workspace's time zone, plus any being sent right now. */
export async function countUsedToday(opts: {
  workspaceId: string;
  timeZone: string;
  now?: Date;
  client?: Pick<typeof db, "outreachMessage">;
}): Promise<number> {
  const { workspaceId, now = new Date(), client = db } = opts;
  return client.outreachMessage.count({
    where: { workspaceId, OR: [{ status: "sent", sentAt: { gte: startOfZonedDay(now, opts.timeZone) } }, { status: "sending" }] },
  });
}

/** Transient: worth retrying (4xx replies, connection and timeout errors). */
export function isTransientSmtpError(e: unknown): boolean {
  const err = e as { responseCode?: number; code?: string } | null;
  if (typeof err?.responseCode === "number") return err.responseCode >= 400 && err.responseCode < 500;
  return ["ECONNECTION", "ETIMEDOUT", "ESOCKET", "ECONNREFUSED", "ECONNRESET", "EDNS", "EGREETING"].includes(err?.code ?? "");
}

export function isPermanentSmtpError(e: unknown): boolean {
  const code = (e as { responseCode?: number } | null)?.responseCode;
  return typeof code === "number" && code >= 500;
}

async function markFailed(workspaceId: string, id: string, reason: string, from: ("sending" | "scheduled")[] = ["sending"]) {
  await db.outreachMessage.updateMany({
    where: { workspaceId, id, status: { in: from } },
    data: { status: "failed", lastError: reason.slice(0, 1_000) },
  });
}

export async function deliverOutreachMessage(opts: DeliverOptions): Promise<DeliverOutcome> {
  const { workspaceId, messageId } = opts;
  const now = opts.now ?? new Date();
  const send = opts.send ?? sendEmail;
  const msg = await db.outreachMessage.findUnique({
    where: { workspaceId_id: { workspaceId, id: messageId } },
    select: {
      id: true,
      status: true,
      toEmail: true,
      subject: true,
      body: true,
      influencerId: true,
      campaignId: true,
      kind: true,
      updatedAt: true,
      scheduledAt: true,
    },
  });
  if (!msg) return "missing";
  if (msg.status === "sent") return "already_sent";
  if (msg.status === "sending") {
    if (now.getTime() - msg.updatedAt.getTime() < STALE_CLAIM_MS) return "in_progress";
    await markFailed(
      workspaceId,
      messageId,
      "Sending was interrupted and it may have gone out. Check your sent mail before sending it again.",
    );
    return "interrupted";
  }
  if (msg.status !== "scheduled") return "not_sendable";

  // Queueing refuses placeholders; this catches anything queued before that rule (or around it).
  const placeholders = unfilledPlaceholders(msg.subject, msg.body);
  if (placeholders.length) {
    await markFailed(
      workspaceId,
      messageId,
      `Not sent: it still contains ${describePlaceholders(placeholders)}. Write the message again without ${placeholders.length > 1 ? "them" : "it"}.`,
      ["scheduled"],
    );
    return "failed";
  }

  const [identity, timeZone] = await Promise.all([getSenderIdentity(workspaceId), workspaceTimeZone(workspaceId)]);
  const missing = missingForSending(identity);
  if (missing.length) {
    await markFailed(workspaceId, messageId, `The sender identity is incomplete (${missing.join(", ")}).`, ["scheduled"]);
    return "failed";
  }
  if ((await optedOutAmong(workspaceId, [msg.toEmail])).size) {
    await db.outreachMessage.updateMany({
      where: { workspaceId, id: messageId, status: "scheduled" },
      data: { status: "cancelled", lastError: "The recipient opted out." },
    });
    return "opted_out";
  }

  const claim = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`outreach-send:${workspaceId}`}))`;
    const usedToday = await countUsedToday({ workspaceId, timeZone, now, client: tx });
    if (usedToday >= identity.dailySendLimit) {
      const tomorrow = startOfNextZonedDay(now, timeZone);
      const when = msg.scheduledAt && msg.scheduledAt > tomorrow ? msg.scheduledAt : tomorrow;
      await tx.outreachMessage.updateMany({
        where: { workspaceId, id: messageId, status: "scheduled" },
        data: {
          scheduledAt: when,
          lastError: `Daily limit of ${identity.dailySendLimit} reached; moved to ${zonedDay(when, timeZone)}.`,
        },
      });
      return { deferredTo: when, claimed: false };
    }
    const claimed = await tx.outreachMessage.updateMany({
      where: { workspaceId, id: messageId, status: "scheduled" },
      data: { status: "sending", attempts: { increment: 1 } },
    });
    return { deferredTo: null, claimed: claimed.count === 1 };
  });
  if (claim.deferredTo) {
    await enqueueSend(workspaceId, messageId, claim.deferredTo, opts.enqueueJob ?? enqueue);
    return "deferred";
  }
  if (!claim.claimed) return "in_progress";

  const links = optOutLinks(workspaceId, msg.toEmail);
  const email: Email = {
    to: msg.toEmail,
    from: formatMailbox(identity.fromName, identity.fromAddress),
    replyTo: identity.replyTo || undefined,
    subject: msg.subject,
    text: withFooter(msg.body, { brandName: identity.brandName, postalAddress: identity.postalAddress, optOutPageUrl: links.pageUrl }),
    headers: { "Message-ID": outreachMessageId(msg.id, identity.fromAddress), ...unsubscribeHeaders(links.oneClickUrl) },
  };

  let result: SendResult;
  try {
    result = await send(email, { smtpUrl: opts.smtpUrl });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    if (isTransientSmtpError(e)) {
      if ((opts.retryCount ?? 0) >= SEND_RETRY.retryLimit) {
        await markFailed(workspaceId, messageId, `Gave up after ${SEND_RETRY.retryLimit + 1} tries: ${reason}`);
        return "failed";
      }
      await db.outreachMessage.updateMany({
        where: { workspaceId, id: messageId, status: "sending" },
        data: { status: "scheduled", lastError: `Will retry: ${reason}` },
      });
      throw e;
    }
    if (isPermanentSmtpError(e)) {
      await markFailed(workspaceId, messageId, `The mail server refused it: ${reason}`);
      return "failed";
    }
    await markFailed(
      workspaceId,
      messageId,
      `Sending stopped unexpectedly (${reason}); it may have gone out. Check your sent mail before sending it again.`,
    );
    return "failed";
  }

  if (result.via === "skipped") {
    await markFailed(workspaceId, messageId, "No mail server is configured on this installation (SMTP_URL), so nothing was sent.");
    return "failed";
  }
  await db.$transaction(async (tx) => {
    await tx.outreachMessage.updateMany({
      where: { workspaceId, id: messageId },
      data: { status: "sent", sentAt: now, smtpMessageId: result.messageId ?? email.headers!["Message-ID"]!, lastError: null },
    });
    await tx.timelineEvent.create({
      data: {
        workspaceId,
        influencerId: msg.influencerId,
        kind: "message_sent",
        summary: `${msg.kind === "follow_up" ? "Follow-up" : "First message"} sent: “${msg.subject}”`,
        data: { messageId, via: result.via },
      },
      select: { id: true },
    });
    if (msg.kind === "first") {
      await applyAutoStage(tx, {
        workspaceId,
        influencerId: msg.influencerId,
        campaignKey: msg.campaignId ?? "",
        actorId: null,
        reason: "first message sent",
        rule: stageAfterSend,
      });
    }
  });
  return "sent";
}

/** The pg-boss handler. */
export async function outreachSendJob(data: unknown, meta: { id: string; retryCount: number }): Promise<void> {
  const d = data as { workspaceId?: unknown; messageId?: unknown } | null;
  if (typeof d?.workspaceId !== "string" || typeof d.messageId !== "string") return;
  await deliverOutreachMessage({ workspaceId: d.workspaceId, messageId: d.messageId, retryCount: meta.retryCount });
}
