// Content review on the brand side: the queue of submitted drafts (each with the version before it),
// and the decision on one. The
// disclosure check is re-run on the stored draft when approving: approval is refused while the
// latest version of the deliverable has an error finding, whatever the client sent. Members with
// content.review (including the client role) decide; the status machine records who.
import type { Role } from "../auth/permissions";
import { brandNameOf } from "../campaigns/crud";
import { db } from "../db";
import { AppError } from "../errors";
import { notifyInfluencer } from "../notifications/notify";
import { checkDraft } from "../portal/check-draft";
import { DRAFT_SELECT, toDraftView } from "../portal/drafts-view";
import { isContentFormat } from "../vocabulary";
import { emitEvent } from "../webhooks/events";
import { recordAudit } from "../workspaces/audit";
import { isCollaborationStatus } from "./status";
import { applyTransition } from "./transition";

export async function reviewQueue(workspaceId: string, opts: { campaignId?: string } = {}) {
  const drafts = await db.contentDraft.findMany({
    where: { workspaceId, status: "submitted", ...(opts.campaignId ? { collaboration: { campaignId: opts.campaignId } } : {}) },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      ...DRAFT_SELECT,
      collaborationId: true,
      deliverable: { select: { type: true, platform: true, dueDate: true } },
      collaboration: { select: { campaignId: true, campaign: { select: { name: true } }, influencer: { select: { displayName: true } } } },
    },
  });
  // The version before each one, to show them side by side (one query for the whole queue).
  const wanted = drafts.filter((d) => d.version > 1).map((d) => ({ deliverableId: d.deliverableId, version: d.version - 1 }));
  const previous = wanted.length ? await db.contentDraft.findMany({ where: { workspaceId, OR: wanted }, select: DRAFT_SELECT }) : [];
  const previousOf = new Map(previous.map((p) => [p.deliverableId, toDraftView(p)]));
  return drafts.map((d) => ({
    ...toDraftView(d),
    previous: previousOf.get(d.deliverableId) ?? null,
    collaborationId: d.collaborationId,
    campaignId: d.collaboration.campaignId,
    campaignName: d.collaboration.campaign.name,
    influencerName: d.collaboration.influencer.displayName,
    deliverableType: d.deliverable.type,
    dueDate: d.deliverable.dueDate?.toISOString().slice(0, 10) ?? null,
  }));
}

