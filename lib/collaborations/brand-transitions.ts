// The brand's own status moves on a collaboration (the review queue owns approve / request changes).
import { db } from "../db";
import { AppError } from "../errors";
import { isCollaborationStatus, type CollaborationStatus } from "./status";
import { applyTransition } from "./transition";

const BRAND_MOVES: CollaborationStatus[] = ["drafting", "completed", "cancelled"];

/** The brand's own moves: open drafting, mark completed, cancel. */
export async function brandTransition(opts: {
  workspaceId: string;
  actorId: string;
  collaborationId: string;
  to: CollaborationStatus;
  note?: string;
}) {
  if (!BRAND_MOVES.includes(opts.to)) throw new AppError("BAD_REQUEST", "Use the review queue to approve or request changes.");
  await db.$transaction(async (tx) => {
    const c = await tx.collaboration.findUnique({
      where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.collaborationId } },
      select: { status: true },
    });
    if (!c || !isCollaborationStatus(c.status)) throw new AppError("NOT_FOUND", "Collaboration not found.");
    const revoke = opts.to === "cancelled" ? { inviteRevokedAt: new Date() } : undefined;
    await applyTransition(tx, {
      workspaceId: opts.workspaceId,
      collaborationId: opts.collaborationId,
      from: c.status,
      to: opts.to,
      actor: "brand",
      actorId: opts.actorId,
      note: opts.note,
      data: revoke,
    });
  });
}
