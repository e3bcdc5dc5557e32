/**
 * A contract's audit trail as the app shows it: every event, oldest first, with who did it (a
 * member's name, the influencer, the system), from where (IP, user agent) and the document's hash.
 */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type AuditEntry = {
  id: string;
  kind: string;
  version: number | null;
  actor: "user" | "influencer" | "system";
  /** The member's name (or email) for actor "user"; the signer's typed name when the event carries one. */
  actorName: string | null;
  ip: string | null;
  userAgent: string | null;
  documentHash: string | null;
  /** Reason, message or signing party, when the event has one. */
  note: string | null;
  at: string;
};

function noteOf(kind: string, detail: unknown): string | null {
  const d = (detail ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);
  if (kind === "signed" || kind === "countersigned") return text(d.party);
  if (kind === "code_sent" || kind === "code_verified") return text(d.sentTo) && `to ${d.sentTo as string}`;
  return text(d.reason) ?? text(d.message);
}

export async function listContractEvents(opts: { workspaceId: string; contractId: string }): Promise<AuditEntry[]> {
  const contract = await db.contract.findUnique({
    where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.contractId } },
    select: { id: true },
  });
  if (!contract) throw new AppError("NOT_FOUND", "Contract not found.");
  const events = await db.contractEvent.findMany({
    where: { workspaceId: opts.workspaceId, contractId: opts.contractId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 1_000,
    select: {
      id: true,
      kind: true,
      version: true,
      actor: true,
      actorUserId: true,
      ip: true,
      userAgent: true,
      documentHash: true,
      detail: true,
      createdAt: true,
    },
  });
  const userIds = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => id !== null))];
  const users = userIds.length
    ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name?.trim() || u.email]));
  return events.map((e) => {
    const typed = (e.detail as Record<string, unknown> | null)?.typedName;
    return {
      id: e.id,
      kind: e.kind,
      version: e.version,
      actor: e.actor,
      actorName: typeof typed === "string" ? typed : e.actorUserId ? (names.get(e.actorUserId) ?? null) : null,
      ip: e.ip,
      userAgent: e.userAgent,
      documentHash: e.documentHash,
      note: noteOf(e.kind, e.detail),
      at: e.createdAt.toISOString(),
    };
  });
}
