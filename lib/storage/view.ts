// The plain, serialisable shape of a stored file that pages and clients see (no storage keys).
import type { FileKind } from "./kinds";

export type StoredFileView = {
  id: string;
  kind: FileKind;
  contentType: string;
  size: number;
  width: number | null;
  height: number | null;
  hasThumbnail: boolean;
  name: string;
};

export const STORED_FILE_SELECT = {
  id: true,
  kind: true,
  contentType: true,
  size: true,
  width: true,
  height: true,
  thumbnailKey: true,
  originalName: true,
} as const;

export function toStoredFileView(f: {
  id: string;
  kind: FileKind;
  contentType: string;
  size: number;
  width: number | null;
  height: number | null;
  thumbnailKey: string | null;
  originalName: string;
}): StoredFileView {
  return {
    id: f.id,
    kind: f.kind,
    contentType: f.contentType,
    size: f.size,
    width: f.width,
    height: f.height,
    hasThumbnail: f.thumbnailKey !== null,
    name: f.originalName,
  };
}

/** URL of a file (or its thumbnail) under a serving route: `/api/w/<slug>/files` or `/i/<token>/files`. */
export function fileUrl(base: string, fileId: string, variant?: "thumbnail"): string {
  return `${base}/${encodeURIComponent(fileId)}${variant ? `?variant=${variant}` : ""}`;
}
