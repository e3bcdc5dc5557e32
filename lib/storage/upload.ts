// Storing an upload: spool the body to scratch space (capped, hashed), sniff its type from the first
// bytes, refuse kinds the caller doesn't accept, make an image's thumbnail (which also proves the
// image decodes), put the bytes in the driver and record a StoredFile row. Callers decide who may
// upload to which owner record and pass only trusted values; the client's file name is kept for
// display and downloads, its content type is ignored.
import { randomUUID } from "node:crypto";
import fsp from "node:fs/promises";
import path from "node:path";

import { keys, spoolDir, storage } from ".";
import { db } from "../db";
import type { FileOwnerType } from "../db/generated/client";
import { AppError } from "../errors";
import { log } from "../log";
import { acceptedDescription, maxCap, SIZE_CAPS, type FileKind } from "./kinds";
import { sniff, SNIFF_BYTES, type Sniffed } from "./sniff";
import { spool } from "./spool";
import { makeThumbnail } from "./thumbnail";
import { STORED_FILE_SELECT, toStoredFileView, type StoredFileView } from "./view";

export type UploadInput = {
  /** The request body: the file's bytes, as sent (not multipart). */
  body: ReadableStream<Uint8Array> | null;
  /** The Content-Length header, when sent. */
  declaredLength: number | null;
  /** The name the uploader gave the file (display and downloads only). */
  fileName: string;
};

export type Uploader = { type: "user"; userId: string } | { type: "portal" };

/** Content-Length as a number, or null when absent or not a plain non-negative integer. */
export function declaredLengthOf(headers: Headers): number | null {
  const v = headers.get("content-length");
  return v !== null && /^\d{1,15}$/.test(v) ? Number(v) : null;
}

/** A display name from a client-sent name (percent-encoded in a header): no path, no control characters, 200 characters. */
export function cleanFileName(raw: string | null): string {
  let name = raw ?? "";
  try {
    name = decodeURIComponent(name);
  } catch {
    /* keep it as sent */
  }
  name = name
    .split(/[\\/]/)
    .pop()!
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .trim()
    .slice(0, 200);
  return name || "upload";
}

export async function storeUpload(opts: {
  workspaceId: string;
  owner: { type: FileOwnerType; id: string };
  uploader: Uploader;
  accept: readonly FileKind[];
  upload: UploadInput;
}): Promise<StoredFileView> {
  if (!opts.upload.body) throw new AppError("BAD_REQUEST", "Choose a file to upload.");
  const dir = spoolDir();
  await fsp.mkdir(dir, { recursive: true });
  const id = randomUUID();
  const tmp = path.join(dir, `${id}.upload`);
  const tmpThumb = path.join(dir, `${id}.thumb.webp`);
  const notAccepted = () => new AppError("UNPROCESSABLE", `This file can't be used here. Upload ${acceptedDescription(opts.accept)}.`);
  let sniffed: Sniffed | null = null;
  const putKeys: string[] = [];
  try {
    const spooled = await spool(opts.upload.body, tmp, {
      declaredLength: opts.upload.declaredLength,
      cap: maxCap(opts.accept),
      headBytes: SNIFF_BYTES,
      onHead: async (head) => {
        sniffed = await sniff(head);
        if (!sniffed || !opts.accept.includes(sniffed.kind)) throw notAccepted();
        return SIZE_CAPS[sniffed.kind];
      },
    });
    const type = sniffed as Sniffed | null;
    if (!type) throw notAccepted();
    let dims: { width: number; height: number } | null = null;
    if (type.kind === "image") {
      try {
        dims = await makeThumbnail(tmp, tmpThumb);
      } catch {
        throw new AppError("UNPROCESSABLE", "This image could not be read. Export it again as JPEG or PNG and upload that.");
      }
    }
    const driver = storage();
    const key = keys.original(opts.workspaceId, id);
    await driver.put(key, { path: tmp, size: spooled.size, contentType: type.contentType });
    putKeys.push(key);
    let thumbnailKey: string | null = null;
    if (dims) {
      thumbnailKey = keys.thumbnail(opts.workspaceId, id);
      const st = await fsp.stat(tmpThumb);
      await driver.put(thumbnailKey, { path: tmpThumb, size: st.size, contentType: "image/webp" });
      putKeys.push(thumbnailKey);
    }
    const row = await db.storedFile.create({
      data: {
        workspaceId: opts.workspaceId,
        id,
        ownerType: opts.owner.type,
        ownerId: opts.owner.id,
        kind: type.kind,
        contentType: type.contentType,
        size: spooled.size,
        sha256: spooled.sha256,
        storageKey: key,
        thumbnailKey,
        width: dims?.width ?? null,
        height: dims?.height ?? null,
        originalName: cleanFileName(opts.upload.fileName),
        uploader: opts.uploader.type,
        uploadedById: opts.uploader.type === "user" ? opts.uploader.userId : null,
      },
      select: STORED_FILE_SELECT,
    });
    putKeys.length = 0; // recorded: keep the objects
    return toStoredFileView(row);
  } finally {
    await Promise.all([fsp.rm(tmp, { force: true }), fsp.rm(tmpThumb, { force: true })]);
    // Objects stored but never recorded (the insert failed) are removed again.
    for (const k of putKeys)
      await storage()
        .delete(k)
        .catch((e: unknown) => log.error("stored object cleanup failed", { key: k, err: e }));
  }
}
