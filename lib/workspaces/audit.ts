// Audit log: who did what to which record, when. Written in the same transaction as the change.
import { db } from "../db";
import type { Prisma } from "../db/generated/client";

type Tx = Pick<typeof db, "auditLog">;

export type AuditEntry = {
  workspaceId: string;
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  metadata?: Prisma.InputJsonValue;
};

function auditData(entry: AuditEntry) {
  return {
    workspaceId: entry.workspaceId,
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    metadata: entry.metadata ?? {},
  };
}

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditData(entry), select: { id: true } });
}

/** Many entries in one INSERT (bulk operations: one row per affected record, not one query each). */
export async function recordAudits(tx: Tx, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length) await tx.auditLog.createMany({ data: entries.map(auditData) });
}

export type AuditRow = {
  id: string;
  action: string;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  metadata: unknown;
  createdAt: Date;
};

/** Newest first, keyset-paginated by (createdAt, id). */
export async function listAuditLog(opts: {
  workspaceId: string;
  limit?: number;
  before?: { createdAt: Date; id: string };
}): Promise<AuditRow[]> {
  const limit = Math.min(opts.limit ?? 50, 500);
  const rows = await db.auditLog.findMany({
    where: {
      workspaceId: opts.workspaceId,
      ...(opts.before
        ? { OR: [{ createdAt: { lt: opts.before.createdAt } }, { createdAt: opts.before.createdAt, id: { lt: opts.before.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, action: true, actorId: true, targetType: true, targetId: true, metadata: true, createdAt: true },
  });
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => Boolean(x)))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } }) : [];
  const emailById = new Map(actors.map((a) => [a.id, a.email]));
  return rows.map((r) => ({ ...r, actorEmail: r.actorId ? (emailById.get(r.actorId) ?? null) : null }));
}
