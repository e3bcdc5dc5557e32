// Sessions: one UserSession row per signed-in browser or device. Its id travels in the session JWT
// ("sid"); lib/auth/session.ts reads the row on every request, so revoking it ends the session at once
// (sign out, "sign out this device", "sign out of all devices", password reset), even for a copied
// cookie. Rows expire after SESSION_MAX_AGE_DAYS without use.
import { db } from "../db";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";

export const SESSION_MAX_AGE_DAYS = 30;
export const SESSION_MAX_AGE_SECONDS = SESSION_MAX_AGE_DAYS * 24 * 3600;
/** lastSeenAt (and the sliding expiry) is written at most this often per session. */
export const TOUCH_INTERVAL_MS = 5 * 60_000;

type Tx = Prisma.TransactionClient | typeof db;

const expiryFrom = (now: Date) => new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);

export async function createSession(opts: { userId: string; device?: string | null; ip?: string | null }): Promise<{ id: string }> {
  const now = new Date();
  return db.userSession.create({
    data: {
      userId: opts.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: expiryFrom(now),
      device: opts.device?.slice(0, 120) ?? null,
      ip: opts.ip?.slice(0, 64) ?? null,
    },
    select: { id: true },
  });
}

/**
 * The session row and its user in one indexed read (primary key + join), for the per-request check.
 * Returns null unless the row exists, belongs to `userId`, is neither revoked nor expired, and the
 * user's sessionVersion still matches the token's. Raw SQL because it runs on every signed-in request:
 * a Prisma `select` with the relation is two statements (the session, then the user), this is one
 * (README "Development notes").
 */
export async function findLiveSession(opts: { sessionId: string; userId: string; sessionVersion: number; now?: Date }) {
  const now = opts.now ?? new Date();
  const [row] = await db.$queryRaw<
    {
      userId: string;
      revokedAt: Date | null;
      expiresAt: Date;
      lastSeenAt: Date;
      email: string;
      name: string | null;
      sessionVersion: number;
      lastWorkspaceId: string | null;
    }[]
  >`
    SELECT s."userId", s."revokedAt", s."expiresAt", s."lastSeenAt", u."email", u."name", u."sessionVersion", u."lastWorkspaceId"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${opts.sessionId}`;
  if (!row || row.userId !== opts.userId || row.revokedAt || row.expiresAt <= now) return null;
  if (row.sessionVersion !== opts.sessionVersion) return null;
  return {
    user: { id: row.userId, email: row.email, name: row.name },
    lastSeenAt: row.lastSeenAt,
    lastWorkspaceId: row.lastWorkspaceId,
  };
}

/** Records activity: lastSeenAt and a sliding expiry, at most once per TOUCH_INTERVAL_MS. */
export async function touchSession(sessionId: string, lastSeenAt: Date, now = new Date()): Promise<void> {
  if (now.getTime() - lastSeenAt.getTime() < TOUCH_INTERVAL_MS) return;
  await db.userSession.updateMany({
    where: { id: sessionId, revokedAt: null, lastSeenAt: { lt: new Date(now.getTime() - TOUCH_INTERVAL_MS) } },
    data: { lastSeenAt: now, expiresAt: expiryFrom(now) },
  });
}

/** Ends one session of the user; false when there was no such live session of theirs. */
export async function endSession(opts: { userId: string; sessionId: string }): Promise<boolean> {
  const res = await db.userSession.updateMany({
    where: { id: opts.sessionId, userId: opts.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return res.count === 1;
}

/** "Sign out this device": a session of someone else is "not found", like one that never existed. */
export async function revokeSession(opts: { userId: string; sessionId: string }): Promise<void> {
  if (!(await endSession(opts))) throw new AppError("NOT_FOUND", "That session has already ended.");
}

/** Ends every session of the user (optionally inside a caller's transaction). */
export async function revokeAllSessions(userId: string, tx: Tx = db): Promise<number> {
  const res = await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return res.count;
}

export type ActiveSession = { id: string; device: string | null; ip: string | null; createdAt: Date; lastSeenAt: Date; current: boolean };

/** The user's live sessions: the one making this request (`current`) first, then the most recently used. */
export async function listActiveSessions(opts: { userId: string; currentSessionId: string | null; now?: Date }): Promise<ActiveSession[]> {
  const rows = await db.userSession.findMany({
    where: { userId: opts.userId, revokedAt: null, expiresAt: { gt: opts.now ?? new Date() } },
    select: { id: true, device: true, ip: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: "desc" },
    take: 100,
  });
  const sessions = rows.map((r) => ({ ...r, current: r.id === opts.currentSessionId }));
  return [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];
}
