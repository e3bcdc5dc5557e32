// The signed-in member's notifications in a workspace: list (newest first, keyset), unread count, mark read.
import { z } from "zod";

import { db } from "../db";
import { AppError } from "../errors";

export async function listNotifications(opts: {
  workspaceId: string;
  userId: string;
  limit?: number;
  before?: { createdAt: Date; id: string };
}) {
  return db.notification.findMany({
    where: {
      workspaceId: opts.workspaceId,
      userId: opts.userId,
      ...(opts.before
        ? { OR: [{ createdAt: { lt: opts.before.createdAt } }, { createdAt: opts.before.createdAt, id: { lt: opts.before.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(opts.limit ?? 50, 200),
    select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
}

/** The bell's count on every workspace page: a raw read (README "Development notes": hot-path reads). */
export async function unreadCount(workspaceId: string, userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "Notification" WHERE "workspaceId" = ${workspaceId} AND "userId" = ${userId} AND "readAt" IS NULL`;
  return row?.n ?? 0;
}

export const markReadSchema = z.object({ notificationId: z.string().min(1).max(64).optional() });

/** Marks one notification (or, without an id, all of them) read. Someone else's id → count 0. */
export async function markRead(opts: { workspaceId: string; userId: string; notificationId?: string }): Promise<number> {
  const res = await db.notification.updateMany({
    where: {
      workspaceId: opts.workspaceId,
      userId: opts.userId,
      readAt: null,
      ...(opts.notificationId ? { id: opts.notificationId } : {}),
    },
    data: { readAt: new Date() },
  });
  if (opts.notificationId && res.count === 0) {
    const mine = await db.notification.count({ where: { workspaceId: opts.workspaceId, userId: opts.userId, id: opts.notificationId } });
    if (!mine) throw new AppError("NOT_FOUND", "Notification not found.");
  }
  return res.count;
}
