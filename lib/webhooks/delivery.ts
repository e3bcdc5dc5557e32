// Delivering the outbox (README "Outbound webhooks"). Two jobs:
//   - the dispatch sweep (every minute) fans each new event out to the workspace's enabled endpoints
//     subscribed to its type (one WebhookDelivery each), and queues every delivery that is due —
//     also those whose queued job was lost, since the row, not the queue, is the source of truth;
//   - the delivery job makes one attempt. It claims the row (status, attempt number and due time
//     must still match, and the next attempt is pushed out by a lease), so two workers never send
//     the same attempt twice. A failure schedules the next attempt by RETRY_DELAYS_MS.
// The webhook-id is "msg_<event id>": the same for every attempt and redelivery of an event, so a
// receiver de-duplicates on it. An endpoint whose every attempt has failed for DISABLE_AFTER_MS is
// disabled and the workspace's owners and admins are emailed.
import { db } from "../db";
import { sendEmail, simpleHtml } from "../email/send";
import { appUrl } from "../env";
import { enqueue } from "../jobs";
import { log } from "../log";
import { secretBox } from "../security/secret-box";
import { sendWebhook, type Resolver, type Transport } from "./outbound";
import { signedHeaders } from "./signing";

export const WEBHOOK_DISPATCH_QUEUE = "webhook-dispatch";
export const WEBHOOK_DISPATCH_CRON = "* * * * *";
export const WEBHOOK_DELIVER_QUEUE = "webhook-deliver";
export const WEBHOOK_PURGE_QUEUE = "webhook-purge";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Waits after failed attempts 1…7: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h. Eight attempts over
 * about 31.6 hours; after the eighth failure the delivery is failed (redeliver by hand).
 */
export const RETRY_DELAYS_MS = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 14 * HOUR] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** An endpoint failing every attempt for this long is disabled. */
export const DISABLE_AFTER_MS = 5 * DAY;
/** How long a claimed attempt holds its row (longer than the send timeout). */
const LEASE_MS = 2 * MINUTE;
/** Events (and their deliveries) are kept this long. */
export const EVENT_RETENTION_DAYS = 30;

export const webhookId = (eventId: string) => `msg_${eventId}`;

/** The JSON body: the event's id, type, time and data. */
export function eventBody(e: { id: string; type: string; createdAt: Date; data: unknown }): string {
  return JSON.stringify({ id: webhookId(e.id), type: e.type, timestamp: e.createdAt.toISOString(), data: e.data });
}

type Due = { workspaceId: string; id: string; attempts: number; nextAttemptAt: Date | null };

/**
 * Across every workspace (unscoped on purpose: the outbox relay): fans out up to `limit` undispatched
 * events, oldest first, and returns the deliveries it made.
 */
