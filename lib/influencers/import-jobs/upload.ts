/** An uploaded roster file's bytes → text, with the size limit every way in (route, CLI) shares. */

import { AppError } from "@/lib/errors";

/** Largest upload accepted: 20 MB (about 150,000 typical roster rows). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Reads an uploaded file's bytes as text; a clear AppError for empty, oversized or non-text files. */
export function decodeUpload(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new AppError("UNPROCESSABLE", "The file is empty.");
  if (bytes.byteLength > MAX_UPLOAD_BYTES)
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      "The file is larger than 20 MB. Split it into smaller files and import them one after the other.",
    );
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}
