// Settings → Webhooks: a workspace's endpoints (create with a secret shown once, edit, rotate the
// secret, delete), their delivery log and a manual redelivery. Every query carries the workspace; an
// endpoint or delivery of another workspace is NOT_FOUND. The secret is sealed with the installation's
// secret box, bound to the endpoint id, exactly as store secrets are (conversions/connections.ts).
import { db } from "../db";
import { AppError } from "../errors";
import { secretBox } from "../security/secret-box";
import { recordAudit } from "../workspaces/audit";
import { checkDestination, type Resolver } from "./outbound";
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from "./schemas";
import { newSigningSecret } from "./signing";

export const MAX_ENDPOINTS = 20;
export const DELIVERY_LOG_SIZE = 50;
/**
 * After a rotation the old secret keeps signing for 24 hours beside the new one (Standard Webhooks:
 * several space-separated "v1," signatures, the receiver accepts any that matches), so receivers can
 * switch without dropping a delivery. Rotating again within the window ends the older secret at once.
 */
export const SECRET_GRACE_MS = 24 * 60 * 60 * 1000;

const ENDPOINT_SELECT = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  secretRotatedAt: true,
  previousSecretExpiresAt: true,
  failingSince: true,
  consecutiveFailures: true,
  disabledAt: true,
  disabledReason: true,
  createdAt: true,
} as const;

/** The endpoints of the workspace, newest first: never the secret. */
export async function listEndpoints(workspaceId: string) {
  return db.webhookEndpoint.findMany({ where: { workspaceId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: ENDPOINT_SELECT });
}
export type EndpointRow = Awaited<ReturnType<typeof listEndpoints>>[number];

/** The latest deliveries of the workspace's endpoints (DELIVERY_LOG_SIZE each at most), newest first. */
export async function listDeliveries(workspaceId: string, endpointIds: readonly string[]) {
  const rows = await Promise.all(
    endpointIds.map((endpointId) =>
      db.webhookDelivery.findMany({
        where: { workspaceId, endpointId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: DELIVERY_LOG_SIZE,
        select: {
          id: true,
          endpointId: true,
          eventId: true,
          status: true,
          attempts: true,
          nextAttemptAt: true,
          lastAttemptAt: true,
          responseStatus: true,
          durationMs: true,
          error: true,
          redelivery: true,
          createdAt: true,
          event: { select: { type: true } },
        },
      }),
    ),
  );
  return rows.flat();
}
export type DeliveryRow = Awaited<ReturnType<typeof listDeliveries>>[number];

type Actor = { workspaceId: string; actorId: string | null };
/** The URL check's resolver and loopback switch (tests; the app uses DNS and WEBHOOKS_ALLOW_PRIVATE). */
type CheckOptions = { resolve?: Resolver; allowLoopback?: boolean };

/** Creates an endpoint; returns its signing secret, which is never shown again. */
export async function createEndpoint(opts: Actor & { input: CreateWebhookEndpointInput } & CheckOptions) {
  const { workspaceId, input } = opts;
  await checkDestination(input.url, { resolve: opts.resolve, allowLoopback: opts.allowLoopback });
  const box = secretBox();
  const secret = newSigningSecret();
  return db.$transaction(async (tx) => {
    const count = await tx.webhookEndpoint.count({ where: { workspaceId } });
    if (count >= MAX_ENDPOINTS)
      throw new AppError("CONFLICT", `A workspace has at most ${MAX_ENDPOINTS} webhook endpoints. Delete one first.`);
    const row = await tx.webhookEndpoint.create({
      data: {
        workspaceId,
        url: input.url,
        description: input.description,
        events: input.events,
        secretSealed: "",
        createdById: opts.actorId,
      },
      select: { id: true },
    });
    await tx.webhookEndpoint.update({
      where: { workspaceId_id: { workspaceId, id: row.id } },
      data: { secretSealed: box.seal(secret, row.id) },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "webhooks.endpoint_created",
      targetType: "webhook_endpoint",
      targetId: row.id,
      metadata: { url: input.url, events: input.events },
    });
    return { id: row.id, secret };
  });
}

async function findEndpoint(workspaceId: string, endpointId: string) {
  const e = await db.webhookEndpoint.findFirst({ where: { workspaceId, id: endpointId }, select: { id: true, url: true, enabled: true } });
  if (!e) throw new AppError("NOT_FOUND", "Webhook endpoint not found.");
  return e;
}

/** Changes the URL, description, events or enabled flag. Enabling again clears the failure record. */
export async function updateEndpoint(opts: Actor & { input: UpdateWebhookEndpointInput } & CheckOptions) {
  const { workspaceId, input } = opts;
  const current = await findEndpoint(workspaceId, input.endpointId);
  if (input.url !== current.url) await checkDestination(input.url, { resolve: opts.resolve, allowLoopback: opts.allowLoopback });
  const reEnabled = input.enabled && !current.enabled;
  await db.$transaction(async (tx) => {
    const moved = await tx.webhookEndpoint.updateMany({
      where: { workspaceId, id: input.endpointId },
      data: {
        url: input.url,
        description: input.description,
        events: input.events,
        enabled: input.enabled,
        ...(reEnabled ? { failingSince: null, consecutiveFailures: 0, disabledAt: null, disabledReason: null } : {}),
      },
    });
    if (moved.count !== 1) throw new AppError("NOT_FOUND", "Webhook endpoint not found.");
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "webhooks.endpoint_updated",
      targetType: "webhook_endpoint",
      targetId: input.endpointId,
      metadata: { url: input.url, events: input.events, enabled: input.enabled },
    });
  });
  return { id: input.endpointId };
}