export async function unsafeDispatchPendingEvents(now = new Date(), limit = 200): Promise<Due[]> {
  return db.$transaction(async (tx) => {
    // SKIP LOCKED: two sweeps never fan out the same event.
    const events = await tx.$queryRaw<{ workspaceId: string; id: string; type: string }[]>`
      SELECT "workspaceId", "id", "type" FROM "OutboundEvent"
      WHERE "dispatchedAt" IS NULL ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    if (events.length === 0) return [];
    const workspaceIds = [...new Set(events.map((e) => e.workspaceId))];
    const endpoints = await tx.webhookEndpoint.findMany({
      where: { workspaceId: { in: workspaceIds }, enabled: true },
      select: { workspaceId: true, id: true, events: true },
    });
    const data = events.flatMap((e) =>
      endpoints
        .filter((p) => p.workspaceId === e.workspaceId && p.events.includes(e.type))
        .map((p) => ({ workspaceId: e.workspaceId, endpointId: p.id, eventId: e.id, nextAttemptAt: now })),
    );
    const made = data.length
      ? await tx.webhookDelivery.createManyAndReturn({ data, select: { workspaceId: true, id: true, attempts: true, nextAttemptAt: true } })
      : [];
    for (const ws of workspaceIds) {
      await tx.outboundEvent.updateMany({
        where: { workspaceId: ws, id: { in: events.filter((e) => e.workspaceId === ws).map((e) => e.id) } },
        data: { dispatchedAt: now },
      });
    }
    return made;
  });
}

/** Across every workspace: pending deliveries due by `now` (new, retries, lapsed leases, redeliveries). */
export async function unsafeDueDeliveries(now = new Date(), limit = 500): Promise<Due[]> {
  return db.webhookDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { workspaceId: true, id: true, attempts: true, nextAttemptAt: true },
  });
}

export type AttemptDeps = { now?: () => Date; resolve?: Resolver; transport?: Transport; allowLoopback?: boolean };
export type AttemptResult =
  | { outcome: "skipped" }
  | { outcome: "succeeded"; status: number }
  | { outcome: "retry"; nextAttemptAt: Date; attempts: number; error: string }
  | { outcome: "failed"; error: string; endpointDisabled: boolean };

/** The secrets that sign a delivery at `at`: the current one, and the previous one during its grace period. */
export function signingSecrets(
  endpoint: { id: string; secretSealed: string; previousSecretSealed: string | null; previousSecretExpiresAt: Date | null },
  at: Date,
): string[] {
  const box = secretBox();
  const secrets = [box.open(endpoint.secretSealed, endpoint.id)];
  if (endpoint.previousSecretSealed && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > at) {
    secrets.push(box.open(endpoint.previousSecretSealed, endpoint.id));
  }
  return secrets;
}

/** One attempt of one delivery of the workspace. */
export async function attemptDelivery(
  ref: { workspaceId: string; deliveryId: string; attempts: number },
  deps: AttemptDeps = {},
): Promise<AttemptResult> {
  const clock = deps.now ?? (() => new Date());
  const { workspaceId, deliveryId } = ref;
  const start = clock();
  const claimed = await db.webhookDelivery.updateMany({
    where: { workspaceId, id: deliveryId, status: "pending", attempts: ref.attempts, nextAttemptAt: { lte: start } },
    data: { nextAttemptAt: new Date(start.getTime() + LEASE_MS) },
  });
  if (claimed.count !== 1) return { outcome: "skipped" };
  const d = await db.webhookDelivery.findUniqueOrThrow({
    where: { workspaceId_id: { workspaceId, id: deliveryId } },
    select: {
      endpoint: {
        select: { id: true, url: true, enabled: true, secretSealed: true, previousSecretSealed: true, previousSecretExpiresAt: true },
      },
      event: { select: { id: true, type: true, createdAt: true, data: true } },
    },
  });
  const attempts = ref.attempts + 1;
  if (!d.endpoint.enabled) {
    await db.webhookDelivery.updateMany({
      where: { workspaceId, id: deliveryId },
      data: { status: "failed", nextAttemptAt: null, error: "The endpoint is disabled." },
    });
    return { outcome: "failed", error: "The endpoint is disabled.", endpointDisabled: false };
  }
  const body = eventBody(d.event);
  const headers = signedHeaders(signingSecrets(d.endpoint, start), webhookId(d.event.id), Math.floor(start.getTime() / 1000), body);
  const sent = await sendWebhook({
    url: d.endpoint.url,
    headers,
    body,
    resolve: deps.resolve,
    transport: deps.transport,
    allowLoopback: deps.allowLoopback,
  });
  const at = clock();
  const common = { attempts, lastAttemptAt: start, responseStatus: sent.status, durationMs: sent.durationMs, error: sent.error };
  if (sent.ok) {
    await db.$transaction([
      db.webhookDelivery.updateMany({
        where: { workspaceId, id: deliveryId },
        data: { ...common, status: "succeeded", nextAttemptAt: null },
      }),
      db.webhookEndpoint.updateMany({
        where: { workspaceId, id: d.endpoint.id },
        data: { failingSince: null, consecutiveFailures: 0 },
      }),
    ]);
    return { outcome: "succeeded", status: sent.status! };
  }
  const error = sent.error ?? "failed";
  const last = attempts >= MAX_ATTEMPTS;
  const nextAttemptAt = last ? null : new Date(at.getTime() + RETRY_DELAYS_MS[attempts - 1]!);
  const disabled = await db.$transaction(async (tx) => {
    await tx.webhookDelivery.updateMany({
      where: { workspaceId, id: deliveryId },
      data: { ...common, status: last ? "failed" : "pending", nextAttemptAt },
    });
    const ep = await tx.webhookEndpoint.update({
      where: { workspaceId_id: { workspaceId, id: d.endpoint.id } },
      data: { consecutiveFailures: { increment: 1 } },
      select: { failingSince: true, enabled: true },
    });
    const since = ep.failingSince ?? start;
    if (!ep.failingSince)
      await tx.webhookEndpoint.update({ where: { workspaceId_id: { workspaceId, id: d.endpoint.id } }, data: { failingSince: since } });
    if (!ep.enabled || at.getTime() - since.getTime() < DISABLE_AFTER_MS) return false;
    const reason = `Every delivery failed for ${Math.round(DISABLE_AFTER_MS / DAY)} days (last: ${error}).`;
    await tx.webhookEndpoint.update({
      where: { workspaceId_id: { workspaceId, id: d.endpoint.id } },
      data: { enabled: false, disabledAt: at, disabledReason: reason.slice(0, 500) },
    });
    // Nothing more goes to a disabled endpoint; its waiting deliveries stop here.
    await tx.webhookDelivery.updateMany({
      where: { workspaceId, endpointId: d.endpoint.id, status: "pending" },
      data: { status: "failed", nextAttemptAt: null, error: "The endpoint was disabled." },
    });
    return true;
  });
  if (disabled) await emailAdminsDisabled({ workspaceId, endpointId: d.endpoint.id, url: d.endpoint.url, error });
  if (last || disabled) return { outcome: "failed", error, endpointDisabled: disabled };
  return { outcome: "retry", nextAttemptAt: nextAttemptAt!, attempts, error };
}

async function emailAdminsDisabled(opts: { workspaceId: string; endpointId: string; url: string; error: string }) {
  const w = await db.workspace.findUniqueOrThrow({
    where: { id: opts.workspaceId },
    select: {
      name: true,
      slug: true,
      memberships: { where: { role: { in: ["owner", "admin"] } }, select: { user: { select: { email: true } } } },
    },
  });
  const link = `${appUrl()}/w/${w.slug}/settings/webhooks`;
  for (const m of w.memberships) {
    try {
      await sendEmail({
        to: m.user.email,
        subject: `Webhook endpoint disabled in ${w.name}`,
        text: [
          `Deliveries to ${opts.url} have failed for ${Math.round(DISABLE_AFTER_MS / DAY)} days, so the endpoint was disabled.`,
          `Last error: ${opts.error}`,
          `Fix the receiver, then enable the endpoint again: ${link}`,
        ].join("\n\n"),
        html: simpleHtml(
          [
            `Deliveries to ${opts.url} have failed for ${Math.round(DISABLE_AFTER_MS / DAY)} days, so the endpoint was disabled.`,
            `Last error: ${opts.error}`,
            "Fix the receiver, then enable the endpoint again.",
          ],
          { label: "Open webhook settings", url: link },
        ),
      });
    } catch (e) {
      log.error("webhook disabled email failed", { err: e, endpointId: opts.endpointId });
    }
  }
}

async function queueAttempt(d: Due): Promise<void> {
  await enqueue(
    WEBHOOK_DELIVER_QUEUE,
    { workspaceId: d.workspaceId, deliveryId: d.id, attempts: d.attempts },
    { startAfter: d.nextAttemptAt ?? undefined, singletonKey: `${d.id}:${d.attempts}`, retryLimit: 0 },
  );
}

/** The sweep job: fan out new events, queue what is due. */
export async function webhookDispatchJob(): Promise<void> {
  const made = await unsafeDispatchPendingEvents();
  const due = await unsafeDueDeliveries();
  const seen = new Set<string>();
  for (const d of [...made, ...due]) {
    if (seen.has(d.id)) continue;
    seen.add(d.id);
    await queueAttempt(d);
  }
  if (made.length || due.length) log.info("webhook deliveries queued", { made: made.length, due: due.length });
}

/** The delivery job: data is `{ workspaceId, deliveryId, attempts }`. Never throws for a failed send. */
export async function webhookDeliverJob(data: unknown): Promise<void> {
  const d = data as { workspaceId?: unknown; deliveryId?: unknown; attempts?: unknown } | null;
  if (typeof d?.workspaceId !== "string" || typeof d.deliveryId !== "string" || typeof d.attempts !== "number") {
    log.warn("webhook delivery job without its ids", { data });
    return;
  }
  const res = await attemptDelivery({ workspaceId: d.workspaceId, deliveryId: d.deliveryId, attempts: d.attempts });
  if (res.outcome === "retry")
    await queueAttempt({ workspaceId: d.workspaceId, id: d.deliveryId, attempts: res.attempts, nextAttemptAt: res.nextAttemptAt });
  if (res.outcome !== "skipped") log.info("webhook delivery attempted", { deliveryId: d.deliveryId, outcome: res.outcome });
}

/** Across every workspace (installation maintenance): forgets dispatched events past the retention, with their deliveries. */
export async function unsafePurgeOldWebhookEvents(now = Date.now()): Promise<number> {
  const before = new Date(now - EVENT_RETENTION_DAYS * DAY);
  const { count } = await db.outboundEvent.deleteMany({ where: { dispatchedAt: { lt: before } } });
  return count;
}

export async function webhookPurgeJob(): Promise<void> {
  const count = await unsafePurgeOldWebhookEvents();
  if (count > 0) log.info("webhook events purged", { count });
}
