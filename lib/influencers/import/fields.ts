/**
 * Import columns: the fields a roster file can fill, and automatic matching of a file's headers
 * ("Follower Count", "E-mail", "Instagram", "IG handle", "TikTok followers") to them.
 */

import { PLATFORM_LABELS, platformKey, PLATFORMS, type Platform } from "./platforms";

export const IMPORT_FIELDS = [
  "handle",
  "platform",
  "profile_url",
  "display_name",
  "email",
  "followers",
  "following",
  "posts",
  "engagement_rate",
  "avg_likes",
  "avg_comments",
  "avg_views",
  "country",
  "languages",
  "niches",
  "tags",
  "bio",
  "notes",
  "top_hashtags",
  "brands_worked_with",
  // A column per platform: its handle or profile link, and that account's followers.
  "instagram_handle",
  "instagram_followers",
  "tiktok_handle",
  "tiktok_followers",
  "youtube_handle",
  "youtube_followers",
  "twitter_handle",
  "twitter_followers",
  "facebook_handle",
  "facebook_followers",
  "twitch_handle",
  "twitch_followers",
  "pinterest_handle",
  "pinterest_followers",
  "blog_handle",
  "blog_followers",
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The column holding one platform's handle or profile link ("Instagram", "IG handle", "YouTube channel"). */
export const platformHandleField = (platform: Platform) => `${platform}_handle` as const;
/** The column holding one platform's follower count ("TikTok followers"), next to its handle column. */
export const platformFollowersField = (platform: Platform) => `${platform}_followers` as const;

type PlatformColumnField = `${Platform}_handle` | `${Platform}_followers`;
/** Fields that are about the person or their main account, not one platform's column. */
export type GeneralField = Exclude<ImportField, PlatformColumnField>;

/** The platform of a platform column's field ("tiktok_followers" → tiktok), null for the general fields. */
export function platformOfField(field: ImportField): Platform | null {
  return PLATFORMS.find((p) => field === platformHandleField(p) || field === platformFollowersField(p)) ?? null;
}

export function isGeneralField(field: ImportField): field is GeneralField {
  return platformOfField(field) === null;
}

export const GENERAL_FIELDS: readonly GeneralField[] = IMPORT_FIELDS.filter(isGeneralField);

const GENERAL_FIELD_LABELS: Record<GeneralField, string> = {
  handle: "Handle",
  platform: "Platform",
  profile_url: "Profile link",
  display_name: "Name",
  email: "Email",
  followers: "Followers",
  following: "Following",
  posts: "Posts",
  engagement_rate: "Engagement rate",
  avg_likes: "Average likes",
  avg_comments: "Average comments",
  avg_views: "Average views",
  country: "Country",
  languages: "Languages",
  niches: "Niches",
  tags: "Tags",
  bio: "Bio",
  notes: "Notes",
  top_hashtags: "Top hashtags",
  brands_worked_with: "Brands worked with",
};

/** What the mapping menu shows for a field ("Followers", "Instagram handle or link"). */
export function importFieldLabel(field: ImportField): string {
  if (isGeneralField(field)) return GENERAL_FIELD_LABELS[field];
  const platform = platformOfField(field) ?? "blog";
  return field === platformHandleField(platform) ? `${PLATFORM_LABELS[platform]} handle or link` : `${PLATFORM_LABELS[platform]} followers`;
}

/** Header (exactly as in the file) → the field it fills, or null for "ignore this column". */
export type ColumnMapping = Record<string, ImportField | null>;

/** Fields that take a list ("beauty, travel"): when two columns map to one, their lists merge. */
export const LIST_FIELDS: ReadonlySet<ImportField> = new Set(["languages", "niches", "tags", "top_hashtags", "brands_worked_with"]);

/**
 * Header spellings per field, compared after {@link headerKey} (so "Follower count", "follower_count"
 * and "FOLLOWER-COUNT" are one key). A header that is also prefixed by a platform name ("IG handle",
 * "Instagram followers", "YouTube subscribers") matches too.
 *
 * Deliberately absent: "comments" (in rosters it is as often free-text notes as an average comment
 * count, so it is left for the user to map), "reach" (a different metric from followers),
 * "website" (an influencer's own site is not their profile), "line" and "error" (the columns
 * {@link failedRowsCsv} adds, so a corrected failed-rows file re-imports cleanly).
 */
export const IMPORT_FIELD_ALIASES: Record<GeneralField, readonly string[]> = {
  handle: [
    "handle",
    "username",
    "user name",
    "user",
    "@",
    "account",
    "account name",
    "screen name",
    "creator handle",
    "influencer handle",
    "social handle",
    "handle/username",
  ],
  platform: ["platform", "network", "social network", "social media", "channel type", "social platform", "site"],
  profile_url: [
    "profile url",
    "url",
    "link",
    "profile link",
    "profile",
    "profile address",
    "page url",
    "channel url",
    "channel link",
    "social link",
  ],
  display_name: [
    "name",
    "full name",
    "display name",
    "creator name",
    "influencer name",
    "creator",
    "influencer",
    "real name",
    "contact name",
  ],
  email: ["email", "e-mail", "email address", "e-mail address", "mail", "contact", "contact email", "business email", "work email"],
  followers: [
    "followers",
    "follower",
    "follower count",
    "followers count",
    "no of followers",
    "number of followers",
    "num followers",
    "total followers",
    "subscribers",
    "subscriber count",
    "subs",
    "fans",
    "audience",
    "audience size",
  ],
  following: ["following", "follows", "following count", "followings", "number following"],
  posts: ["posts", "post count", "number of posts", "no of posts", "media count", "uploads", "videos", "total posts"],
  engagement_rate: [
    "engagement",
    "engagement rate",
    "engagement rate (%)",
    "er",
    "er %",
    "eng rate",
    "eng",
    "engagement %",
    "avg engagement",
    "average engagement",
    "avg engagement rate",
    "average engagement rate",
    "engagement pct",
  ],
  avg_likes: ["avg likes", "average likes", "likes", "likes per post", "mean likes", "avg. likes"],
  avg_comments: ["avg comments", "average comments", "comments per post", "mean comments", "avg. comments"],
  avg_views: [
    "avg views",
    "average views",
    "views",
    "video views",
    "avg video views",
    "average video views",
    "plays",
    "avg plays",
    "views per video",
  ],
  country: ["country", "location", "geo", "country code", "country/region", "based in", "audience country"],
  languages: ["language", "languages", "lang", "langs", "spoken languages"],
  niches: ["niche", "niches", "category", "categories", "vertical", "verticals", "topic", "topics", "interests", "content category"],
  tags: ["tags", "tag", "labels", "label", "lists", "segment"],
  bio: ["bio", "biography", "description", "about", "profile bio"],
  notes: ["notes", "note", "internal notes", "remarks", "memo"],
  top_hashtags: ["top hashtags", "hashtags", "hashtag", "popular hashtags", "main hashtags"],
  brands_worked_with: [
    "brands worked with",
    "brands",
    "past brands",
    "previous brands",
    "brand partners",
    "brand partnerships",
    "past collaborations",
    "collaborations",
    "brand collabs",
    "partnerships",
    "worked with",
  ],
};

/**
 * Comparison key for a header: lower case, accents removed, "%" and "@" kept (an "@" column is a
 * handle column), every other non-letter/digit dropped. A leading "#"/"no."/"number of" is
 * covered by explicit aliases.
 */
export function headerKey(header: string): string {
  return header
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9@%]/g, "");
}

