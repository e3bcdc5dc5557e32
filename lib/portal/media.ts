// Draft media in the portal: the influencer uploads images and short videos for their drafts. Files
// belong to the collaboration (the token's, never one named by the client) and are attached to a
// draft version when it is saved. Uploading is possible while drafts are editable, up to a quota per
// collaboration; reading is possible with a valid token for the collaboration the file belongs to.
import { db } from "../db";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { looksLikeFileId, SERVABLE_SELECT } from "../storage/access";
import { formatBytes, type FileKind } from "../storage/kinds";
import type { ServableFile } from "../storage/serve";
import { storeUpload, type UploadInput } from "../storage/upload";
import type { StoredFileView } from "../storage/view";
import type { PortalContext } from "./gate";
import { DRAFT_MEDIA_KINDS, MEDIA_QUOTA } from "./media-rules";

const UPLOAD_STATUSES = ["accepted", "drafting", "in_review", "changes_requested"];

export async function uploadDraftMedia(ctx: PortalContext, upload: UploadInput): Promise<StoredFileView> {
  const collab = await db.collaboration.findUnique({
    where: { workspaceId_id: { workspaceId: ctx.workspaceId, id: ctx.collaborationId } },
    select: { status: true },
  });
  if (!collab) throw new AppError("NOT_FOUND", "This link is no longer valid.");
  if (!UPLOAD_STATUSES.includes(collab.status)) {
    throw new AppError(
      "CONFLICT",
      collab.status === "invited" ? "Accept the collaboration before uploading content." : "Drafts can't be changed at this stage.",
    );
  }
  return storeCollaborationUpload(ctx, DRAFT_MEDIA_KINDS, upload);
}

/**
 * Stores a portal upload as a file of the token's collaboration, within the collaboration's quota
 * (MEDIA_QUOTA, counted over all its files: drafts and insight screenshots alike). The caller has
 * checked that the collaboration's stage allows the upload.
 */
export async function storeCollaborationUpload(
  ctx: PortalContext,
  accept: readonly FileKind[],
  upload: UploadInput,
): Promise<StoredFileView> {
  const used = await db.storedFile.aggregate({
    where: { workspaceId: ctx.workspaceId, ownerType: "collaboration", ownerId: ctx.collaborationId },
    _count: { _all: true },
    _sum: { size: true },
  });
  const usedBytes = used._sum.size ?? 0;
  if (used._count._all >= MEDIA_QUOTA.files || usedBytes + (upload.declaredLength ?? 0) > MEDIA_QUOTA.bytes) {
    throw new AppError(
      "CONFLICT",
      `This collaboration has reached its upload limit (${MEDIA_QUOTA.files} files, ${formatBytes(MEDIA_QUOTA.bytes)}). Ask the brand if you need more.`,
    );
  }
  return storeUpload({
    workspaceId: ctx.workspaceId,
    owner: { type: "collaboration", id: ctx.collaborationId },
    uploader: { type: "portal" },
    accept,
    upload,
  });
}

/** A file of the token's collaboration, or NOT_FOUND (another collaboration's file, in any workspace, is not found). */
export async function findPortalFile(ctx: PortalContext, fileId: string): Promise<ServableFile> {
  const notFound = new AppError("NOT_FOUND", "File not found.");
  if (!looksLikeFileId(fileId)) throw notFound;
  const f = await db.storedFile.findFirst({
    where: { workspaceId: ctx.workspaceId, id: fileId, ownerType: "collaboration", ownerId: ctx.collaborationId },
    select: SERVABLE_SELECT,
  });
  if (!f) throw notFound;
  return f;
}

/**
 * Replaces a draft version's media with `media` (in order). Every file must be an image or video
 * uploaded to this collaboration: a file id from anywhere else is NOT_FOUND.
 */
export async function setDraftMedia(
  tx: Prisma.TransactionClient,
  ctx: PortalContext,
  draftId: string,
  media: readonly { fileId: string; altText: string }[],
) {
  const ids = media.map((m) => m.fileId);
  const found = ids.length
    ? await tx.storedFile.findMany({
        where: {
          workspaceId: ctx.workspaceId,
          ownerType: "collaboration",
          ownerId: ctx.collaborationId,
          id: { in: ids.filter(looksLikeFileId) },
          kind: { in: ["image", "video"] },
        },
        select: { id: true },
      })
    : [];
  if (found.length !== new Set(ids).size) throw new AppError("NOT_FOUND", "One of the media files was not found. Upload it again.");
  await tx.draftMedia.deleteMany({ where: { workspaceId: ctx.workspaceId, draftId } });
  if (media.length)
    await tx.draftMedia.createMany({
      data: media.map((m, position) => ({ workspaceId: ctx.workspaceId, draftId, fileId: m.fileId, position, altText: m.altText })),
    });
}
