/**
 * Queueing outreach: the composer's personalised messages become OutreachMessage rows (status
 * "scheduled") and one "outreach-send" job each. The server re-runs the personalization check on
 * exactly what will be sent; a message with error findings is refused unless it carries an explicit
 * override with a reason, which is stored on the message and in the audit log. An unfilled
 * placeholder is refused whatever the override says (and checked again at send time), as are
 * opted-out addresses.
 */
import { z } from "zod";

import { checkLimit } from "../billing/limits";
import { db } from "../db";
import { AppError, type FieldErrors } from "../errors";
import { enqueue } from "../jobs";
import { recordAudits } from "../workspaces/audit";
import { assertReadyToSend, getSenderIdentity } from "./identity";
import { describePlaceholders, lintOutreachMessage, overridableErrors, unfilledPlaceholders } from "./lint";
import { optedOutAmong } from "./opt-out";
import { normalizeEmail } from "./opt-out-token";

export const OUTREACH_SEND_QUEUE = "outreach-send";
/** pg-boss retries after a transient SMTP failure: 5 more tries, 60 s doubling (1, 2, 4, 8, 16 min). */
export const SEND_RETRY = { retryLimit: 5, retryDelay: 60, retryBackoff: true } as const;

export const composedMessageSchema = z.object({
  influencerId: z.string().min(1).max(40),
  subject: z.string().trim().min(1, "Add a subject").max(200, "Use at most 200 characters"),
  body: z.string().trim().min(1, "Write the message").max(10_000, "Use at most 10,000 characters"),
  recentPostUrl: z.string().trim().max(2_000).optional(),
  recentPostTitle: z.string().trim().max(500).optional(),
  overrideReason: z.string().trim().max(500).optional(),
});

export const queueMessagesSchema = z.object({
  kind: z.enum(["first", "follow_up"]).default("first"),
  parentId: z.string().max(40).optional(),
  templateId: z.string().max(40).optional(),
  campaignId: z.string().max(40).optional(),
  /** ISO date-time; omitted = now. */
  scheduledAt: z.coerce.date().optional(),
  messages: z.array(composedMessageSchema).min(1, "Add at least one message").max(100, "Send at most 100 at a time"),
});
export type QueueMessagesInput = z.input<typeof queueMessagesSchema>;

export type EnqueueFn = typeof enqueue;

export async function enqueueSend(workspaceId: string, messageId: string, startAfter: Date, enqueueJob: EnqueueFn = enqueue) {
  await enqueueJob(OUTREACH_SEND_QUEUE, { workspaceId, messageId }, { startAfter, singletonKey: messageId, ...SEND_RETRY });
}