const FIELD_BY_KEY: ReadonlyMap<string, ImportField> = new Map(
  GENERAL_FIELDS.flatMap((field) => IMPORT_FIELD_ALIASES[field].map((alias) => [headerKey(alias), field] as const)),
);

/** Looks a key up as is, then without its "%" and "@" signs ("ER (%)" → "er", "@handle" → "handle"). */
function lookup(key: string): ImportField | null {
  return FIELD_BY_KEY.get(key) ?? FIELD_BY_KEY.get(key.replace(/[%@]/g, "")) ?? null;
}

/**
 * Platform names a header may start with or consist of: "Instagram", "IG handle", "TikTok followers",
 * "YouTube channel", "Twitter/X". Not "website"/"site"/"web": an influencer's own site is not a
 * profile (a "Blog" column is).
 */
const PLATFORM_COLUMN_WORDS: readonly (readonly [string, Platform])[] = (
  [
    ["instagram", "instagram"],
    ["insta", "instagram"],
    ["ig", "instagram"],
    ["tiktok", "tiktok"],
    ["tt", "tiktok"],
    ["youtube", "youtube"],
    ["yt", "youtube"],
    ["twitterx", "twitter"],
    ["xtwitter", "twitter"],
    ["twitter", "twitter"],
    ["facebook", "facebook"],
    ["fb", "facebook"],
    ["twitch", "twitch"],
    ["pinterest", "pinterest"],
    ["blog", "blog"],
  ] as const
)
  .map(([word, platform]) => [platformKey(word), platform] as const)
  // Longest first, so "twitterx" wins over "twitter".
  .sort((a, b) => b[0].length - a[0].length);

