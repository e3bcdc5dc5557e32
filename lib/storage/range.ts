// HTTP Range requests (RFC 9110 §14) for serving files, so a <video> can seek without downloading the
// whole file. Pure. One range per request: a multi-range request is answered with the whole file,
// which the RFC allows.
/** An inclusive byte range, as in an HTTP Range header (`bytes=start-end`). */
export type ByteRange = { start: number; end: number };

/**
 * Parses a Range header against a file of `size` bytes.
 * - no header, another unit, several ranges or a malformed value → null (send the whole file, 200);
 * - a range that starts at or past the end, or an empty file → "unsatisfiable" (416);
 * - otherwise the inclusive range, its end clamped to the last byte: `bytes=0-` is the whole file,
 *   `bytes=-500` the last 500 bytes (the whole file when it is smaller).
 */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const m = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (size <= 0) return "unsatisfiable";
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (!Number.isSafeInteger(start) || start >= size) return "unsatisfiable";
  if (end < start) return null; // "bytes=500-100" is invalid: ignore it
  return { start, end };
}
