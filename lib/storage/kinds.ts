// What kinds of file we accept, their content types, their size caps and how they are served. Pure:
// no I/O. The content type always comes from sniffing the bytes (sniff.ts), never from the file name
// or the client; this table says which sniffed types are acceptable at all.
export const FILE_KINDS = ["image", "video", "pdf", "csv"] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const MB = 1024 * 1024;

/** The largest file of each kind we store. Short draft videos fit in 200 MB; a CSV roster import caps at 20 MB. */
export const SIZE_CAPS: Record<FileKind, number> = {
  image: 20 * MB,
  video: 200 * MB,
  pdf: 25 * MB,
  csv: 20 * MB,
};

/**
 * Sniffed content types we accept, by kind. SVG is deliberately absent (it can carry script), and so
 * is HEIC (browsers other than Safari can't show it; iPhones convert to JPEG on upload).
 */
export const CONTENT_TYPES: Record<FileKind, readonly string[]> = {
  image: ["image/jpeg", "image/png", "image/gif", "image/webp", "image/avif"],
  video: ["video/mp4", "video/quicktime", "video/webm"],
  pdf: ["application/pdf"],
  csv: ["text/csv"],
};

/** The kind a sniffed content type belongs to, or null when we don't accept it. */
export function kindOf(contentType: string): FileKind | null {
  for (const kind of FILE_KINDS) if (CONTENT_TYPES[kind].includes(contentType)) return kind;
  return null;
}

/** The largest cap among `kinds`: how many bytes to accept before the kind is known. */
export function maxCap(kinds: readonly FileKind[]): number {
  return Math.max(0, ...kinds.map((k) => SIZE_CAPS[k]));
}

export function formatBytes(n: number): string {
  if (n >= MB) return `${Math.round((n / MB) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

export const KIND_LABELS: Record<FileKind, string> = { image: "an image", video: "a video", pdf: "a PDF", csv: "a CSV file" };

/** What to tell a person who sent a file we don't take, e.g. "Upload an image (JPEG, PNG, GIF, WebP or AVIF) or a video (MP4, MOV or WebM)." */
export function acceptedDescription(kinds: readonly FileKind[]): string {
  const names: Record<FileKind, string> = {
    image: "an image (JPEG, PNG, GIF, WebP or AVIF)",
    video: "a video (MP4, MOV or WebM)",
    pdf: "a PDF",
    csv: "a CSV file",
  };
  const parts = kinds.map((k) => names[k]);
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} or ${parts.at(-1)}`;
}

/** Images and videos open in the browser; everything else downloads. */
export function dispositionType(kind: FileKind): "inline" | "attachment" {
  return kind === "image" || kind === "video" ? "inline" : "attachment";
}

/**
 * A Content-Disposition header value. The name is the uploader's, so it is reduced to a safe ASCII
 * fallback (`filename=`) plus the full name percent-encoded (`filename*=`, RFC 6266 / RFC 5987); the
 * extension is replaced by the one of the sniffed type, so a ".html" name can't come back as HTML.
 */
export function contentDisposition(kind: FileKind, originalName: string, contentType: string): string {
  const ext = EXTENSIONS[contentType] ?? "bin";
  const base =
    originalName
      .replace(/\.[^.]{0,10}$/, "")
      .replace(/[\p{Cc}\p{Cf}]/gu, "")
      .trim()
      .slice(0, 100) || "file";
  const full = `${base}.${ext}`;
  const ascii = full.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_");
  return `${dispositionType(kind)}; filename="${ascii}"; filename*=UTF-8''${encodeRFC5987(full)}`;
}

function encodeRFC5987(s: string): string {
  return encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export const EXTENSIONS: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/avif": "avif",
  "video/mp4": "mp4",
  "video/quicktime": "mov",
  "video/webm": "webm",
  "application/pdf": "pdf",
  "text/csv": "csv",
};