/** What may follow a platform name in a handle column's header ("IG handle", "YouTube channel URL"). */
const HANDLE_SUFFIXES = new Set(
  [
    "",
    "@",
    "handle",
    "handles",
    "username",
    "user",
    "name",
    "account",
    "accountname",
    "url",
    "link",
    "profile",
    "profileurl",
    "profilelink",
    "page",
    "pageurl",
    "channel",
    "channelurl",
    "channellink",
    "channelname",
  ].map(headerKey),
);

/** The platform a header is about and what is left after its name ("igfollowers" → instagram, "followers"). */
function platformPrefix(key: string): { platform: Platform; rest: string } | null {
  for (const [word, platform] of PLATFORM_COLUMN_WORDS) {
    if (key.startsWith(word)) return { platform, rest: key.slice(word.length) };
  }
  return null;
}

/**
 * The field a header suggests on its own. `platformColumns` are the platforms that have a handle
 * column in the file: "Instagram followers" is that column's followers when there is an Instagram
 * column, else the file's followers column (a one-platform roster with handle and platform columns).
 */
function fieldForHeader(header: string, platformColumns: ReadonlySet<Platform>): ImportField | null {
  const key = headerKey(header);
  const exact = lookup(key);
  if (exact) return exact;
  const prefixed = platformPrefix(key);
  if (!prefixed) return null;
  if (HANDLE_SUFFIXES.has(prefixed.rest)) return platformHandleField(prefixed.platform);
  const field = lookup(prefixed.rest);
  if (!field || field === "platform") return null;
  if (field === "handle" || field === "profile_url") return platformHandleField(prefixed.platform);
  if (field === "followers" && platformColumns.has(prefixed.platform)) return platformFollowersField(prefixed.platform);
  return field;
}

/**
 * Suggests a field for each header by the aliases above; headers that match nothing map to null.
 * Each field is given to the first header (left to right) that matches it; later headers that
 * match an already-taken field map to null, so the suggestion never has duplicates.
 * "" (an empty header) maps to null.
 */
export function autoMapHeaders(headers: readonly string[]): ColumnMapping {
  const platformColumns = new Set<Platform>();
  for (const header of headers) {
    const field = fieldForHeader(header, new Set());
    const platform = field ? platformOfField(field) : null;
    if (platform && field === platformHandleField(platform)) platformColumns.add(platform);
  }
  const mapping: ColumnMapping = {};
  const taken = new Set<ImportField>();
  for (const header of headers) {
    const field = fieldForHeader(header, platformColumns);
    if (field && !taken.has(field)) {
      taken.add(field);
      mapping[header] = field;
    } else {
      mapping[header] = null;
    }
  }
  return mapping;
}

/**
 * Problems with a (possibly user-edited) mapping that make every row fail, in plain language:
 * no handle, profile_url or platform handle column; no followers column (general or a platform's);
 * a scalar field mapped from two columns. List fields may come from several columns (their values
 * merge). Empty array when usable.
 */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  const headersByField = new Map<ImportField, string[]>();
  for (const [header, field] of Object.entries(mapping)) {
    if (field) headersByField.set(field, [...(headersByField.get(field) ?? []), header]);
  }
  const has = (f: ImportField) => headersByField.has(f);
  if (!has("handle") && !has("profile_url") && !PLATFORMS.some((p) => has(platformHandleField(p)))) {
    problems.push("No column is mapped to handle, profile_url or a platform's handle: each influencer needs one of them.");
  }
  if (!has("followers") && !PLATFORMS.some((p) => has(platformFollowersField(p)))) {
    problems.push("No column is mapped to followers: the follower count is required.");
  }
  for (const [field, headers] of headersByField) {
    if (headers.length > 1 && !LIST_FIELDS.has(field)) {
      problems.push(`Columns ${headers.map((h) => `"${h}"`).join(" and ")} are both mapped to ${field}; map only one.`);
    }
  }
  return problems;
}
