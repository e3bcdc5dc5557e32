// Post metrics in the influencer portal: once their content is approved or live, the creator adds
// their post's link and reports its numbers, with an optional screenshot of their insights as
// evidence. Everything is scoped by the portal context (the token's one collaboration); a post or
// file id from anywhere else is NOT_FOUND. The numbers are stored with source "portal" and shown to
// the brand as reported by the creator.
import { db } from "../db";
import { AppError } from "../errors";
import type { PortalContext } from "../portal/gate";
import { storeCollaborationUpload } from "../portal/media";
import { looksLikeFileId } from "../storage/access";
import type { UploadInput } from "../storage/upload";
import type { StoredFileView } from "../storage/view";
import { createPost, loadCollaborationMetrics, type CollaborationMetrics } from "./records";
import type { PortalPostInput, PortalSnapshotInput } from "./schemas";
import { addSnapshot, assertPlausible, type SnapshotOutcome } from "./snapshots";

/** Statuses in which the creator reports posts and numbers: after approval (the live link) and later. */
export const METRICS_STATUSES: readonly string[] = ["approved", "live", "completed"];

async function assertOpen(ctx: PortalContext): Promise<void> {
  const c = await db.collaboration.findFirst({
    where: { workspaceId: ctx.workspaceId, id: ctx.collaborationId },
    select: { status: true },
  });
  if (!c) throw new AppError("NOT_FOUND", "This link is no longer valid.");
  if (!METRICS_STATUSES.includes(c.status))
    throw new AppError("CONFLICT", "You can add your post and its numbers once the brand has approved your content.");
}

export type PortalMetricsView = CollaborationMetrics & { open: boolean };

/** What the portal's "Your post's numbers" section shows (the token's collaboration only). */
export async function loadPortalMetrics(ctx: PortalContext): Promise<PortalMetricsView> {
  const view = await loadCollaborationMetrics(ctx.workspaceId, ctx.collaborationId);
  return { ...view, open: METRICS_STATUSES.includes(view.status) };
}

export async function portalAddPost(ctx: PortalContext, input: PortalPostInput): Promise<{ id: string; url: string }> {
  await assertOpen(ctx);
  return createPost({ workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId, actorId: null, input, actor: "influencer" });
}

export async function portalSubmitMetrics(ctx: PortalContext, input: PortalSnapshotInput): Promise<SnapshotOutcome> {
  assertPlausible(input);
  await assertOpen(ctx);
  const post = await db.post.findFirst({
    where: { workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId, id: input.postId },
    select: { id: true },
  });
  if (!post) throw new AppError("NOT_FOUND", "Post not found.");
  if (input.evidenceFileId) {
    const file =
      looksLikeFileId(input.evidenceFileId) &&
      (await db.storedFile.findFirst({
        where: {
          workspaceId: ctx.workspaceId,
          id: input.evidenceFileId,
          ownerType: "collaboration",
          ownerId: ctx.collaborationId,
          kind: "image",
        },
        select: { id: true },
      }));
    if (!file) throw new AppError("NOT_FOUND", "The screenshot was not found. Upload it again.");
  }
  const { postId, capturedAt, evidenceFileId, ...counts } = input;
  return addSnapshot({ workspaceId: ctx.workspaceId, actorId: null, postId, source: "portal", capturedAt, counts, evidenceFileId });
}

/** Stores a screenshot of the creator's insights (images only, the collaboration's upload quota). */
export async function uploadInsightScreenshot(ctx: PortalContext, upload: UploadInput): Promise<StoredFileView> {
  await assertOpen(ctx);
  return storeCollaborationUpload(ctx, ["image"], upload);
}
