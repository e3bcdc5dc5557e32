// Workspace lifecycle: create, list, rename / change slug, delete, remember the last one used.
import { refreshLiveDays } from "../analytics/rollup-write";
import { cancelSubscriptionsForDeletion } from "../billing/cancel";
import { db } from "../db";
import { AppError } from "../errors";
import { purgeObjects } from "../storage";
import { DEFAULT_TIME_ZONE } from "../time-zone";
import { dropCodesOfWorkspace, forgetCodes } from "../tracking/codes";
import { RESERVED_SLUGS } from "../validation";
import { recordAudit } from "./audit";
import { slugify } from "./schemas";

function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === "P2002";
}

async function freeSlug(base: string): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const candidate = i === 0 ? base : `${base.slice(0, 44)}-${i + 1}`;
    if (RESERVED_SLUGS.has(candidate)) continue;
    const taken = await db.workspace.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (!taken) return candidate;
  }
  return `${base.slice(0, 40)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function createWorkspace(opts: { userId: string; name: string; slug?: string; timeZone?: string }) {
  const slug = opts.slug ?? (await freeSlug(slugify(opts.name)));
  try {
    return await db.$transaction(async (tx) => {
      const ws = await tx.workspace.create({
        data: { name: opts.name, slug, timeZone: opts.timeZone ?? DEFAULT_TIME_ZONE },
        select: { id: true, slug: true, name: true, timeZone: true },
      });
      await tx.membership.create({ data: { workspaceId: ws.id, userId: opts.userId, role: "owner" } });
      await recordAudit(tx, {
        workspaceId: ws.id,
        actorId: opts.userId,
        action: "workspace.created",
        targetType: "workspace",
        targetId: ws.id,
        metadata: { name: ws.name, slug, timeZone: ws.timeZone },
      });
      await tx.user.update({ where: { id: opts.userId }, data: { lastWorkspaceId: ws.id } });
      return ws;
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "That address is already taken.", { fieldErrors: { slug: ["That address is already taken"] } });
    throw e;
  }
}

export async function updateWorkspace(opts: { workspaceId: string; actorId: string; name?: string; slug?: string; timeZone?: string }) {
  const current = await db.workspace.findUnique({ where: { id: opts.workspaceId }, select: { name: true, slug: true, timeZone: true } });
  if (!current) throw new AppError("NOT_FOUND", "Workspace not found.");
  try {
    return await db.$transaction(async (tx) => {
      const ws = await tx.workspace.update({
        where: { id: opts.workspaceId },
        data: {
          ...(opts.name ? { name: opts.name } : {}),
          ...(opts.slug ? { slug: opts.slug } : {}),
          ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
        },
        select: { id: true, slug: true, name: true, timeZone: true },
      });
      if (ws.timeZone !== current.timeZone) await refreshLiveDays(tx, ws.id); // analytics' days are the workspace's
      await recordAudit(tx, {
        workspaceId: ws.id,
        actorId: opts.actorId,
        action: "workspace.updated",
        targetType: "workspace",
        targetId: ws.id,
        metadata: { before: current, after: { name: ws.name, slug: ws.slug, timeZone: ws.timeZone } },
      });
      return ws;
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "That address is already taken.", { fieldErrors: { slug: ["That address is already taken"] } });
    throw e;
  }
}

/** Deletes the workspace and everything in it, uploaded files included. The caller must type the slug to confirm. */
export async function deleteWorkspace(opts: { workspaceId: string; slug: string; confirm: string; actorId?: string | null }) {
  if (opts.confirm.trim() !== opts.slug) {
    throw new AppError("BAD_REQUEST", `Type "${opts.slug}" to confirm.`, { fieldErrors: { confirm: [`Type "${opts.slug}" to confirm`] } });
  }
  // Billing on: the subscription is cancelled at Stripe first, or nothing is deleted (lib/billing/cancel.ts).
  await cancelSubscriptionsForDeletion({ workspaceId: opts.workspaceId, actorId: opts.actorId ?? null });
  const files = await db.storedFile.findMany({
    where: { workspaceId: opts.workspaceId },
    select: { storageKey: true, thumbnailKey: true },
  });
  const codes = await db.$transaction(async (tx) => {
    // Global tracking codes have no foreign key to cascade along (lib/tracking/codes.ts).
    const dropped = await dropCodesOfWorkspace(tx, opts.workspaceId);
    await tx.user.updateMany({ where: { lastWorkspaceId: opts.workspaceId }, data: { lastWorkspaceId: null } });
    await tx.workspace.delete({ where: { id: opts.workspaceId } });
    return dropped;
  });
  forgetCodes(codes);
  // After the commit: the rows (cascaded) are gone, so nothing can point at the objects any more.
  await purgeObjects(files.flatMap((f) => (f.thumbnailKey ? [f.storageKey, f.thumbnailKey] : [f.storageKey])));
}

/** The workspace's IANA time zone ("UTC" if the workspace is gone: callers then find nothing else either). */
export async function workspaceTimeZone(workspaceId: string): Promise<string> {
  const ws = await db.workspace.findUnique({ where: { id: workspaceId }, select: { timeZone: true } });
  return ws?.timeZone ?? DEFAULT_TIME_ZONE;
}

export async function rememberWorkspace(userId: string, workspaceId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId, NOT: { lastWorkspaceId: workspaceId } }, data: { lastWorkspaceId: workspaceId } });
}

/** Where "/app" should take a user: the last workspace used, else the first, else null (onboarding). */
export async function homeWorkspaceSlug(userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { lastWorkspaceId: true } });
  if (user?.lastWorkspaceId) {
    const m = await db.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: user.lastWorkspaceId, userId } },
      select: { workspace: { select: { slug: true } } },
    });
    if (m) return m.workspace.slug;
  }
  const first = await db.membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { workspace: { select: { slug: true } } },
  });
  return first?.workspace.slug ?? null;
}
