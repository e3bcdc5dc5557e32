// The workspace's logo, shown on its client reports (the report page, the shared link and the PDF).
// One image per workspace, stored through lib/storage like every upload (sniffed type, never the
// client's; decoded once for its thumbnail, which proves it is an image) and owned by the workspace
// itself (StoredFile ownerType "workspace", ownerId = the workspace's id). Only PNG, JPEG and WebP, at
// most LOGO_MAX_BYTES: a logo is small, and the PDF embeds PNG and JPEG (WebP is converted to PNG
// for it, see logoForPdf).
import sharp from "sharp";

import { db } from "../db";
import { AppError } from "../errors";
import { purgeObjects, storage } from "../storage";
import { SERVABLE_SELECT } from "../storage/access";
import { formatBytes } from "../storage/kinds";
import type { ServableFile } from "../storage/serve";
import { storeUpload, type UploadInput } from "../storage/upload";
import type { StoredFileView } from "../storage/view";
import { recordAudit } from "./audit";

export const LOGO_CONTENT_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

const wrongType = () => new AppError("UNPROCESSABLE", "Upload the logo as a PNG, JPEG or WebP image.");
const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `A logo can be at most ${formatBytes(LOGO_MAX_BYTES)}.`);

/** Stores `upload` as the workspace's logo, replacing (and deleting) the one before. */
export async function setWorkspaceLogo(opts: { workspaceId: string; actorId: string; upload: UploadInput }): Promise<StoredFileView> {
  const { workspaceId } = opts;
  if (opts.upload.declaredLength !== null && opts.upload.declaredLength > LOGO_MAX_BYTES) throw tooLarge();
  const file = await storeUpload({
    workspaceId,
    owner: { type: "workspace", id: workspaceId },
    uploader: { type: "user", userId: opts.actorId },
    accept: ["image"],
    upload: opts.upload,
  }).catch((e: unknown) => {
    // storeUpload's refusal names every image type it takes; a logo takes three.
    throw e instanceof AppError && e.code === "UNPROCESSABLE" && /can't be used here/.test(e.message) ? wrongType() : e;
  });
  const refusal = !(LOGO_CONTENT_TYPES as readonly string[]).includes(file.contentType)
    ? wrongType()
    : file.size > LOGO_MAX_BYTES
      ? tooLarge()
      : null;
  if (refusal) {
    await deleteFiles(workspaceId, [file.id]);
    throw refusal;
  }
  const previous = await db.$transaction(async (tx) => {
    const before = await tx.workspaceSettings.findUnique({ where: { workspaceId }, select: { logoFileId: true } });
    await tx.workspaceSettings.upsert({
      where: { workspaceId },
      create: { workspaceId, logoFileId: file.id },
      update: { logoFileId: file.id },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "workspace.logo",
      targetType: "workspace",
      targetId: workspaceId,
      metadata: { fileId: file.id },
    });
    return before?.logoFileId ?? null;
  });
  if (previous) await deleteFiles(workspaceId, [previous]);
  return file;
}

/** Removes the workspace's logo (nothing to do when there is none). */
export async function removeWorkspaceLogo(opts: { workspaceId: string; actorId: string }): Promise<void> {
  const { workspaceId } = opts;
  const previous = await db.$transaction(async (tx) => {
    const before = await tx.workspaceSettings.findUnique({ where: { workspaceId }, select: { logoFileId: true } });
    if (!before?.logoFileId) return null;
    await tx.workspaceSettings.update({ where: { workspaceId }, data: { logoFileId: null } });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "workspace.logo_removed",
      targetType: "workspace",
      targetId: workspaceId,
    });
    return before.logoFileId;
  });
  if (previous) await deleteFiles(workspaceId, [previous]);
}

async function deleteFiles(workspaceId: string, ids: string[]) {
  const rows = await db.storedFile.findMany({
    where: { workspaceId, id: { in: ids }, ownerType: "workspace", ownerId: workspaceId },
    select: { storageKey: true, thumbnailKey: true },
  });
  await db.storedFile.deleteMany({ where: { workspaceId, id: { in: ids }, ownerType: "workspace", ownerId: workspaceId } });
  await purgeObjects(rows.flatMap((r) => [r.storageKey, ...(r.thumbnailKey ? [r.thumbnailKey] : [])]));
}

/** The id of the workspace's logo file, or null. */
export async function workspaceLogoId(workspaceId: string): Promise<string | null> {
  const s = await db.workspaceSettings.findUnique({ where: { workspaceId }, select: { logoFileId: true } });
  return s?.logoFileId ?? null;
}

/** The workspace's logo as a servable file (for the shared report's logo route), or NOT_FOUND. */
export async function workspaceLogoFile(workspaceId: string): Promise<ServableFile> {
  const id = await workspaceLogoId(workspaceId);
  const f = id
    ? await db.storedFile.findFirst({
        where: { workspaceId, id, ownerType: "workspace", ownerId: workspaceId },
        select: SERVABLE_SELECT,
      })
    : null;
  if (!f) throw new AppError("NOT_FOUND", "No logo.");
  return f;
}

/** The logo's bytes for pdf-lib: PNG or JPEG as stored, WebP converted to PNG; null without a logo. */
export async function logoForPdf(workspaceId: string): Promise<{ type: "png" | "jpeg"; bytes: Uint8Array } | null> {
  const f = await workspaceLogoFile(workspaceId).catch(() => null);
  if (!f) return null;
  const obj = await storage().get(f.storageKey);
  if (!obj) return null;
  const chunks: Buffer[] = [];
  for await (const c of obj.body) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as Uint8Array));
  const bytes = Buffer.concat(chunks);
  if (f.contentType === "image/png") return { type: "png", bytes };
  if (f.contentType === "image/jpeg") return { type: "jpeg", bytes };
  if (f.contentType === "image/webp") return { type: "png", bytes: await sharp(bytes, { failOn: "error" }).png().toBuffer() };
  return null;
}
