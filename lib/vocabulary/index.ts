/**
 * The product's closed vocabularies and their labels, defined once: social platforms, content
 * formats (what the disclosure checker distinguishes) and deliverable types (what a brief asks for).
 *
 * Pure module. The lists are checked at compile time against the Prisma enums `SocialPlatform` and
 * `DeliverableType`: the `import type` below is erased, so nothing of Prisma runs here (the lint rule
 * in eslint.boundaries.mjs allows this module type-only imports from the generated enums, nothing
 * else). A value added to the schema without a label here, or a label the schema doesn't know, fails
 * `tsc`. Content formats are a plain string column, so their list is the source of truth.
 */
import type { DeliverableType as SchemaDeliverableType, SocialPlatform } from "@/lib/db/generated/enums";

/** True when A and B are the same union; `Same<A, B> extends true` is the compile-time check. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<T extends true> = T;

/** Social platforms, in the order pickers show them. */
export const PLATFORMS = ["instagram", "tiktok", "youtube", "twitter", "facebook", "twitch", "pinterest", "blog"] as const;
export type Platform = (typeof PLATFORMS)[number];
export type _PlatformsMatchSchema = Check<Same<Platform, SocialPlatform>>;

/** Display names. X is named with its former name, which people still search for. */
export const PLATFORM_LABELS = {
  instagram: "Instagram",
  tiktok: "TikTok",
  youtube: "YouTube",
  twitter: "X (Twitter)",
  facebook: "Facebook",
  twitch: "Twitch",
  pinterest: "Pinterest",
  blog: "Blog",
} as const satisfies Record<SocialPlatform, string>;

/** Deliverable types a brief can ask for, in picker order. */
export const DELIVERABLE_TYPES = ["post", "story", "reel", "short_video", "long_video", "livestream", "blog_article"] as const;
export type DeliverableType = (typeof DELIVERABLE_TYPES)[number];
export type _DeliverableTypesMatchSchema = Check<Same<DeliverableType, SchemaDeliverableType>>;

export const DELIVERABLE_TYPE_LABELS = {
  post: "Post",
  story: "Story",
  reel: "Reel",
  short_video: "Short video",
  long_video: "Long video",
  livestream: "Livestream",
  blog_article: "Blog article",
} as const satisfies Record<SchemaDeliverableType, string>;

/** Content formats, as the disclosure checker tells them apart (where and how a disclosure shows). */
export const FORMATS = ["post", "story", "reel", "video", "live", "blog"] as const;
export type ContentFormat = (typeof FORMATS)[number];

/** Narrows a stored format (a plain string column) to the vocabulary. */
export function isContentFormat(value: string): value is ContentFormat {
  return (FORMATS as readonly string[]).includes(value);
}

export const FORMAT_LABELS: Readonly<Record<ContentFormat, string>> = {
  post: "Post",
  story: "Story",
  reel: "Reel",
  video: "Video",
  live: "Livestream",
  blog: "Blog article",
};

/** The format a draft for each deliverable type starts with. */
export const DELIVERABLE_FORMAT: Readonly<Record<DeliverableType, ContentFormat>> = {
  post: "post",
  story: "story",
  reel: "reel",
  short_video: "video",
  long_video: "video",
  livestream: "live",
  blog_article: "blog",
};

/** Formats with sound and pictures, where a spoken disclosure and a transcript apply. */
export const VIDEO_FORMATS: readonly ContentFormat[] = ["reel", "video", "live"];
