/**
 * Platform names for influencer import: a forgiving parser for what people type in a spreadsheet's
 * "platform" column. The list of platforms and their labels is lib/vocabulary's.
 */
import { PLATFORMS, type Platform } from "@/lib/vocabulary";

export { PLATFORM_LABELS, PLATFORMS, type Platform } from "@/lib/vocabulary";

/**
 * Accepted spellings, compared after {@link platformKey} (lower case, letters and digits only), so
 * "Tik Tok", "tik-tok" and "TIKTOK" are one key. "X" is Twitter; "Twitter/X" and "X (Twitter)"
 * collapse to "twitterx" / "xtwitter". A website or newsletter counts as a blog.
 */
export const PLATFORM_ALIASES: Record<Platform, readonly string[]> = {
  instagram: ["instagram", "ig", "insta", "instagr.am", "instagram.com"],
  tiktok: ["tiktok", "tik tok", "tt", "tiktok.com"],
  youtube: ["youtube", "you tube", "yt", "youtube shorts", "yt shorts", "youtube.com"],
  twitter: ["twitter", "x", "twitter/x", "x/twitter", "x (twitter)", "twitter (x)", "tw", "x.com", "twitter.com"],
  facebook: ["facebook", "fb", "face book", "facebook.com"],
  twitch: ["twitch", "twitch.tv", "ttv"],
  pinterest: ["pinterest", "pin", "pinterest.com"],
  blog: ["blog", "blogger", "website", "web", "site", "newsletter"],
};

/** Lower case, accents removed, everything but ASCII letters and digits dropped. */
export function platformKey(value: string): string {
  return value
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const PLATFORM_BY_KEY: ReadonlyMap<string, Platform> = new Map(
  PLATFORMS.flatMap((platform) => PLATFORM_ALIASES[platform].map((alias) => [platformKey(alias), platform] as const)),
);

/**
 * Parses a platform name. Case-, space- and punctuation-insensitive, with the aliases above.
 * Returns null for empty input and for anything not recognised (e.g. "Snapchat"); the caller
 * decides whether a missing platform is an error (it is not when a profile URL names it).
 */
export function parsePlatform(value: string | null | undefined): Platform | null {
  if (value == null) return null;
  const key = platformKey(value);
  if (key === "") return null;
  return PLATFORM_BY_KEY.get(key) ?? null;
}
