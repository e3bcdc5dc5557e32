// Invitations by email link: a 256-bit token whose SHA-256 alone is stored; 7 days; single use;
// revocable; bound to the invited email, and accepted only by an account that has verified it.
// Sending is rate limited per workspace, per inviter and per recipient (lib/rate-limit.ts), so the
// app can't be used to mail arbitrary addresses in bulk.
import type { Role } from "../auth/permissions";
import { assignableRoles } from "../auth/permissions";
import { checkLimit } from "../billing/limits";
import { db } from "../db";
import { sendEmail, simpleHtml } from "../email/send";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { enforceRateLimits, RATE_LIMITS } from "../rate-limit";
import { hashToken, looksLikeToken, newToken } from "../tokens";
import { recordAudit } from "./audit";

export const INVITATION_TTL_DAYS = 7;

export async function listPendingInvitations(workspaceId: string, now = new Date()) {
  return db.invitation.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export async function createInvitation(opts: {
  workspace: { id: string; name: string };
  actor: { id: string; email: string; name: string | null };
  actorRole: Role;
  email: string;
  role: Role;
}): Promise<{ invitationId: string; url: string }> {
  if (!assignableRoles(opts.actorRole).includes(opts.role)) {
    throw new AppError("FORBIDDEN", "Only an owner can invite owners.", { fieldErrors: { role: ["Only an owner can invite owners"] } });
  }
  const existingMember = await db.membership.findFirst({
    where: { workspaceId: opts.workspace.id, user: { email: opts.email } },
    select: { userId: true },
  });
  if (existingMember) {
    throw new AppError("CONFLICT", `${opts.email} is already a member.`, {
      fieldErrors: { email: ["Already a member of this workspace"] },
    });
  }
  // Counted only for invitations that will be sent; a refused one sends nothing and stores nothing.
  await enforceRateLimits([
    [RATE_LIMITS.inviteWorkspaceHour, opts.workspace.id],
    [RATE_LIMITS.inviteWorkspaceDay, opts.workspace.id],
    [RATE_LIMITS.inviteUserHour, opts.actor.id],
    [RATE_LIMITS.inviteUserDay, opts.actor.id],
    [RATE_LIMITS.inviteRecipientDay, opts.email],
  ]);
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000);
  const invitation = await db.$transaction(async (tx) => {
    // A new invitation replaces any pending one for the same email.
    await tx.invitation.updateMany({
      where: { workspaceId: opts.workspace.id, email: opts.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await checkLimit(tx, opts.workspace.id, "seats");
    const inv = await tx.invitation.create({
      data: { workspaceId: opts.workspace.id, email: opts.email, role: opts.role, tokenHash, invitedById: opts.actor.id, expiresAt },
      select: { id: true },
    });
    await recordAudit(tx, {
      workspaceId: opts.workspace.id,
      actorId: opts.actor.id,
      action: "invitation.created",
      targetType: "invitation",
      targetId: inv.id,
      metadata: { email: opts.email, role: opts.role },
    });
    return inv;
  });
  const url = `${appUrl()}/invite/${token}`;
  const inviter = opts.actor.name ?? opts.actor.email;
  await sendEmail({
    to: opts.email,
    subject: `${inviter} invited you to ${opts.workspace.name}`,
    text: `${inviter} invited you to join the workspace "${opts.workspace.name}" as ${opts.role}.\n\nAccept the invitation: ${url}\n\nThe link works once and expires in ${INVITATION_TTL_DAYS} days. If you didn't expect it, ignore this email.`,
    html: simpleHtml(
      [
        `${inviter} invited you to join the workspace "${opts.workspace.name}" as ${opts.role}.`,
        `The link works once and expires in ${INVITATION_TTL_DAYS} days. If you didn't expect it, ignore this email.`,
      ],
      { label: "Accept invitation", url },
    ),
  });
  return { invitationId: invitation.id, url };
}

export async function revokeInvitation(opts: { workspaceId: string; actorId: string; invitationId: string }) {
  const res = await db.invitation.updateMany({
    where: { workspaceId: opts.workspaceId, id: opts.invitationId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (res.count === 0) throw new AppError("NOT_FOUND", "Invitation not found or no longer pending.");
  await recordAudit(db, {
    workspaceId: opts.workspaceId,
    actorId: opts.actorId,
    action: "invitation.revoked",
    targetType: "invitation",
    targetId: opts.invitationId,
  });
}

/**
 * Looks an invitation up by its token alone, across workspaces: the token is the credential.
 * Deliberately unscoped; callers must check the state before acting on it.
 */
export async function unsafeFindInvitationByToken(token: string) {
  if (!looksLikeToken(token)) return null;
  return db.invitation.findFirst({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      workspaceId: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { name: true, slug: true } },
    },
  });
}

export type InvitationState = "valid" | "expired" | "used" | "revoked" | "unknown";

export function invitationState(inv: Awaited<ReturnType<typeof unsafeFindInvitationByToken>>, now = new Date()): InvitationState {
  if (!inv) return "unknown";
  if (inv.acceptedAt) return "used";
  if (inv.revokedAt) return "revoked";
  if (inv.expiresAt <= now) return "expired";
  return "valid";
}

const STATE_MESSAGES: Record<Exclude<InvitationState, "valid">, string> = {
  unknown: "This invitation link is not valid.",
  used: "This invitation has already been used.",
  revoked: "This invitation was withdrawn. Ask for a new one.",
  expired: "This invitation has expired. Ask for a new one.",
};

export async function acceptInvitation(opts: { token: string; user: { id: string; email: string } }): Promise<{ workspaceSlug: string }> {
  const inv = await unsafeFindInvitationByToken(opts.token);
  const state = invitationState(inv);
  if (state !== "valid" || !inv)
    throw new AppError(state === "unknown" ? "NOT_FOUND" : "GONE", STATE_MESSAGES[state as Exclude<InvitationState, "valid">]);
  if (inv.email.toLowerCase() !== opts.user.email.toLowerCase()) {
    throw new AppError("FORBIDDEN", `This invitation was sent to ${inv.email}. Sign in with that email to accept it.`);
  }
  // The invitation is bound to an address, so only someone who has proven they read that mailbox
  // may take it (an account whose address is unverified proves nothing).
  const account = await db.user.findUnique({ where: { id: opts.user.id }, select: { emailVerified: true } });
  if (!account?.emailVerified) {
    throw new AppError("FORBIDDEN", "Confirm your email address before accepting an invitation.");
  }
  await db.$transaction(async (tx) => {
    // Single use even under concurrency: only one transaction flips acceptedAt from null.
    const claimed = await tx.invitation.updateMany({
      where: { workspaceId: inv.workspaceId, id: inv.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1) throw new AppError("GONE", STATE_MESSAGES.used);
    const existing = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: inv.workspaceId, userId: opts.user.id } },
      select: { role: true },
    });
    if (!existing) {
      await tx.membership.create({ data: { workspaceId: inv.workspaceId, userId: opts.user.id, role: inv.role } });
    }
    await tx.user.update({ where: { id: opts.user.id }, data: { lastWorkspaceId: inv.workspaceId } });
    await recordAudit(tx, {
      workspaceId: inv.workspaceId,
      actorId: opts.user.id,
      action: "invitation.accepted",
      targetType: "invitation",
      targetId: inv.id,
      metadata: { role: inv.role, alreadyMember: Boolean(existing) },
    });
  });
  return { workspaceSlug: inv.workspace.slug };
}
