// Store connections of a workspace: connect (the secret is sealed and never read back to a page),
// list, disconnect, and the CSV uploads' own connection.
import { randomBytes } from "node:crypto";

import { checkLimit } from "../billing/limits";
import { db } from "../db";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { secretBox } from "../security/secret-box";
import { recordAudit } from "../workspaces/audit";
import type { ConnectStoreInput } from "./schemas";

export function webhookUrl(kind: "shopify" | "woocommerce", token: string): string {
  return `${appUrl()}/api/webhooks/${kind}/${token}`;
}

/** Connections for the Settings → Stores page: never the secret, only whether one is set. */
export async function listConnections(workspaceId: string) {
  const rows = await db.storeConnection.findMany({
    where: { workspaceId, kind: { not: "csv" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      name: true,
      shopDomain: true,
      webhookToken: true,
      createdAt: true,
      lastEventAt: true,
      disconnectedAt: true,
      _count: { select: { conversions: true } },
    },
  });
  return rows.map(({ webhookToken, _count, ...r }) => ({
    ...r,
    orders: _count.conversions,
    webhookUrl: webhookToken && !r.disconnectedAt && r.kind !== "csv" ? webhookUrl(r.kind, webhookToken) : null,
  }));
}
export type ConnectionRow = Awaited<ReturnType<typeof listConnections>>[number];

export async function connectStore(opts: { workspaceId: string; actorId: string | null; input: ConnectStoreInput }) {
  const { workspaceId, input } = opts;
  const box = secretBox();
  const token = randomBytes(24).toString("base64url");
  return db.$transaction(async (tx) => {
    await checkLimit(tx, workspaceId, "connectors");
    const row = await tx.storeConnection.create({
      data: {
        workspaceId,
        kind: input.kind,
        name: input.name,
        shopDomain: input.shopDomain ?? null,
        webhookToken: token,
        createdById: opts.actorId,
      },
      select: { id: true },
    });
    await tx.storeConnection.update({
      where: { workspaceId_id: { workspaceId, id: row.id } },
      data: { secretSealed: box.seal(input.secret, row.id) },
    });
    await tx.storeWebhookRoute.create({ data: { token, workspaceId, connectionId: row.id, kind: input.kind } });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "conversions.store_connected",
      targetType: "store_connection",
      targetId: row.id,
      metadata: { kind: input.kind, name: input.name },
    });
    return { id: row.id, webhookUrl: webhookUrl(input.kind, token) };
  });
}

/** Stops the webhooks (the URL answers 404) and forgets the secret; the orders stay. */
export async function disconnectStore(opts: { workspaceId: string; actorId: string | null; connectionId: string }) {
  const { workspaceId, connectionId } = opts;
  return db.$transaction(async (tx) => {
    const c = await tx.storeConnection.findFirst({
      where: { workspaceId, id: connectionId, kind: { not: "csv" }, disconnectedAt: null },
      select: { id: true, name: true },
    });
    if (!c) throw new AppError("NOT_FOUND", "Store connection not found.");
    await tx.storeWebhookRoute.deleteMany({ where: { workspaceId, connectionId } });
    await tx.storeConnection.update({
      where: { workspaceId_id: { workspaceId, id: connectionId } },
      data: { disconnectedAt: new Date(), secretSealed: null, webhookToken: null },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "conversions.store_disconnected",
      targetType: "store_connection",
      targetId: connectionId,
      metadata: { name: c.name },
    });
    return { id: connectionId };
  });
}

export const CSV_CONNECTION_ID = "csv";

/** The workspace's one "CSV uploads" connection (fixed id, made on first use): re-imports update its orders. */
export async function csvConnection(workspaceId: string): Promise<string> {
  await db.storeConnection.upsert({
    where: { workspaceId_id: { workspaceId, id: CSV_CONNECTION_ID } },
    create: { workspaceId, id: CSV_CONNECTION_ID, kind: "csv", name: "CSV uploads" },
    update: {},
    select: { id: true },
  });
  return CSV_CONNECTION_ID;
}
