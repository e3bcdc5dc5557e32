// The workspace's connector accounts: connect (the token is sealed, bound to the row, and never read
// back to a page), replace an expired token, disconnect, list. The refresh job opens the token only
// for the call (lib/connectors/refresh.ts).
import { checkLimit } from "../billing/limits";
import { db } from "../db";
import type { SocialPlatform } from "../db/generated/client";
import { AppError } from "../errors";
import { secretBox } from "../security/secret-box";
import { recordAudit } from "../workspaces/audit";
import type { ConnectConnectorInput, ReplaceConnectorTokenInput } from "./schemas";

/** Accounts for Settings → Connectors: never the token, only the status and what the last sync did. */
export async function listConnectorAccounts(workspaceId: string) {
  return db.connectorAccount.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      platform: true,
      authKind: true,
      externalId: true,
      name: true,
      status: true,
      expiresAt: true,
      lastError: true,
      lastSyncedAt: true,
      retryAfter: true,
      createdAt: true,
      disconnectedAt: true,
      _count: { select: { posts: true } },
    },
  });
}
export type ConnectorAccountRow = Awaited<ReturnType<typeof listConnectorAccounts>>[number];

/** True when the workspace has a live account for the platform (its posts can be fetched). */
export async function hasLiveConnector(workspaceId: string, platform: SocialPlatform): Promise<boolean> {
  const n = await db.connectorAccount.count({
    where: { workspaceId, platform, status: { not: "disconnected" }, tokenSealed: { not: null } },
  });
  return n > 0;
}

export async function connectConnector(opts: { workspaceId: string; actorId: string | null; input: ConnectConnectorInput }) {
  const { workspaceId, input } = opts;
  const box = secretBox();
  return db.$transaction(async (tx) => {
    await checkLimit(tx, workspaceId, "connectors");
    const clash = await tx.connectorAccount.findFirst({
      where: { workspaceId, platform: input.platform, externalId: input.externalId, status: { not: "disconnected" } },
      select: { id: true },
    });
    if (clash)
      throw new AppError(
        "CONFLICT",
        input.platform === "youtube"
          ? "YouTube is already connected. Replace its token, or disconnect it first."
          : "This Instagram account is already connected. Replace its token, or disconnect it first.",
      );
    const row = await tx.connectorAccount.create({
      data: {
        workspaceId,
        platform: input.platform,
        authKind: input.authKind,
        externalId: input.externalId,
        name: input.name,
        expiresAt: input.expiresAt,
        createdById: opts.actorId,
      },
      select: { id: true },
    });
    await tx.connectorAccount.update({
      where: { workspaceId_id: { workspaceId, id: row.id } },
      data: { tokenSealed: box.seal(input.token, row.id) },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "connectors.account_connected",
      targetType: "connector_account",
      targetId: row.id,
      metadata: { platform: input.platform, name: input.name },
    });
    return { id: row.id };
  });
}

/** A new token for a live account (after it expired): the account is connected again and its backoff forgotten. */
export async function replaceConnectorToken(opts: { workspaceId: string; actorId: string | null; input: ReplaceConnectorTokenInput }) {
  const { workspaceId, input } = opts;
  const box = secretBox();
  return db.$transaction(async (tx) => {
    const a = await tx.connectorAccount.findFirst({
      where: { workspaceId, id: input.accountId, status: { not: "disconnected" } },
      select: { id: true, name: true },
    });
    if (!a) throw new AppError("NOT_FOUND", "Connector not found.");
    await tx.connectorAccount.update({
      where: { workspaceId_id: { workspaceId, id: a.id } },
      data: {
        tokenSealed: box.seal(input.token, a.id),
        expiresAt: input.expiresAt,
        status: "connected",
        lastError: null,
        retryAfter: null,
        failures: 0,
      },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "connectors.token_replaced",
      targetType: "connector_account",
      targetId: a.id,
      metadata: { name: a.name },
    });
    return { id: a.id };
  });
}

/** Stops fetching and forgets the token; the snapshots already fetched stay. */
export async function disconnectConnector(opts: { workspaceId: string; actorId: string | null; accountId: string }) {
  const { workspaceId, accountId } = opts;
  return db.$transaction(async (tx) => {
    const a = await tx.connectorAccount.findFirst({
      where: { workspaceId, id: accountId, status: { not: "disconnected" } },
      select: { id: true, name: true, platform: true },
    });
    if (!a) throw new AppError("NOT_FOUND", "Connector not found.");
    await tx.connectorAccount.update({
      where: { workspaceId_id: { workspaceId, id: accountId } },
      data: { status: "disconnected", disconnectedAt: new Date(), tokenSealed: null, refreshSealed: null, retryAfter: null },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "connectors.account_disconnected",
      targetType: "connector_account",
      targetId: accountId,
      metadata: { platform: a.platform, name: a.name },
    });
    return { id: accountId };
  });
}