export async function queueMessages(opts: {
  workspaceId: string;
  actorId: string;
  input: z.output<typeof queueMessagesSchema>;
  now?: Date;
  enqueueJob?: EnqueueFn;
}): Promise<{ queued: { id: string; influencerId: string }[]; scheduledAt: Date; overridden: number }> {
  const { workspaceId, actorId, input } = opts;
  const now = opts.now ?? new Date();
  const scheduledAt = input.scheduledAt && input.scheduledAt > now ? input.scheduledAt : now;
  const identity = await getSenderIdentity(workspaceId);
  assertReadyToSend(identity);

  const ids = [...new Set(input.messages.map((m) => m.influencerId))];
  if (ids.length !== input.messages.length) throw new AppError("BAD_REQUEST", "Each influencer can get only one message per send.");
  const influencers = await db.influencer.findMany({
    where: { workspaceId, id: { in: ids } },
    select: {
      id: true,
      displayName: true,
      email: true,
      accounts: { select: { handle: true, platform: true }, orderBy: { followers: "desc" }, take: 1 },
    },
  });
  if (influencers.length !== ids.length) throw new AppError("NOT_FOUND", "Some of those influencers are not in this workspace.");
  const byId = new Map(influencers.map((i) => [i.id, i]));

  if (input.templateId) {
    const t = await db.outreachTemplate.findUnique({
      where: { workspaceId_id: { workspaceId, id: input.templateId } },
      select: { id: true },
    });
    if (!t) throw new AppError("NOT_FOUND", "That template no longer exists.");
  }
  if (input.campaignId) {
    const c = await db.campaign.findUnique({ where: { workspaceId_id: { workspaceId, id: input.campaignId } }, select: { id: true } });
    if (!c) throw new AppError("NOT_FOUND", "That campaign no longer exists.");
  }
  if (input.kind === "follow_up") {
    const parent = input.parentId
      ? await db.outreachMessage.findUnique({
          where: { workspaceId_id: { workspaceId, id: input.parentId } },
          select: { influencerId: true, status: true },
        })
      : null;
    if (!parent || parent.status !== "sent" || input.messages.length !== 1 || parent.influencerId !== input.messages[0]!.influencerId) {
      throw new AppError("NOT_FOUND", "The message to follow up on was not found.");
    }
  }

  const optedOut = await optedOutAmong(
    workspaceId,
    influencers.map((i) => i.email ?? ""),
  );
  const fieldErrors: FieldErrors = {};
  const rows = input.messages.map((m, i) => {
    const inf = byId.get(m.influencerId)!;
    const email = inf.email ? normalizeEmail(inf.email) : "";
    if (!email) (fieldErrors[`messages.${i}.influencerId`] ??= []).push(`${inf.displayName} has no email address in the roster.`);
    else if (optedOut.has(email))
      (fieldErrors[`messages.${i}.influencerId`] ??= []).push(
        `${inf.displayName} opted out of your emails; they can't be contacted again.`,
      );
    const lint = lintOutreachMessage({
      subject: m.subject,
      body: m.body,
      influencer: {
        name: inf.displayName,
        handle: inf.accounts[0]?.handle ?? "",
        platform: inf.accounts[0]?.platform,
        recentPost:
          m.recentPostUrl || m.recentPostTitle ? { url: m.recentPostUrl || undefined, title: m.recentPostTitle || undefined } : undefined,
      },
      brand: { name: identity.brandName, links: identity.brandLinks },
    });
    const placeholders = unfilledPlaceholders(m.subject, m.body);
    if (placeholders.length) {
      (fieldErrors[`messages.${i}.body`] ??= []).push(
        `The message to ${inf.displayName} still contains ${describePlaceholders(placeholders)}. Fill ${placeholders.length > 1 ? "them" : "it"} in or remove ${placeholders.length > 1 ? "them" : "it"}: “Send anyway” doesn't cover placeholders.`,
      );
    }
    const errors = overridableErrors(lint);
    const overrideReason = errors.length ? m.overrideReason?.trim() || null : null;
    if (errors.length && !overrideReason) {
      (fieldErrors[`messages.${i}.overrideReason`] ??= []).push(
        `The message to ${inf.displayName} has ${errors.length} problem${errors.length > 1 ? "s" : ""} (${errors.map((e) => e.code).join(", ")}). Fix them or tick “Send anyway” with a reason.`,
      );
    }
    return { m, inf, email, lint, overrideReason };
  });
  if (Object.keys(fieldErrors).length) {
    throw new AppError("UNPROCESSABLE", Object.values(fieldErrors)[0]![0]!, { fieldErrors });
  }

  // Up to 100 messages: one batch insert and one batch of audit rows, not a query (or two) per message.
  const created = await db.$transaction(async (tx) => {
    await checkLimit(tx, workspaceId, "outreach.daily", rows.length, now);
    const inserted = await tx.outreachMessage.createManyAndReturn({
      data: rows.map((r) => ({
        workspaceId,
        influencerId: r.inf.id,
        campaignId: input.campaignId ?? null,
        templateId: input.templateId ?? null,
        kind: input.kind,
        parentId: input.kind === "follow_up" ? input.parentId! : null,
        toEmail: r.email,
        subject: r.m.subject,
        body: r.m.body,
        lintScore: r.lint.score,
        lintFindings: r.lint.findings.map((f) => ({ ...f })),
        overrideReason: r.overrideReason,
        overrideById: r.overrideReason ? actorId : null,
        status: "scheduled" as const,
        scheduledAt,
        createdById: actorId,
      })),
      select: { id: true, influencerId: true },
    });
    // One message per influencer (checked above), so the influencer id identifies its row.
    const idOf = new Map(inserted.map((m) => [m.influencerId, m.id]));
    const out = rows.map((r) => ({ id: idOf.get(r.inf.id)!, influencerId: r.inf.id }));
    await recordAudits(tx, [
      ...rows.flatMap((r, i) =>
        r.overrideReason
          ? [
              {
                workspaceId,
                actorId,
                action: "outreach.lint_overridden",
                targetType: "outreach_message",
                targetId: out[i]!.id,
                metadata: {
                  reason: r.overrideReason,
                  codes: r.lint.findings.filter((f) => f.severity === "error").map((f) => f.code),
                  score: r.lint.score,
                },
              },
            ]
          : [],
      ),
      {
        workspaceId,
        actorId,
        action: input.kind === "follow_up" ? "outreach.follow_up_queued" : "outreach.messages_queued",
        targetType: "outreach_message",
        metadata: { count: out.length, scheduledAt: scheduledAt.toISOString() },
      },
    ]);
    return out;
  });

  for (const m of created) await enqueueSend(workspaceId, m.id, scheduledAt, opts.enqueueJob);
  return { queued: created, scheduledAt, overridden: rows.filter((r) => r.overrideReason).length };
}
