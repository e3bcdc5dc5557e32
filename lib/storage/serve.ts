// Serving a stored file from a route handler, after the caller has checked permissions. The type is
// the sniffed one, with nosniff so no browser second-guesses it; images and videos are inline,
// everything else an attachment; the response is sandboxed (no script runs even if a file is opened
// on its own) and cacheable only by the browser that asked, which revalidates each time (the ETag is
// the content hash) so a revoked link or membership stops working at once. Range requests let a
// <video> seek.
import { Readable } from "node:stream";

import { storage } from ".";
import { AppError } from "../errors";
import { log } from "../log";
import { contentDisposition, type FileKind } from "./kinds";
import { parseRange } from "./range";

export type ServableFile = {
  kind: FileKind;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  thumbnailKey: string | null;
  originalName: string;
};

export type Variant = "original" | "thumbnail";

/** `?variant=thumbnail` → the thumbnail; anything else → the original. */
export function variantOf(req: Request): Variant {
  return new URL(req.url).searchParams.get("variant") === "thumbnail" ? "thumbnail" : "original";
}

export async function fileResponse(req: Request, file: ServableFile, variant: Variant = "original"): Promise<Response> {
  const thumb = variant === "thumbnail";
  if (thumb && !file.thumbnailKey) throw new AppError("NOT_FOUND", "File not found.");
  const key = thumb ? file.thumbnailKey! : file.storageKey;
  const contentType = thumb ? "image/webp" : file.contentType;
  const etag = `"${file.sha256}${thumb ? "-t" : ""}"`;
  const headers = new Headers({
    "Content-Type": contentType,
    "X-Content-Type-Options": "nosniff",
    "Content-Disposition": contentDisposition(thumb ? "image" : file.kind, file.originalName, contentType),
    "Cache-Control": "private, no-cache",
    ETag: etag,
    "Accept-Ranges": "bytes",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    "Cross-Origin-Resource-Policy": "same-origin",
  });
  const range = req.headers.get("range");
  if (!range && ifNoneMatch(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });

  const driver = storage();
  if (thumb) {
    // Thumbnails are small: always whole (a server may ignore Range), and one call to the driver.
    headers.set("Accept-Ranges", "none");
    const obj = await driver.get(key);
    if (!obj) throw missing(key);
    headers.set("Content-Length", String(obj.size));
    if (req.method === "HEAD") {
      obj.body.destroy();
      return new Response(null, { status: 200, headers });
    }
    return new Response(Readable.toWeb(obj.body) as ReadableStream<Uint8Array>, { status: 200, headers });
  }
  const size = file.size;
  const r = parseRange(range, size);
  if (r === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  if (r) headers.set("Content-Range", `bytes ${r.start}-${r.end}/${size}`);
  headers.set("Content-Length", String(r ? r.end - r.start + 1 : size));
  const status = r ? 206 : 200;
  if (req.method === "HEAD") return new Response(null, { status, headers });
  const obj = await driver.get(key, r ?? undefined);
  if (!obj) throw missing(key);
  return new Response(Readable.toWeb(obj.body) as ReadableStream<Uint8Array>, { status, headers });
}

function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.trim() === "*" || header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

/** A recorded file whose bytes are gone is a server fault (logged), but the client just sees 404. */
function missing(key: string): AppError {
  log.error("object missing for a recorded file", { key });
  return new AppError("NOT_FOUND", "File not found.");
}
