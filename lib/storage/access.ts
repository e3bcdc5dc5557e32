// Who may read a stored file: whoever may read the record it belongs to. For a workspace member that
// is the owner record's read permission (the table below) and the record existing in their
// workspace; the portal's rule (the influencer's own collaboration) is in lib/portal/media.ts. Every
// refusal is NOT_FOUND, so a file id from elsewhere reveals nothing.
import { can, type Permission, type Role } from "../auth/permissions";
import { db } from "../db";
import type { FileOwnerType } from "../db/generated/client";
import { AppError } from "../errors";
import type { ServableFile } from "./serve";

/** The permission that reads each kind of owner record, and so its files. */
export const OWNER_READ_PERMISSION: Record<FileOwnerType, Permission> = {
  collaboration: "campaigns.read",
  // The workspace's logo: every member sees it (reports, settings).
  workspace: "workspace.read",
};

export const SERVABLE_SELECT = {
  ownerType: true,
  ownerId: true,
  kind: true,
  contentType: true,
  size: true,
  sha256: true,
  storageKey: true,
  thumbnailKey: true,
  originalName: true,
} as const;

/** Ids we generate are UUIDs; anything else can't be a file and isn't looked up. */
export function looksLikeFileId(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);
}

async function ownerExists(workspaceId: string, type: FileOwnerType, id: string): Promise<boolean> {
  switch (type) {
    case "collaboration":
      return (await db.collaboration.count({ where: { workspaceId, id } })) > 0;
    case "workspace":
      return id === workspaceId;
  }
}

/** A file of `workspaceId` that `role` may read, or NOT_FOUND. */
export async function findFileForMember(opts: { workspaceId: string; role: Role; fileId: string }): Promise<ServableFile> {
  const notFound = new AppError("NOT_FOUND", "File not found.");
  if (!looksLikeFileId(opts.fileId)) throw notFound;
  const f = await db.storedFile.findUnique({
    where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.fileId } },
    select: SERVABLE_SELECT,
  });
  if (!f || !can(opts.role, OWNER_READ_PERMISSION[f.ownerType])) throw notFound;
  if (!(await ownerExists(opts.workspaceId, f.ownerType, f.ownerId))) throw notFound;
  return f;
}
