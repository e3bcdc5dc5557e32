// Changing a collaboration's terms: its deliverables and compensation, until content is in review.
import { refreshCollaborationMoney } from "../analytics/rollup-write";
import { db } from "../db";
import { AppError } from "../errors";
import type { DeliverableType, Platform } from "../vocabulary";
import { recordAudit } from "../workspaces/audit";
import { compensationData, type Compensation } from "./compensation";

/** Replaces deliverables and compensation. Only before content is approved. */
export async function updateCollaboration(opts: {
  workspaceId: string;
  actorId: string;
  collaborationId: string;
  deliverables: { type: DeliverableType; platform: Platform | null; count: number; dueDate: string | null }[];
  compensation: Compensation;
}) {
  const c = await db.collaboration.findUnique({
    where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.collaborationId } },
    select: { status: true, currency: true },
  });
  if (!c) throw new AppError("NOT_FOUND", "Collaboration not found.");
  if (!["invited", "accepted", "drafting"].includes(c.status))
    throw new AppError("CONFLICT", "Deliverables and fees are fixed once content is in review.");
  await db.$transaction(async (tx) => {
    const hasDrafts = await tx.contentDraft.count({ where: { workspaceId: opts.workspaceId, collaborationId: opts.collaborationId } });
    if (hasDrafts) throw new AppError("CONFLICT", "Drafts exist for these deliverables; they can no longer be replaced.");
    await tx.deliverable.deleteMany({ where: { workspaceId: opts.workspaceId, collaborationId: opts.collaborationId } });
    await tx.deliverable.createMany({
      data: opts.deliverables.map((d, position) => ({
        workspaceId: opts.workspaceId,
        collaborationId: opts.collaborationId,
        type: d.type,
        platform: d.platform,
        count: d.count,
        dueDate: d.dueDate ? new Date(`${d.dueDate}T00:00:00Z`) : null,
        position,
      })),
    });
    await tx.collaboration.updateMany({
      where: { workspaceId: opts.workspaceId, id: opts.collaborationId },
      data: compensationData(opts.compensation, c.currency),
    });
    await refreshCollaborationMoney(tx, opts.workspaceId, [opts.collaborationId]);
    await recordAudit(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: "collaboration.updated",
      targetType: "collaboration",
      targetId: opts.collaborationId,
    });
  });
}