/**
 * A new secret for the endpoint, returned once. The old one signs beside it until
 * `previousSecretExpiresAt` (SECRET_GRACE_MS after now), then stops.
 */
export async function rotateEndpointSecret(opts: Actor & { endpointId: string; now?: Date }) {
  const { workspaceId, endpointId } = opts;
  const now = opts.now ?? new Date();
  await findEndpoint(workspaceId, endpointId);
  const secret = newSigningSecret();
  const previousSecretExpiresAt = new Date(now.getTime() + SECRET_GRACE_MS);
  await db.$transaction(async (tx) => {
    const current = await tx.webhookEndpoint.findUnique({
      where: { workspaceId_id: { workspaceId, id: endpointId } },
      select: { secretSealed: true, url: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "Webhook endpoint not found.");
    // The sealed value is bound to the endpoint id, so it moves to the previous slot as it is.
    const moved = await tx.webhookEndpoint.updateMany({
      where: { workspaceId, id: endpointId, secretSealed: current.secretSealed },
      data: {
        secretSealed: secretBox().seal(secret, endpointId),
        secretRotatedAt: now,
        previousSecretSealed: current.secretSealed,
        previousSecretExpiresAt,
      },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", "The secret was just rotated by someone else. Reload and try again.");
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "webhooks.secret_rotated",
      targetType: "webhook_endpoint",
      targetId: endpointId,
      metadata: { url: current.url, previousSecretExpiresAt: previousSecretExpiresAt.toISOString() },
    });
  });
  return { id: endpointId, secret, previousSecretExpiresAt };
}

/** Deletes the endpoint and its delivery log. */
export async function deleteEndpoint(opts: Actor & { endpointId: string }) {
  const { workspaceId, endpointId } = opts;
  const e = await findEndpoint(workspaceId, endpointId);
  await db.$transaction(async (tx) => {
    await tx.webhookEndpoint.deleteMany({ where: { workspaceId, id: endpointId } });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "webhooks.endpoint_deleted",
      targetType: "webhook_endpoint",
      targetId: endpointId,
      metadata: { url: e.url },
    });
  });
  return { id: endpointId };
}

/** Sends a delivery's event to its endpoint again (a new delivery, same webhook-id), within a minute. */
export async function redeliver(opts: Actor & { deliveryId: string; now?: Date }) {
  const { workspaceId } = opts;
  const d = await db.webhookDelivery.findFirst({
    where: { workspaceId, id: opts.deliveryId },
    select: { endpointId: true, eventId: true, endpoint: { select: { enabled: true } } },
  });
  if (!d) throw new AppError("NOT_FOUND", "Delivery not found.");
  if (!d.endpoint.enabled) throw new AppError("CONFLICT", "This endpoint is disabled. Enable it first, then redeliver.");
  return db.$transaction(async (tx) => {
    const row = await tx.webhookDelivery.create({
      data: { workspaceId, endpointId: d.endpointId, eventId: d.eventId, redelivery: true, nextAttemptAt: opts.now ?? new Date() },
      select: { id: true },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "webhooks.redelivered",
      targetType: "webhook_endpoint",
      targetId: d.endpointId,
      metadata: { deliveryId: opts.deliveryId, eventId: d.eventId },
    });
    return { id: row.id };
  });
}
