// The portal's own gate. The token in /i/[token] is the only credential: it is hashed (SHA-256) and
// looked up across workspaces — deliberately unscoped, hence the name — then checked for expiry and
// revocation. Unknown → NOT_FOUND (404), expired or revoked → GONE (410); both show the same plain
// page with no data. Every portal request counts against a per-IP rate limit. The token itself is
// never logged or stored.
import { db } from "../db";
import { AppError } from "../errors";
import { enforceRateLimits, RATE_LIMITS, type RateLimitRule } from "../rate-limit";
import { hashToken, looksLikeToken } from "../tokens";

export type PortalState = "valid" | "unknown" | "expired" | "revoked";

/** Finds a collaboration by its invite token, in any workspace. Callers must check the state. */
export async function unsafeFindCollaborationByToken(token: string) {
  if (typeof token !== "string" || !looksLikeToken(token)) return null;
  return db.collaboration.findFirst({
    where: { inviteTokenHash: hashToken(token) },
    select: {
      workspaceId: true,
      id: true,
      campaignId: true,
      influencerId: true,
      status: true,
      inviteExpiresAt: true,
      inviteRevokedAt: true,
    },
  });
}

export function portalState(c: { inviteExpiresAt: Date | null; inviteRevokedAt: Date | null } | null, now = new Date()): PortalState {
  if (!c) return "unknown";
  if (c.inviteRevokedAt) return "revoked";
  if (!c.inviteExpiresAt || c.inviteExpiresAt <= now) return "expired";
  return "valid";
}

/** What a portal handler may act on: this one collaboration, in its workspace, and nothing else. */
export type PortalContext = { workspaceId: string; collaborationId: string; campaignId: string; influencerId: string };

export const INVALID_LINK_MESSAGE = "This link is no longer valid.";

/** Resolves a token to its collaboration or throws NOT_FOUND / GONE (same message) / RATE_LIMITED. */
export async function portalGate(token: string, opts: { ip?: string | null; rule?: RateLimitRule } = {}): Promise<PortalContext> {
  await enforceRateLimits([[opts.rule ?? RATE_LIMITS.portal, opts.ip ?? "unknown"]]);
  const c = await unsafeFindCollaborationByToken(token);
  const state = portalState(c);
  if (state !== "valid" || !c) throw new AppError(state === "unknown" ? "NOT_FOUND" : "GONE", INVALID_LINK_MESSAGE);
  return { workspaceId: c.workspaceId, collaborationId: c.id, campaignId: c.campaignId, influencerId: c.influencerId };
}
