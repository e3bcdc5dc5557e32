/**
 * Share links of client reports: a 256-bit random token in the link, only its SHA-256 stored (as for
 * invitations and portal links), an optional expiry, revocable one by one, several per report, and the
 * time each was last opened. The public page finds a report by the token's hash alone — the one
 * deliberately unscoped lookup here, named so — and answers the same 404 for an unknown, expired or
 * revoked token or one of a deleted report.
 */
import { checkLimit } from "../billing/limits";
import { db } from "../db";
import { AppError } from "../errors";
import { enforceRateLimits, type RateLimitRule } from "../rate-limit";
import { hashToken, looksLikeToken, newToken } from "../tokens";
import { recordAudit } from "../workspaces/audit";
import type { CreateShareLinkInput } from "./schemas";

const DAY_MS = 86_400_000;
/** Opening a shared report (page or PDF) per client IP: a person reading it never comes near. */
export const REPORT_VIEW_LIMIT: RateLimitRule = { name: "report-view:ip", limit: 120, windowSeconds: 60 };
/** A view within this long of the last recorded one is not written again (last viewed is to the minute). */
const VIEW_WRITE_INTERVAL_MS = 60_000;

export type ShareLinkRow = {
  id: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastViewedAt: Date | null;
  views: number;
  /** "active", "expired" or "revoked". */
  state: "active" | "expired" | "revoked";
};

function stateOf(l: { expiresAt: Date | null; revokedAt: Date | null }, now: Date): ShareLinkRow["state"] {
  if (l.revokedAt) return "revoked";
  if (l.expiresAt && l.expiresAt <= now) return "expired";
  return "active";
}

/** A report's share links, newest first, or NOT_FOUND for a report of another workspace. */
export async function listShareLinks(workspaceId: string, reportId: string, now = new Date()): Promise<ShareLinkRow[]> {
  const report = await db.report.findFirst({ where: { workspaceId, id: reportId }, select: { id: true } });
  if (!report) throw new AppError("NOT_FOUND", "Report not found.");
  const links = await db.reportShareLink.findMany({
    where: { workspaceId, reportId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true, lastViewedAt: true, views: true },
  });
  return links.map((l) => ({ ...l, state: stateOf(l, now) }));
}

/** Makes a share link; the token is returned this once and never stored. NOT_FOUND for another workspace's report. */
export async function createShareLink(opts: {
  workspaceId: string;
  actorId: string;
  input: CreateShareLinkInput;
  now?: Date;
}): Promise<{ id: string; token: string; expiresAt: Date | null }> {
  const { workspaceId, input } = opts;
  const now = opts.now ?? new Date();
  const { token, tokenHash } = newToken();
  const expiresAt = input.expiresInDays > 0 ? new Date(now.getTime() + input.expiresInDays * DAY_MS) : null;
  return db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({ where: { workspaceId, id: input.reportId }, select: { id: true } });
    if (!report) throw new AppError("NOT_FOUND", "Report not found.");
    await checkLimit(tx, workspaceId, "reports.shareLinks", 1, now);
    const link = await tx.reportShareLink.create({
      data: { workspaceId, reportId: report.id, tokenHash, expiresAt, createdById: opts.actorId },
      select: { id: true },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "report.link_created",
      targetType: "report",
      targetId: report.id,
      metadata: { linkId: link.id, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { id: link.id, token, expiresAt };
  });
}

/** Revokes a share link at once (idempotent), or NOT_FOUND for a link of another workspace. */
export async function revokeShareLink(opts: { workspaceId: string; actorId: string; linkId: string; now?: Date }): Promise<void> {
  const { workspaceId, linkId } = opts;
  await db.$transaction(async (tx) => {
    const link = await tx.reportShareLink.findFirst({ where: { workspaceId, id: linkId }, select: { reportId: true, revokedAt: true } });
    if (!link) throw new AppError("NOT_FOUND", "Share link not found.");
    if (link.revokedAt) return;
    await tx.reportShareLink.update({
      where: { workspaceId_id: { workspaceId, id: linkId } },
      data: { revokedAt: opts.now ?? new Date() },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "report.link_revoked",
      targetType: "report",
      targetId: link.reportId,
      metadata: { linkId },
    });
  });
}

export type SharedReport = { workspaceId: string; reportId: string; linkId: string; timeZone: string };

/**
 * The report a share token opens, or null: unknown token, malformed token, revoked, expired. The
 * lookup is by the token's SHA-256 through a unique index, so its timing says nothing about the token;
 * deliberately unscoped (the token is the credential), hence the name.
 */
export async function unsafeFindReportByShareToken(token: string, now = new Date()): Promise<SharedReport | null> {
  if (!looksLikeToken(token)) return null;
  const link = await db.reportShareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      workspaceId: true,
      reportId: true,
      expiresAt: true,
      revokedAt: true,
      report: { select: { workspace: { select: { timeZone: true } } } },
    },
  });
  if (!link || stateOf(link, now) !== "active") return null;
  return { workspaceId: link.workspaceId, reportId: link.reportId, linkId: link.id, timeZone: link.report.workspace.timeZone };
}

/**
 * The gate of the public report page and PDF: rate-limited per client IP (RATE_LIMITED), then the
 * token (NOT_FOUND for every kind of dead link), then the view recorded on the link (at most once a minute).
 */
export async function openSharedReport(token: string, opts: { ip: string | null; now?: Date }): Promise<SharedReport> {
  await enforceRateLimits([[REPORT_VIEW_LIMIT, opts.ip]]);
  const now = opts.now ?? new Date();
  const shared = await unsafeFindReportByShareToken(token, now);
  if (!shared) throw new AppError("NOT_FOUND", "Report not found.");
  await db.reportShareLink.updateMany({
    where: {
      workspaceId: shared.workspaceId,
      id: shared.linkId,
      OR: [{ lastViewedAt: null }, { lastViewedAt: { lt: new Date(now.getTime() - VIEW_WRITE_INTERVAL_MS) } }],
    },
    data: { lastViewedAt: now, views: { increment: 1 } },
  });
  return shared;
}
