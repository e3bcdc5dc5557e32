// Portal invite links: one per collaboration. A 256-bit token whose SHA-256 alone is stored; an
// expiry (default: 30 days after the campaign ends, see invite-expiry.ts); revocable; re-issuing
// replaces the old link. The token is returned once, to the brand member who asked for it, and never
// logged.
import { db } from "../db";
import { sendEmail, simpleHtml } from "../email/send";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { formatDay, zonedDay } from "../time-zone";
import { newToken } from "../tokens";
import { recordAudit } from "../workspaces/audit";
import { inviteExpiry } from "./invite-expiry";

/**
 * The link an influencer receives: the portal page itself, so that opening it on a phone costs one
 * request rather than a redirect first. Links in the older short form `/i/<token>` still work: that
 * route checks the token and redirects here.
 */
export function portalUrl(token: string): string {
  return `${appUrl()}/i/${token}/portal`;
}

export async function issueInvite(opts: {
  workspaceId: string;
  actorId: string;
  collaborationId: string;
  expiresInDays?: number;
  email?: boolean;
}) {
  const c = await db.collaboration.findUnique({
    where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.collaborationId } },
    select: {
      status: true,
      inviteTokenHash: true,
      campaign: { select: { name: true, briefVersion: true, endDate: true, workspace: { select: { name: true, timeZone: true } } } },
      influencer: { select: { displayName: true, email: true } },
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "Collaboration not found.");
  if (c.campaign.briefVersion < 1) throw new AppError("CONFLICT", "Send the brief first: the link shows the influencer the sent brief.");
  if (c.status === "declined" || c.status === "cancelled")
    throw new AppError("CONFLICT", "This collaboration is closed; add the influencer again to start over.");
  const { token, tokenHash } = newToken();
  const timeZone = c.campaign.workspace.timeZone;
  const expiresAt = inviteExpiry({
    now: new Date(),
    campaignEndDate: c.campaign.endDate ? c.campaign.endDate.toISOString().slice(0, 10) : null,
    timeZone,
    expiresInDays: opts.expiresInDays,
  });
  const expiresOn = formatDay(zonedDay(expiresAt, timeZone), true);
  await db.$transaction(async (tx) => {
    await tx.collaboration.updateMany({
      where: { workspaceId: opts.workspaceId, id: opts.collaborationId },
      data: { inviteTokenHash: tokenHash, inviteExpiresAt: expiresAt, inviteRevokedAt: null },
    });
    await recordAudit(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: c.inviteTokenHash ? "collaboration.invite_reissued" : "collaboration.invite_issued",
      targetType: "collaboration",
      targetId: opts.collaborationId,
      metadata: { expiresAt: expiresAt.toISOString() },
    });
  });
  const url = portalUrl(token);
  let emailed = false;
  if (opts.email && c.influencer.email) {
    await sendEmail({
      to: c.influencer.email,
      subject: `${c.campaign.workspace.name} invited you to "${c.campaign.name}"`,
      text: `Hi ${c.influencer.displayName},\n\n${c.campaign.workspace.name} would like to work with you on "${c.campaign.name}". Read the brief, the deliverables and the fee, and accept or decline here (no account needed):\n${url}\n\nThe link is personal and works until ${expiresOn}.`,
      html: simpleHtml(
        [
          `Hi ${c.influencer.displayName},`,
          `${c.campaign.workspace.name} would like to work with you on "${c.campaign.name}". Read the brief, the deliverables and the fee, and accept or decline (no account needed).`,
          `The link is personal and works until ${expiresOn}.`,
        ],
        { label: "Open the brief", url },
      ),
    });
    emailed = true;
  }
  return { url, expiresAt: expiresAt.toISOString(), emailed };
}

export async function revokeInvite(opts: { workspaceId: string; actorId: string; collaborationId: string }) {
  const res = await db.collaboration.updateMany({
    where: { workspaceId: opts.workspaceId, id: opts.collaborationId, inviteTokenHash: { not: null }, inviteRevokedAt: null },
    data: { inviteRevokedAt: new Date() },
  });
  if (res.count === 0) {
    const exists = await db.collaboration.count({ where: { workspaceId: opts.workspaceId, id: opts.collaborationId } });
    throw new AppError(exists ? "CONFLICT" : "NOT_FOUND", exists ? "There is no active link to revoke." : "Collaboration not found.");
  }
  await recordAudit(db, {
    workspaceId: opts.workspaceId,
    actorId: opts.actorId,
    action: "collaboration.invite_revoked",
    targetType: "collaboration",
    targetId: opts.collaborationId,
  });
}

export type InviteState = "none" | "active" | "expired" | "revoked";

export function inviteState(
  c: { inviteTokenHash: string | null; inviteExpiresAt: Date | null; inviteRevokedAt: Date | null },
  now = new Date(),
): InviteState {
  if (!c.inviteTokenHash) return "none";
  if (c.inviteRevokedAt) return "revoked";
  if (!c.inviteExpiresAt || c.inviteExpiresAt <= now) return "expired";
  return "active";
}
