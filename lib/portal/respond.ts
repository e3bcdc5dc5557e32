// What an influencer does with their link besides drafts: accept or decline, ask a question, mark
// the brief's changes as read. Every function takes the gate's context and touches only that
// collaboration (workspaceId + collaborationId in every where clause).
import { isCollaborationStatus } from "../collaborations/status";
import { applyTransition } from "../collaborations/transition";
import { db } from "../db";
import { AppError } from "../errors";
import { notifyBrand } from "../notifications/notify";
import type { PortalContext } from "./gate";

export async function brandLink(ctx: PortalContext): Promise<{ link: string; influencer: string; campaign: string }> {
  const c = await db.collaboration.findUnique({
    where: { workspaceId_id: { workspaceId: ctx.workspaceId, id: ctx.collaborationId } },
    select: { influencer: { select: { displayName: true } }, campaign: { select: { name: true, workspace: { select: { slug: true } } } } },
  });
  if (!c) throw new AppError("NOT_FOUND", "This link is no longer valid.");
  return {
    link: `/w/${c.campaign.workspace.slug}/campaigns/${ctx.campaignId}/collaborations/${ctx.collaborationId}`,
    influencer: c.influencer.displayName,
    campaign: c.campaign.name,
  };
}

export async function respondToInvite(ctx: PortalContext, input: { decision: "accept" | "decline"; reason: string }) {
  const to = input.decision === "accept" ? "accepted" : "declined";
  await db.$transaction(async (tx) => {
    const c = await tx.collaboration.findUnique({
      where: { workspaceId_id: { workspaceId: ctx.workspaceId, id: ctx.collaborationId } },
      select: { status: true, campaign: { select: { briefVersion: true } } },
    });
    if (!c || !isCollaborationStatus(c.status)) throw new AppError("NOT_FOUND", "This link is no longer valid.");
    await applyTransition(tx, {
      workspaceId: ctx.workspaceId,
      collaborationId: ctx.collaborationId,
      from: c.status,
      to,
      actor: "influencer",
      actorId: null,
      note: input.reason || null,
      data: to === "declined" ? { declineReason: input.reason } : { briefVersionSeen: c.campaign.briefVersion },
    });
  });
  const b = await brandLink(ctx);
  await notifyBrand({
    workspaceId: ctx.workspaceId,
    kind: to === "accepted" ? "collaboration.accepted" : "collaboration.declined",
    title: `${b.influencer} ${to} "${b.campaign}"`,
    body: input.reason ? `Reason: ${input.reason}` : undefined,
    link: b.link,
  });
  return { status: to };
}

export async function askQuestion(ctx: PortalContext, input: { body: string }) {
  await db.portalMessage.create({
    data: { workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId, author: "influencer", body: input.body },
  });
  await db.auditLog.create({
    data: {
      workspaceId: ctx.workspaceId,
      actorId: null,
      action: "portal.question",
      targetType: "collaboration",
      targetId: ctx.collaborationId,
    },
  });
  const b = await brandLink(ctx);
  await notifyBrand({
    workspaceId: ctx.workspaceId,
    kind: "portal.question",
    title: `${b.influencer} asked a question about "${b.campaign}"`,
    body: input.body.slice(0, 500),
    link: b.link,
  });
}

export async function acknowledgeBrief(ctx: PortalContext) {
  const c = await db.campaign.findUnique({
    where: { workspaceId_id: { workspaceId: ctx.workspaceId, id: ctx.campaignId } },
    select: { briefVersion: true },
  });
  if (!c) throw new AppError("NOT_FOUND", "This link is no longer valid.");
  await db.collaboration.updateMany({
    where: { workspaceId: ctx.workspaceId, id: ctx.collaborationId },
    data: { briefVersionSeen: c.briefVersion },
  });
}
