// Content drafts from the portal. The disclosure check runs here again on every save and submit:
// the browser's live result is a convenience, this one is stored and enforced. A draft with an
// error finding can be saved but not submitted. Saving while the latest version is an unsubmitted
// draft edits it in place; after a review (or for the first draft) it starts a new version.
import type { z } from "zod";

import { brandNameOf } from "../campaigns/crud";
import { isCollaborationStatus, type CollaborationStatus } from "../collaborations/status";
import { applyTransition } from "../collaborations/transition";
import { assertContractAllowsSubmit } from "../contracts/draft-gate";
import { db } from "../db";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { notifyBrand } from "../notifications/notify";
import { emitEvent } from "../webhooks/events";
import { checkDraft } from "./check-draft";
import type { PortalContext } from "./gate";
import { setDraftMedia } from "./media";
import { brandLink } from "./respond";
import type { draftInputSchema } from "./schemas";

type DraftInput = z.output<typeof draftInputSchema>;

const EDITABLE: readonly CollaborationStatus[] = ["accepted", "drafting", "in_review", "changes_requested"];

async function checkContext(ctx: PortalContext) {
  const c = await db.campaign.findUnique({
    where: { workspaceId_id: { workspaceId: ctx.workspaceId, id: ctx.campaignId } },
    select: { approvedClaims: true, jurisdiction: true },
  });
  if (!c) throw new AppError("NOT_FOUND", "This link is no longer valid.");
  return {
    brand: await brandNameOf(ctx.workspaceId),
    approvedClaims: c.approvedClaims,
    jurisdiction: c.jurisdiction === "UK" ? ("UK" as const) : ("US" as const),
  };
}

/** Moves the collaboration toward in_review as the influencer works: accepted → drafting (→ in_review on submit). */
async function advance(tx: Prisma.TransactionClient, ctx: PortalContext, from: CollaborationStatus, submit: boolean) {
  let status = from;
  const move = async (to: CollaborationStatus) => {
    await applyTransition(tx, {
      workspaceId: ctx.workspaceId,
      collaborationId: ctx.collaborationId,
      from: status,
      to,
      actor: "influencer",
      actorId: null,
    });
    status = to;
  };
  if (status === "accepted") await move("drafting");
  if (submit && (status === "drafting" || status === "changes_requested")) await move("in_review");
}

