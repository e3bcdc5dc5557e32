// API keys of a workspace: create (the secret is returned once), list, revoke, and the lookup the
// public API's gate uses. Every query on ApiKey carries the workspace except `unsafeFindApiKeyByLookupId`,
// the gate's lookup by the key's own public part.
import { z } from "zod";

import type { Role } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../workspaces/audit";
import { API_SCOPES, isApiScope, roleAllowsScope, type ApiScope } from "./scopes";
import { displayPrefix, newApiKeySecret } from "./secret";

const DAY = 86_400_000;
/** Most keys a workspace may hold (revoked ones included): enough for any stack, bounded. */
export const MAX_KEYS_PER_WORKSPACE = 50;

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters"),
  scopes: z
    .array(z.string().refine(isApiScope, "Unknown scope"))
    .min(1, "Choose at least one scope")
    .max(API_SCOPES.length)
    .transform((s) => [...new Set(s)] as ApiScope[]),
  /** Days until the key expires; empty for a key that does not expire. */
  expiresInDays: z.union([z.literal("").transform(() => null), z.coerce.number().int().min(1).max(3650), z.null()]).optional(),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const apiKeyIdSchema = z.object({ apiKeyId: z.string().min(1).max(60) });

export async function createApiKey(opts: {
  workspaceId: string;
  actorId: string;
  actorRole: Role;
  input: z.output<typeof createApiKeySchema>;
  now?: Date;
}) {
  const { workspaceId, input } = opts;
  const beyond = input.scopes.filter((s) => !roleAllowsScope(opts.actorRole, s));
  if (beyond.length > 0)
    throw new AppError("FORBIDDEN", `Your role can't give a key these scopes: ${beyond.join(", ")}.`, {
      fieldErrors: { scopes: ["Choose only scopes your role allows"] },
    });
  const count = await db.apiKey.count({ where: { workspaceId } });
  if (count >= MAX_KEYS_PER_WORKSPACE) throw new AppError("CONFLICT", `A workspace can hold at most ${MAX_KEYS_PER_WORKSPACE} keys.`);
  const now = opts.now ?? new Date();
  const secret = newApiKeySecret();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY) : null;
  return db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: {
        workspaceId,
        name: input.name,
        lookupId: secret.lookupId,
        secretHash: secret.secretHash,
        scopes: input.scopes,
        createdById: opts.actorId,
        expiresAt,
      },
      select: { id: true, name: true, scopes: true, expiresAt: true },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "api_key.created",
      targetType: "api_key",
      targetId: row.id,
      metadata: { name: row.name, scopes: row.scopes, expiresAt: expiresAt?.toISOString() ?? null },
    });
    // The only time the key's text leaves the server.
    return { ...row, key: secret.key };
  });
}

export async function listApiKeys(workspaceId: string) {
  const rows = await db.apiKey.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      lookupId: true,
      scopes: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      createdById: true,
    },
  });
  const creators = await db.user.findMany({
    where: { id: { in: rows.flatMap((r) => (r.createdById ? [r.createdById] : [])) }, memberships: { some: { workspaceId } } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(creators.map((u) => [u.id, u.name ?? u.email]));
  return rows.map(({ lookupId, createdById, ...r }) => ({
    ...r,
    prefix: displayPrefix(lookupId),
    createdBy: createdById ? (byId.get(createdById) ?? "A former member") : null,
  }));
}
export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];

export async function revokeApiKey(opts: { workspaceId: string; actorId: string; apiKeyId: string }) {
  const { workspaceId, apiKeyId } = opts;
  await db.$transaction(async (tx) => {
    const res = await tx.apiKey.updateMany({ where: { workspaceId, id: apiKeyId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (res.count === 0) {
      const exists = await tx.apiKey.count({ where: { workspaceId, id: apiKeyId } });
      if (!exists) throw new AppError("NOT_FOUND", "API key not found.");
      return; // already revoked: nothing to do
    }
    const key = await tx.apiKey.findUnique({ where: { workspaceId_id: { workspaceId, id: apiKeyId } }, select: { name: true } });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "api_key.revoked",
      targetType: "api_key",
      targetId: apiKeyId,
      metadata: { name: key?.name ?? null },
    });
  });
}

/** The gate's lookup by the key's public lookup id: deliberately not scoped by a workspace (there is none yet). */
export function unsafeFindApiKeyByLookupId(lookupId: string) {
  return db.apiKey.findUnique({
    where: { lookupId },
    select: {
      id: true,
      workspaceId: true,
      secretHash: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      createdById: true,
      workspace: { select: { id: true, slug: true, name: true, plan: true, timeZone: true } },
    },
  });
}

/** Records a use at most once a minute per key, so a busy key doesn't write on every request. */
export async function touchApiKey(key: { workspaceId: string; id: string; lastUsedAt: Date | null }, now = new Date()): Promise<void> {
  if (key.lastUsedAt && now.getTime() - key.lastUsedAt.getTime() < 60_000) return;
  await db.apiKey.updateMany({
    where: {
      workspaceId: key.workspaceId,
      id: key.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }],
    },
    data: { lastUsedAt: now },
  });
}
