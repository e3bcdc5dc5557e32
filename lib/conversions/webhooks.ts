// Store webhooks: receive (verify, record once, queue) and apply (a job). The route answers within
// the store's deadline (Shopify: 5 seconds) because it only verifies and writes one row; the job
// applies the delivery in one transaction and marks it applied, so a retried job or a replayed
// delivery changes nothing more. Order of arrival does not matter (see apply.ts).
import type { Prisma } from "../db";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { enqueue } from "../jobs";
import { log } from "../log";
import { secretBox } from "../security/secret-box";
import { applyOrder, applyRefund } from "./apply";
import { verifyBodySignature, type StoreEvent } from "./order";
import { isShopifyTopic, readShopifyEvent } from "./shopify";
import { readWooEvent, WOO_TOPICS } from "./woocommerce";

export const STORE_WEBHOOK_QUEUE = "store-webhook-apply";
export const WEBHOOK_MAX_BYTES = 1024 * 1024;

type Kind = "shopify" | "woocommerce";
export type WebhookAnswer = { note: string };

const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

/** Headers each store sends: signature, delivery id, topic. */
const HEADERS: Record<Kind, { signature: string; delivery: string; topic: string }> = {
  shopify: { signature: "x-shopify-hmac-sha256", delivery: "x-shopify-webhook-id", topic: "x-shopify-topic" },
  woocommerce: { signature: "x-wc-webhook-signature", delivery: "x-wc-webhook-delivery-id", topic: "x-wc-webhook-topic" },
};

function notFound(): AppError {
  return new AppError("NOT_FOUND", "No store connection at this address.");
}

/** WooCommerce pings a new webhook's URL with `webhook_id=<n>` and no signature: answered, never stored. */
function isWooPing(headers: Headers, body: Uint8Array): boolean {
  return !headers.has(HEADERS.woocommerce.signature) && /^webhook_id=\d{1,20}$/.test(new TextDecoder().decode(body).trim());
}

/**
 * Verifies and records one delivery. Throws NOT_FOUND for an unknown or disconnected connection,
 * UNAUTHORIZED for a bad signature (nothing written), BAD_REQUEST for a delivery without id or JSON.
 */
export async function receiveStoreWebhook(opts: { kind: Kind; token: string; headers: Headers; body: Uint8Array }): Promise<WebhookAnswer> {
  const { kind, headers, body } = opts;
  if (!TOKEN.test(opts.token)) throw notFound();
  const route = await db.storeWebhookRoute.findUnique({
    where: { token: opts.token },
    select: { workspaceId: true, connectionId: true, kind: true },
  });
  if (!route || route.kind !== kind) throw notFound();
  const scope = { workspaceId: route.workspaceId, connectionId: route.connectionId };
  const conn = await db.storeConnection.findUnique({
    where: { workspaceId_id: { workspaceId: scope.workspaceId, id: scope.connectionId } },
    select: { secretSealed: true, disconnectedAt: true },
  });
  if (!conn?.secretSealed || conn.disconnectedAt) throw notFound();
  if (kind === "woocommerce" && isWooPing(headers, body)) return { note: "ping" };

  const secret = secretBox().open(conn.secretSealed, scope.connectionId);
  if (!verifyBodySignature(secret, body, headers.get(HEADERS[kind].signature))) {
    throw new AppError("UNAUTHORIZED", "The webhook signature does not match.");
  }
  const topic = (headers.get(HEADERS[kind].topic) ?? "").trim().slice(0, 100);
  const known = kind === "shopify" ? isShopifyTopic(topic) : (WOO_TOPICS as readonly string[]).includes(topic);
  if (!known) return { note: `topic ${topic || "(none)"} ignored` };
  const webhookId = (headers.get(HEADERS[kind].delivery) ?? "").trim();
  if (!webhookId || webhookId.length > 200) throw new AppError("BAD_REQUEST", `The delivery has no ${HEADERS[kind].delivery} header.`);
  let payload: Prisma.InputJsonValue;
  try {
    payload = JSON.parse(new TextDecoder().decode(body)) as Prisma.InputJsonValue;
  } catch {
    throw new AppError("BAD_REQUEST", "The delivery is not JSON.");
  }

  const inserted = await db.webhookEvent.createMany({ data: [{ ...scope, webhookId, topic, payload }], skipDuplicates: true });
  await db.storeConnection.update({
    where: { workspaceId_id: { workspaceId: scope.workspaceId, id: scope.connectionId } },
    data: { lastEventAt: new Date() },
  });
  if (inserted.count === 0) {
    // A replay. Applied already: nothing to do. Not yet (the queue was down): queue it again.
    const ev = await db.webhookEvent.findUnique({
      where: { workspaceId_connectionId_webhookId: { ...scope, webhookId } },
      select: { appliedAt: true },
    });
    if (ev?.appliedAt) return { note: "duplicate" };
  }
  // If the queue is down this throws and the store gets a 5xx and retries; the retry lands above.
  await enqueue(STORE_WEBHOOK_QUEUE, { ...scope, webhookId }, { singletonKey: `${scope.connectionId}:${webhookId}` });
  return { note: inserted.count === 0 ? "requeued" : "queued" };
}

