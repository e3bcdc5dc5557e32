/**
 * Import columns: the fields a roster file can fill, and automatic matching of a file's headers
 * ("Follower Count", "E-mail", "IG handle") to them.
 */

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
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

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
export const IMPORT_FIELD_ALIASES: Record<ImportField, readonly string[]> = {
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

/** Platform words that may prefix a header: "IG handle", "TikTok followers", "YouTube subscribers". */
const PLATFORM_PREFIXES = ["instagram", "insta", "ig", "tiktok", "tt", "youtube", "yt", "twitter", "facebook", "fb", "twitch", "pinterest"];

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
  IMPORT_FIELDS.flatMap((field) => IMPORT_FIELD_ALIASES[field].map((alias) => [headerKey(alias), field] as const)),
);

/** Looks a key up as is, then without its "%" and "@" signs ("ER (%)" → "er", "@handle" → "handle"). */
function lookup(key: string): ImportField | null {
  return FIELD_BY_KEY.get(key) ?? FIELD_BY_KEY.get(key.replace(/[%@]/g, "")) ?? null;
}

function fieldForHeader(header: string): ImportField | null {
  const key = headerKey(header);
  const exact = lookup(key);
  if (exact) return exact;
  for (const prefix of PLATFORM_PREFIXES) {
    if (key.startsWith(prefix) && key.length > prefix.length) {
      const field = lookup(key.slice(prefix.length));
      if (field && field !== "platform") return field;
    }
  }
  return null;
}

/**
 * Suggests a field for each header by the aliases above; headers that match nothing map to null.
 * Each field is given to the first header (left to right) that matches it; later headers that
 * match an already-taken field map to null, so the suggestion never has duplicates.
 * "" (an empty header) maps to null.
 */
export function autoMapHeaders(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<ImportField>();
  for (const header of headers) {
    const field = fieldForHeader(header);
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
 * no handle or profile_url column, no followers column, a scalar field mapped from two columns.
 * List fields may come from several columns (their values merge). Empty array when usable.
 */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  const headersByField = new Map<ImportField, string[]>();
  for (const [header, field] of Object.entries(mapping)) {
    if (field) headersByField.set(field, [...(headersByField.get(field) ?? []), header]);
  }
  if (!headersByField.has("handle") && !headersByField.has("profile_url")) {
    problems.push("No column is mapped to handle or profile_url: each influencer needs one of them.");
  }
  if (!headersByField.has("followers")) {
    problems.push("No column is mapped to followers: the follower count is required.");
  }
  for (const [field, headers] of headersByField) {
    if (headers.length > 1 && !LIST_FIELDS.has(field)) {
      problems.push(`Columns ${headers.map((h) => `"${h}"`).join(" and ")} are both mapped to ${field}; map only one.`);
    }
  }
  return problems;
}