export async function saveDraft(ctx: PortalContext, input: DraftInput) {
  const checkCtx = await checkContext(ctx);
  const result = checkDraft(input, checkCtx);
  if (input.transcriptText.trim() && result.transcriptError) {
    throw new AppError("BAD_REQUEST", `The transcript could not be read: ${result.transcriptError}`, {
      fieldErrors: { transcriptText: [result.transcriptError] },
    });
  }
  if (input.submit && result.hasError) {
    throw new AppError(
      "UNPROCESSABLE",
      "Fix the disclosure problems marked as errors before submitting. You can save the draft meanwhile.",
    );
  }
  const rawTranscript = input.transcriptText.trim() ? input.transcriptText : null;
  const saved = await db.$transaction(async (tx) => {
    const collab = await tx.collaboration.findUnique({
      where: { workspaceId_id: { workspaceId: ctx.workspaceId, id: ctx.collaborationId } },
      select: { status: true },
    });
    if (!collab || !isCollaborationStatus(collab.status)) throw new AppError("NOT_FOUND", "This link is no longer valid.");
    if (!EDITABLE.includes(collab.status)) {
      throw new AppError(
        "CONFLICT",
        collab.status === "invited" ? "Accept the collaboration before sending drafts." : "Drafts can't be changed at this stage.",
      );
    }
    if (input.submit) await assertContractAllowsSubmit(tx, ctx);
    // The deliverable must belong to this collaboration: an id from elsewhere is simply not found.
    const deliverable = await tx.deliverable.findFirst({
      where: { workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId, id: input.deliverableId },
      select: { id: true },
    });
    if (!deliverable) throw new AppError("NOT_FOUND", "Deliverable not found.");
    const latest = await tx.contentDraft.findFirst({
      where: { workspaceId: ctx.workspaceId, deliverableId: deliverable.id },
      orderBy: { version: "desc" },
      select: { id: true, version: true, status: true },
    });
    if (latest?.status === "submitted") throw new AppError("CONFLICT", "This draft is with the brand for review; wait for their answer.");
    if (latest?.status === "approved") throw new AppError("CONFLICT", "This draft is approved; post it and send the live link.");
    const data = {
      caption: input.caption,
      mediaUrls: input.mediaUrls,
      platform: input.platform,
      format: input.format,
      paidPartnershipLabel: input.paidPartnershipLabel,
      usesFilterOrEditing: input.usesFilterOrEditing,
      transcript: rawTranscript === null ? undefined : { raw: rawTranscript },
      findings: result.findings as unknown as Prisma.InputJsonValue,
      compliant: result.compliant,
      status: input.submit ? ("submitted" as const) : ("draft" as const),
      submittedAt: input.submit ? new Date() : null,
    };
    let draft: { id: string; version: number };
    if (latest && latest.status === "draft") {
      await tx.contentDraft.updateMany({ where: { workspaceId: ctx.workspaceId, id: latest.id }, data });
      draft = { id: latest.id, version: latest.version };
    } else {
      draft = await tx.contentDraft.create({
        data: {
          workspaceId: ctx.workspaceId,
          collaborationId: ctx.collaborationId,
          deliverableId: deliverable.id,
          version: (latest?.version ?? 0) + 1,
          ...data,
        },
        select: { id: true, version: true },
      });
    }
    await setDraftMedia(tx, ctx, draft.id, input.media);
    await advance(tx, ctx, collab.status, input.submit);
    await tx.auditLog.create({
      data: {
        workspaceId: ctx.workspaceId,
        actorId: null,
        action: input.submit ? "draft.submitted" : "draft.saved",
        targetType: "content_draft",
        targetId: draft.id,
        metadata: { version: draft.version, compliant: result.compliant, media: input.media.length },
      },
    });
    if (input.submit)
      await emitEvent(tx, ctx.workspaceId, "draft.submitted", {
        draftId: draft.id,
        collaborationId: ctx.collaborationId,
        deliverableId: deliverable.id,
        version: draft.version,
      });
    return draft;
  });
  if (input.submit) {
    const b = await brandLink(ctx);
    await notifyBrand({
      workspaceId: ctx.workspaceId,
      kind: "draft.submitted",
      title: `${b.influencer} submitted a draft for "${b.campaign}"`,
      body: `Version ${saved.version} is waiting for review.`,
      link: b.link,
    });
  }
  return { ...saved, compliant: result.compliant, findings: result.findings, submitted: input.submit };
}

/** After approval: the published post's URL. When every deliverable has one, the collaboration goes live. */
export async function submitLiveUrl(ctx: PortalContext, input: { deliverableId: string; url: string }) {
  const wentLive = await db.$transaction(async (tx) => {
    const collab = await tx.collaboration.findUnique({
      where: { workspaceId_id: { workspaceId: ctx.workspaceId, id: ctx.collaborationId } },
      select: { status: true },
    });
    if (!collab || !isCollaborationStatus(collab.status)) throw new AppError("NOT_FOUND", "This link is no longer valid.");
    if (collab.status !== "approved" && collab.status !== "live")
      throw new AppError("CONFLICT", "Send the live link once the brand has approved your content.");
    const d = await tx.deliverable.findFirst({
      where: { workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId, id: input.deliverableId },
      select: { id: true },
    });
    if (!d) throw new AppError("NOT_FOUND", "Deliverable not found.");
    await tx.deliverable.updateMany({ where: { workspaceId: ctx.workspaceId, id: d.id }, data: { liveUrl: input.url } });
    await tx.auditLog.create({
      data: {
        workspaceId: ctx.workspaceId,
        actorId: null,
        action: "deliverable.live_url",
        targetType: "deliverable",
        targetId: d.id,
        metadata: { url: input.url },
      },
    });
    const missing = await tx.deliverable.count({
      where: { workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId, liveUrl: null },
    });
    if (collab.status === "approved" && missing === 0) {
      await applyTransition(tx, {
        workspaceId: ctx.workspaceId,
        collaborationId: ctx.collaborationId,
        from: "approved",
        to: "live",
        actor: "influencer",
        actorId: null,
        note: input.url,
      });
      return true;
    }
    return false;
  });
  if (wentLive) {
    const b = await brandLink(ctx);
    await notifyBrand({
      workspaceId: ctx.workspaceId,
      kind: "collaboration.live",
      title: `${b.influencer} is live for "${b.campaign}"`,
      body: input.url,
      link: b.link,
    });
  }
  return { live: wentLive };
}
