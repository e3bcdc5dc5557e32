/**
 * Handle normalisation: turns "@Jane.Doe", " jane.doe " or "https://www.instagram.com/jane.doe/?hl=en"
 * into the one stored form ("jane.doe") and says which platform a profile link belongs to.
 * Pure: URLs are parsed with the WHATWG URL class, never fetched.
 */

import { PLATFORM_LABELS, type Platform } from "./platforms";

export type HandleResult =
  | {
      ok: true;
      /** Lower-case handle without "@"; for blogs, the site's host and path ("janesbakes.com"). */
      handle: string;
      /** The platform named by the link's host, or null when the input was a bare handle. */
      platform: Platform | null;
      /** The link as given, with https, without query string or fragment; null for a bare handle. */
      url: string | null;
    }
  | {
      ok: false;
      /** Completes the sentence `<column> "<cell>" …`, e.g. "is a link to a post, not a profile". */
      error: string;
    };

/**
 * Longest handle accepted per platform. Deliberately generous (Twitter's real limit is 15, TikTok's
 * 24): the check exists to catch a sentence pasted into the handle column, not to police rules the
 * platforms change.
 */
export const HANDLE_MAX_LENGTH: Record<Platform, number> = {
  instagram: 30,
  tiktok: 30,
  youtube: 100,
  twitter: 30,
  facebook: 80,
  twitch: 30,
  pinterest: 30,
  blog: 200,
};

/** Limit when neither the link nor the hint names a platform: the longest social limit above. */
const UNKNOWN_PLATFORM_MAX_LENGTH = 100;

/** Loose handle charset for social platforms: ASCII letters, digits, "_", "." and "-". */
const SOCIAL_HANDLE = /^[a-z0-9._-]+$/;
/** Blogs are identified by host and optional path: "janesbakes.com", "medium.com/@jane". */
const BLOG_HANDLE = /^[a-z0-9._~@-]+(?:\/[a-z0-9._~@-]+)*$/;
const HOST_PREFIX = /^(?:www|m|mobile|web)\.(.+\..+)$/;
const URL_WITH_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const HOST_THEN_PATH = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i;

type LinkResult = { ok: true; handle: string; platform: Platform | null } | { ok: false; error: string };

const INSTAGRAM_RESERVED = new Set(["explore", "accounts", "direct", "about", "legal", "developer"]);
const INSTAGRAM_POSTS = new Set(["p", "reel", "reels", "tv"]);
const YOUTUBE_RESERVED = new Set(["watch", "shorts", "playlist", "results", "feed", "embed", "live", "hashtag"]);
const TWITTER_RESERVED = new Set(["home", "i", "intent", "search", "hashtag", "share", "explore", "settings", "messages", "notifications"]);
const FACEBOOK_RESERVED = new Set([
  "profile.php",
  "pages",
  "groups",
  "events",
  "watch",
  "share",
  "story.php",
  "permalink.php",
  "photo",
  "photos",
  "reel",
  "marketplace",
  "people",
]);
const TWITCH_RESERVED = new Set(["videos", "directory", "p", "settings", "search"]);
const PINTEREST_RESERVED = new Set(["pin", "search", "ideas", "today", "categories"]);
const SHORT_LINK_HOSTS = new Set(["vm.tiktok.com", "vt.tiktok.com", "youtu.be", "pin.it", "t.co", "fb.me", "instagr.am"]);

/** "a TikTok", "an Instagram", "an X (Twitter)". */
export function withArticle(label: string): string {
  return `${/^([aeiou]|x\b)/i.test(label) ? "an" : "a"} ${label}`;
}

/** "www.", "m.", "mobile.", "web." prefixes, removed while a dotted name remains ("web.dev" stays). */
function stripHostPrefix(host: string): string {
  let rest = host;
  for (let m = HOST_PREFIX.exec(rest); m; m = HOST_PREFIX.exec(rest)) rest = m[1] ?? "";
  return rest;
}

function segmentAfter(segments: string[], reserved: ReadonlySet<string>, label: string): LinkResult | string {
  const first = segments[0];
  if (first === undefined) return { ok: false, error: `is ${withArticle(label)} link without a profile name in it` };
  if (reserved.has(first)) return { ok: false, error: `is not ${withArticle(label)} profile link` };
  return first;
}