function readEvent(kind: Kind, topic: string, payload: unknown): StoreEvent {
  return kind === "shopify"
    ? readShopifyEvent(topic, payload, env.TRACKING_CLICK_PARAM)
    : readWooEvent(topic, payload, env.TRACKING_CLICK_PARAM);
}

/** Applies one recorded delivery, once. Returns what it did (for tests and the log). */
export async function applyWebhookEvent(ref: { workspaceId: string; connectionId: string; webhookId: string }): Promise<string> {
  const key = { workspaceId_connectionId_webhookId: ref };
  return db.$transaction(async (tx) => {
    // FOR UPDATE: two workers holding the same delivery apply it once.
    const locked = await tx.$queryRaw<{ topic: string; applied: boolean }[]>`
      SELECT "topic", "appliedAt" IS NOT NULL AS applied FROM "WebhookEvent"
      WHERE "workspaceId" = ${ref.workspaceId} AND "connectionId" = ${ref.connectionId} AND "webhookId" = ${ref.webhookId}
      FOR UPDATE`;
    const row = locked[0];
    if (!row) return "missing";
    if (row.applied) return "already applied";
    const ev = await tx.webhookEvent.findUniqueOrThrow({ where: key, select: { payload: true, connection: { select: { kind: true } } } });
    const kind = ev.connection.kind === "woocommerce" ? "woocommerce" : "shopify";
    const event = readEvent(kind, row.topic, ev.payload);
    const scope = { workspaceId: ref.workspaceId, connectionId: ref.connectionId };
    let outcome: string;
    if (event.kind === "order") outcome = `order ${await applyOrder(tx, scope, event.order)}`;
    else if (event.kind === "refund") {
      await applyRefund(tx, scope, event.refund);
      outcome = "refund recorded";
    } else outcome = `ignored: ${event.reason}`;
    await tx.webhookEvent.update({
      where: key,
      data: { appliedAt: new Date(), error: event.kind === "ignore" ? event.reason.slice(0, 500) : null },
    });
    return outcome;
  });
}

/** The job: data is `{ workspaceId, connectionId, webhookId }`. Throws to be retried. */
export async function storeWebhookJob(data: unknown): Promise<void> {
  const d = data as { workspaceId?: unknown; connectionId?: unknown; webhookId?: unknown } | null;
  if (typeof d?.workspaceId !== "string" || typeof d.connectionId !== "string" || typeof d.webhookId !== "string") {
    log.warn("store webhook job without its ids", { data });
    return;
  }
  const outcome = await applyWebhookEvent({ workspaceId: d.workspaceId, connectionId: d.connectionId, webhookId: d.webhookId });
  log.info("store webhook applied", { connectionId: d.connectionId, webhookId: d.webhookId, outcome });
}

export const STORE_WEBHOOK_PURGE_QUEUE = "store-webhook-purge";
/** Applied deliveries are kept this long: stores retry for up to two days, so replays stay caught. */
export const WEBHOOK_RETENTION_DAYS = 30;

/** Across every workspace (unscoped on purpose: installation maintenance): forgets applied deliveries older than the retention. */
export async function unsafePurgeAppliedWebhookEvents(now = Date.now()): Promise<number> {
  const before = new Date(now - WEBHOOK_RETENTION_DAYS * 86_400_000);
  const { count } = await db.webhookEvent.deleteMany({ where: { appliedAt: { lt: before } } });
  return count;
}

/** The daily job. */
export async function storeWebhookPurgeJob(): Promise<void> {
  const count = await unsafePurgeAppliedWebhookEvents();
  if (count > 0) log.info("store webhook deliveries purged", { count });
}
