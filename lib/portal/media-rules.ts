// The rules for draft media, shared by the server (media.ts, schemas.ts) and the upload widget.
import type { FileKind } from "@/lib/storage/kinds";

/** Kinds an influencer can attach to a draft. */
export const DRAFT_MEDIA_KINDS: readonly FileKind[] = ["image", "video"];
/** Files on one draft version: a 10-image carousel is the largest post the platforms take. */
export const MAX_DRAFT_MEDIA = 10;
/** Per collaboration: enough for many versions of a carousel, not enough to use us as free hosting. */
export const MEDIA_QUOTA = { files: 60, bytes: 2 * 1024 * 1024 * 1024 };
