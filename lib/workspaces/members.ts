// Members: list, change role, remove, leave. A workspace always keeps at least one owner; only an
// owner can make or unmake owners.
import { assignableRoles, type Role } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "./audit";

export async function listMembers(workspaceId: string) {
  const rows = await db.membership.findMany({
    where: { workspaceId },
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ userId: r.user.id, email: r.user.email, name: r.user.name, role: r.role as Role, joinedAt: r.createdAt }));
}

async function ownerCount(tx: Pick<typeof db, "membership">, workspaceId: string) {
  return tx.membership.count({ where: { workspaceId, role: "owner" } });
}

async function targetMembership(workspaceId: string, userId: string) {
  const m = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } });
  if (!m) throw new AppError("NOT_FOUND", "Member not found.");
  return m.role as Role;
}

export async function changeMemberRole(opts: { workspaceId: string; actorId: string; actorRole: Role; userId: string; role: Role }) {
  const current = await targetMembership(opts.workspaceId, opts.userId);
  if (current === opts.role) return;
  const allowed = assignableRoles(opts.actorRole);
  if (!allowed.includes(opts.role) || (current === "owner" && opts.actorRole !== "owner")) {
    throw new AppError("FORBIDDEN", "Only an owner can make or change owners.");
  }
  await db.$transaction(async (tx) => {
    // Lock the owner rows so two concurrent demotions can't both see "another owner remains", then
    // re-read the target's role under the lock (it may have been promoted meanwhile).
    await tx.$queryRaw`SELECT 1 FROM "Membership" WHERE "workspaceId" = ${opts.workspaceId} AND role = 'owner' FOR UPDATE`;
    const locked = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: opts.workspaceId, userId: opts.userId } },
      select: { role: true },
    });
    if (!locked) throw new AppError("NOT_FOUND", "Member not found.");
    if (locked.role === "owner" && opts.actorRole !== "owner") throw new AppError("FORBIDDEN", "Only an owner can make or change owners.");
    if (locked.role === "owner" && (await ownerCount(tx, opts.workspaceId)) <= 1) {
      throw new AppError("CONFLICT", "A workspace needs at least one owner. Make someone else an owner first.");
    }
    await tx.membership.update({
      where: { workspaceId_userId: { workspaceId: opts.workspaceId, userId: opts.userId } },
      data: { role: opts.role },
    });
    await recordAudit(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: "member.role_changed",
      targetType: "user",
      targetId: opts.userId,
      metadata: { from: locked.role, to: opts.role },
    });
  });
}

export async function removeMember(opts: { workspaceId: string; actorId: string; actorRole: Role; userId: string }) {
  const current = await targetMembership(opts.workspaceId, opts.userId);
  if (current === "owner" && opts.actorRole !== "owner") throw new AppError("FORBIDDEN", "Only an owner can remove an owner.");
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Membership" WHERE "workspaceId" = ${opts.workspaceId} AND role = 'owner' FOR UPDATE`;
    if (current === "owner" && (await ownerCount(tx, opts.workspaceId)) <= 1) {
      throw new AppError("CONFLICT", "A workspace needs at least one owner.");
    }
    await tx.membership.delete({ where: { workspaceId_userId: { workspaceId: opts.workspaceId, userId: opts.userId } } });
    await tx.user.updateMany({ where: { id: opts.userId, lastWorkspaceId: opts.workspaceId }, data: { lastWorkspaceId: null } });
    await recordAudit(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: opts.actorId === opts.userId ? "member.left" : "member.removed",
      targetType: "user",
      targetId: opts.userId,
      metadata: { role: current },
    });
  });
}

export async function leaveWorkspace(opts: { workspaceId: string; userId: string; role: Role }) {
  if (opts.role === "owner") {
    const owners = await ownerCount(db, opts.workspaceId);
    if (owners <= 1)
      throw new AppError("CONFLICT", "You are the last owner. Make someone else an owner before you leave, or delete the workspace.");
  }
  // Leaving is removing yourself; removeMember still refuses to drop the last owner.
  await removeMember({ workspaceId: opts.workspaceId, actorId: opts.userId, actorRole: "owner", userId: opts.userId });
}