export async function reviewDraft(opts: {
  workspaceId: string;
  actorId: string;
  role: Role;
  draftId: string;
  decision: "approve" | "request_changes";
  comment: string;
}) {
  const actor = opts.role === "client" ? "client" : "brand";
  const outcome = await db.$transaction(async (tx) => {
    const draft = await tx.contentDraft.findUnique({
      where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.draftId } },
      select: {
        id: true,
        collaborationId: true,
        deliverableId: true,
        version: true,
        status: true,
        caption: true,
        platform: true,
        format: true,
        paidPartnershipLabel: true,
        usesFilterOrEditing: true,
        transcript: true,
        collaboration: {
          select: {
            status: true,
            campaignId: true,
            campaign: { select: { name: true, approvedClaims: true, jurisdiction: true } },
            influencer: { select: { displayName: true, email: true } },
          },
        },
      },
    });
    if (!draft) throw new AppError("NOT_FOUND", "Draft not found.");
    if (draft.status !== "submitted") throw new AppError("CONFLICT", "This draft is not waiting for review.");
    const latest = await tx.contentDraft.findFirst({
      where: { workspaceId: opts.workspaceId, deliverableId: draft.deliverableId },
      orderBy: { version: "desc" },
      select: { id: true },
    });
    if (latest?.id !== draft.id) throw new AppError("CONFLICT", "A newer version of this draft exists.");
    if (opts.decision === "approve") {
      const t = draft.transcript as { raw?: unknown } | null;
      const check = checkDraft(
        {
          caption: draft.caption,
          platform: draft.platform,
          format: isContentFormat(draft.format) ? draft.format : undefined,
          paidPartnershipLabel: draft.paidPartnershipLabel,
          usesFilterOrEditing: draft.usesFilterOrEditing,
          transcriptText: typeof t?.raw === "string" ? t.raw : "",
        },
        {
          brand: await brandNameOf(opts.workspaceId),
          approvedClaims: draft.collaboration.campaign.approvedClaims,
          jurisdiction: draft.collaboration.campaign.jurisdiction === "UK" ? "UK" : "US",
        },
      );
      if (check.hasError)
        throw new AppError("UNPROCESSABLE", "Can't approve: the latest version has a disclosure error. Request changes instead.");
    }
    const status = opts.decision === "approve" ? "approved" : "changes_requested";
    await tx.contentDraft.updateMany({
      where: { workspaceId: opts.workspaceId, id: draft.id, status: "submitted" },
      data: { status, reviewComment: opts.comment || null, reviewedById: opts.actorId, reviewedAt: new Date() },
    });
    await recordAudit(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: opts.decision === "approve" ? "draft.approved" : "draft.changes_requested",
      targetType: "content_draft",
      targetId: draft.id,
      metadata: { version: draft.version, role: opts.role },
    });
    if (opts.decision === "approve")
      await emitEvent(tx, opts.workspaceId, "draft.approved", {
        draftId: draft.id,
        collaborationId: draft.collaborationId,
        deliverableId: draft.deliverableId,
        version: draft.version,
      });
    // The collaboration follows its drafts: any change request → changes_requested; every deliverable approved → approved.
    const from = draft.collaboration.status;
    if (isCollaborationStatus(from) && from === "in_review") {
      const deliverables = await tx.deliverable.findMany({
        where: { workspaceId: opts.workspaceId, collaborationId: draft.collaborationId },
        select: { drafts: { orderBy: { version: "desc" }, take: 1, select: { status: true } } },
      });
      const latestStatuses = deliverables.map((d) => d.drafts[0]?.status ?? "none");
      const to = latestStatuses.includes("changes_requested")
        ? "changes_requested"
        : latestStatuses.every((s) => s === "approved")
          ? "approved"
          : null;
      if (to)
        await applyTransition(tx, {
          workspaceId: opts.workspaceId,
          collaborationId: draft.collaborationId,
          from,
          to,
          actor,
          actorId: opts.actorId,
          note: opts.comment || null,
        });
    }
    return {
      status,
      collaborationId: draft.collaborationId,
      influencer: draft.collaboration.influencer,
      campaign: draft.collaboration.campaign.name,
      version: draft.version,
    };
  });
  await notifyInfluencer({
    email: outcome.influencer.email,
    name: outcome.influencer.displayName,
    subject:
      outcome.status === "approved"
        ? `Your draft for "${outcome.campaign}" is approved`
        : `Changes requested on your draft for "${outcome.campaign}"`,
    lines: [
      outcome.status === "approved"
        ? `Version ${outcome.version} of your draft is approved. Post it, then send the live link.`
        : `The brand asked for changes to version ${outcome.version} of your draft.`,
      ...(opts.comment ? [`Their comment: ${opts.comment}`] : []),
    ],
  });
  return { status: outcome.status, collaborationId: outcome.collaborationId };
}

export async function replyToInfluencer(opts: { workspaceId: string; actorId: string; collaborationId: string; body: string }) {
  const c = await db.collaboration.findUnique({
    where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.collaborationId } },
    select: { influencer: { select: { displayName: true, email: true } }, campaign: { select: { name: true } } },
  });
  if (!c) throw new AppError("NOT_FOUND", "Collaboration not found.");
  await db.$transaction(async (tx) => {
    await tx.portalMessage.create({
      data: {
        workspaceId: opts.workspaceId,
        collaborationId: opts.collaborationId,
        author: "brand",
        authorUserId: opts.actorId,
        body: opts.body,
      },
    });
    await recordAudit(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: "portal.reply",
      targetType: "collaboration",
      targetId: opts.collaborationId,
    });
  });
  await notifyInfluencer({
    email: c.influencer.email,
    name: c.influencer.displayName,
    subject: `New message about "${c.campaign.name}"`,
    lines: [opts.body],
  });
}
