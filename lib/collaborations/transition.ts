// Applies one status-machine transition inside a transaction: checks it against status.ts, moves the
// row only if it still has the expected status (so two racing requests can't both move it), records
// a StatusChange (who, when) and an audit-log entry.
import { fillLiveDueDates } from "../contracts/payments";
import { anchorRightsAtGoLive } from "../contracts/rights";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { emitEvent } from "../webhooks/events";
import { recordAudit } from "../workspaces/audit";
import { canTransition, IllegalTransitionError, type CollaborationActor, type CollaborationStatus } from "./status";

type Tx = Prisma.TransactionClient;

export async function applyTransition(
  tx: Tx,
  opts: {
    workspaceId: string;
    collaborationId: string;
    from: CollaborationStatus;
    to: CollaborationStatus;
    actor: CollaborationActor;
    actorId: string | null;
    note?: string | null;
    data?: Prisma.CollaborationUpdateManyMutationInput;
  },
): Promise<void> {
  if (!canTransition(opts.from, opts.to, opts.actor)) {
    throw new AppError("CONFLICT", new IllegalTransitionError(opts.from, opts.to, opts.actor).message);
  }
  const moved = await tx.collaboration.updateMany({
    where: { workspaceId: opts.workspaceId, id: opts.collaborationId, status: opts.from },
    data: { ...opts.data, status: opts.to },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT", "This collaboration changed in the meantime. Reload and try again.");
  const change = await tx.statusChange.create({
    select: { createdAt: true },
    data: {
      workspaceId: opts.workspaceId,
      collaborationId: opts.collaborationId,
      fromStatus: opts.from,
      toStatus: opts.to,
      actorType: opts.actor,
      actorId: opts.actorId,
      note: opts.note ?? null,
    },
  });
  // Usage rights run "from publication": grants recorded at signing start again at the go-live.
  if (opts.to === "live")
    await anchorRightsAtGoLive(tx, { workspaceId: opts.workspaceId, collaborationId: opts.collaborationId, liveAt: change.createdAt });
  // Going live starts the clock of "when live" payment milestones (net days from today).
  if (opts.to === "live")
    await fillLiveDueDates(tx, { workspaceId: opts.workspaceId, collaborationId: opts.collaborationId, liveAt: new Date() });
  await recordAudit(tx, {
    workspaceId: opts.workspaceId,
    actorId: opts.actor === "influencer" ? null : opts.actorId,
    action: "collaboration.status_changed",
    targetType: "collaboration",
    targetId: opts.collaborationId,
    metadata: { from: opts.from, to: opts.to, actor: opts.actor, ...(opts.note ? { note: opts.note.slice(0, 500) } : {}) },
  });
  await emitEvent(tx, opts.workspaceId, "collaboration.status_changed", {
    collaborationId: opts.collaborationId,
    from: opts.from,
    to: opts.to,
    actor: opts.actor,
  });
}