/** Maps a parsed link to (platform, raw handle) by host and path shape. */
function handleFromLink(url: URL, platformHint: Platform | null | undefined): LinkResult {
  const host = stripHostPrefix(url.hostname.toLowerCase());
  const segments = url.pathname
    .split("/")
    .filter((part) => part !== "")
    .map((part) => {
      try {
        return decodeURIComponent(part).toLowerCase();
      } catch {
        return part.toLowerCase();
      }
    });
  const pick = (platform: Platform, reserved: ReadonlySet<string>): LinkResult => {
    const found = segmentAfter(segments, reserved, PLATFORM_LABELS[platform]);
    return typeof found === "string" ? { ok: true, handle: found, platform } : found;
  };

  if (SHORT_LINK_HOSTS.has(host)) {
    return { ok: false, error: "is a short link; open it and copy the profile link instead" };
  }
  if (host === "instagram.com") {
    if (INSTAGRAM_POSTS.has(segments[0] ?? "")) return { ok: false, error: "is a link to a post, not a profile" };
    if (segments[0] === "stories") return { ok: true, handle: segments[1] ?? "", platform: "instagram" };
    return pick("instagram", INSTAGRAM_RESERVED);
  }
  if (host === "tiktok.com") {
    const first = segments[0] ?? "";
    if (!first.startsWith("@")) return { ok: false, error: "is not a TikTok profile link (those look like tiktok.com/@name)" };
    return { ok: true, handle: first, platform: "tiktok" };
  }
  if (host === "youtube.com") {
    const first = segments[0] ?? "";
    if (first === "channel") {
      return { ok: false, error: "is a YouTube channel-ID link, which has no handle in it; use the youtube.com/@handle link" };
    }
    if (first === "c" || first === "user") return { ok: true, handle: segments[1] ?? "", platform: "youtube" };
    if (YOUTUBE_RESERVED.has(first)) return { ok: false, error: "is a link to a video or page, not a YouTube channel" };
    return pick("youtube", YOUTUBE_RESERVED);
  }
  if (host === "twitter.com" || host === "x.com") return pick("twitter", TWITTER_RESERVED);
  if (host === "facebook.com" || host === "fb.com") {
    if (segments[0] === "profile.php") {
      return { ok: false, error: "is a numeric Facebook profile link; use the page's username link (facebook.com/name)" };
    }
    return pick("facebook", FACEBOOK_RESERVED);
  }
  if (host === "twitch.tv") return pick("twitch", TWITCH_RESERVED);
  if (/^(?:[a-z]{2}\.)?pinterest\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(host)) {
    return pick("pinterest", PINTEREST_RESERVED);
  }

  // Any other site is a blog or personal website: only when the row says so.
  if (platformHint === "blog") {
    return { ok: true, handle: [host, ...segments].join("/"), platform: "blog" };
  }
  return {
    ok: false,
    error: platformHint
      ? `is not ${withArticle(PLATFORM_LABELS[platformHint])} profile link`
      : "is not a link to a supported platform (for a website, set the platform to Blog)",
  };
}

/**
 * Normalises a handle or profile link.
 *
 * Bare handles: trimmed, leading "@"s and trailing "/"s removed, lower-cased ("@Jane.Doe " →
 * "jane.doe"). Links, with or without "https://" ("instagram.com/jane/", "www.tiktok.com/@jane",
 * "youtube.com/@jane", "youtube.com/c/jane", "youtube.com/user/jane", "twitter.com/jane",
 * "x.com/jane", "facebook.com/jane", "twitch.tv/jane", "pinterest.com/jane/", "pinterest.co.uk/jane"):
 * the handle is taken from the path, query strings and fragments are ignored, and the platform is
 * returned. Links to posts or videos, short links (vm.tiktok.com, youtu.be, pin.it), YouTube
 * channel-ID links and numeric Facebook profile links are rejected with a reason: none names the
 * handle. Links to other sites are accepted only with `platformHint` "blog"; the handle is then the
 * host and path ("https://www.JanesBakes.com/" → "janesbakes.com").
 *
 * Validation is loose: ASCII letters, digits, "_", "." and "-", at least one letter or digit, and
 * at most {@link HANDLE_MAX_LENGTH} characters for the link's platform, else the hint's.
 * Idempotent: normalising a returned handle again, with the same hint, returns it unchanged.
 */
export function normalizeHandle(value: string, platformHint?: Platform | null): HandleResult {
  const trimmed = value.trim().replace(/^@+/, "").trim();
  if (trimmed === "") return { ok: false, error: "is empty" };

  let handle: string;
  let platform: Platform | null = null;
  let url: string | null = null;
  if (URL_WITH_SCHEME.test(trimmed) || HOST_THEN_PATH.test(trimmed)) {
    let parsed: URL;
    try {
      parsed = new URL(URL_WITH_SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`);
    } catch {
      return { ok: false, error: "is not a valid link" };
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return { ok: false, error: "is not a web link" };
    const found = handleFromLink(parsed, platformHint);
    if (!found.ok) return found;
    handle = found.handle.replace(/^@+/, "");
    platform = found.platform;
    url = `https://${parsed.host.toLowerCase()}${parsed.pathname}`;
  } else {
    handle = trimmed.replace(/\/+$/, "").toLowerCase();
    if (platformHint === "blog") {
      const bare = handle;
      handle = stripHostPrefix(handle).replace(/^@+/, "");
      // "www.@youtube.com/c/" loses its prefix and "@" and is now a link: read it as one, so that
      // the stored handle normalises to itself (the function's idempotence promise).
      if (handle !== bare && (URL_WITH_SCHEME.test(handle) || HOST_THEN_PATH.test(handle))) {
        return normalizeHandle(handle, platformHint);
      }
    }
  }

  const rules = platform ?? platformHint ?? null;
  if (handle === "") return { ok: false, error: "has no profile name in it" };
  if (/\s/.test(handle)) return { ok: false, error: "contains a space; a handle is one word" };
  const charset = rules === "blog" ? BLOG_HANDLE : SOCIAL_HANDLE;
  if (!charset.test(handle) || !/[a-z0-9]/.test(handle)) {
    return { ok: false, error: "is not a valid handle (use letters, digits, _ . -)" };
  }
  const max = rules ? HANDLE_MAX_LENGTH[rules] : UNKNOWN_PLATFORM_MAX_LENGTH;
  if (handle.length > max) return { ok: false, error: `is longer than ${max} characters, too long for a handle` };
  return { ok: true, handle, platform, url };
}
