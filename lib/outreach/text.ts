/**
 * Small text helpers for the outreach linter: folding, sentences, word tokens, URLs, handles.
 * Pure module; no I/O. Everything compares "folded" text: lower-case, accents removed, curly
 * quotes and apostrophes straightened.
 */

/** Lower-case, strip diacritics (Zoë → zoe), straighten ’ ‘ “ ” to ' and ". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const WORD_CHAR = "[\\p{L}\\p{N}_]";

/**
 * A regex source matching `phrase` as whole words in folded text; the phrase's own words may be
 * joined by spaces, hyphens, dots or nothing when `loose` ("Glow Labs" ~ "glow-labs" ~ "GlowLabs").
 */
export function wholePhrase(phrase: string, loose = false): string {
  const words = fold(phrase)
    .trim()
    .split(/[\s\-_.]+/)
    .filter(Boolean)
    .map(escapeRegExp);
  const joiner = loose ? "[\\s\\-_.]*" : "\\s+";
  return `(?<!${WORD_CHAR})${words.join(joiner)}(?!${WORD_CHAR})`;
}

export function containsPhrase(foldedText: string, phrase: string, loose = false): boolean {
  if (fold(phrase).trim() === "") return false;
  return new RegExp(wholePhrase(phrase, loose), "u").test(foldedText);
}

/** Sentences: split after . ! ? (when followed by whitespace) and at line breaks. Blank ones dropped. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Word tokens of folded text (letters/digits, inner apostrophes and hyphens kept). */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Plural-only stemming, enough to match "routines" with "routine" and "stories" with "story". */
export function stem(word: string): string {
  const w = word.replace(/'s$/, "");
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.slice(0, -1);
  return w;
}

export const STOPWORDS = new Set(
  (
    "a an the and or but if then so of to in on at by for with from into onto about as is are was were be been " +
    "being am do does did doing have has had having i me my mine we us our ours you your yours he him his she her " +
    "hers it its they them their theirs this that these those there here what which who whom whose when where why " +
    "how all any both each few more most other some such no nor not only own same than too very can will just " +
    "should would could may might must shall ever every up down out over under again further once also really " +
    "much many lot lots get got make made how-to vs via per one two three new ways way day days"
  ).split(" "),
);

export interface FoundUrl {
  raw: string;
  /** Host lower-cased, without "www." or "m.". */
  host: string;
  /** Path without trailing slash, lower-cased; "" for the root. */
  path: string;
  /** Comparable form, lower-cased: host + path + significant query (YouTube's v=). */
  key: string;
}

/** Canonical form of a URL-ish string, or null. Accepts bare domains ("glowlabs.com/shop"). */
export function parseUrl(raw: string): FoundUrl | null {
  const trimmed = raw.trim().replace(/[.,;:!?)\]}'"]+$/, "");
  if (trimmed === "") return null;
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (!url.hostname.includes(".")) return null;
  const host = url.hostname.toLowerCase().replace(/^(www|m)\./, "");
  const path = url.pathname.replace(/\/+$/, "").toLowerCase();
  let query = "";
  if (host === "youtu.be") {
    return { raw: trimmed, host: "youtube.com", path: "/watch", key: `youtube.com/watch?v=${path.slice(1)}` };
  }
  if (host === "youtube.com" && path === "/watch") query = `?v=${(url.searchParams.get("v") ?? "").toLowerCase()}`;
  return { raw: trimmed, host, path, key: `${host}${path}${query}` };
}

const URL_PATTERN =
  /(?<![@\w.\-])(?:https?:\/\/[^\s<>"'()]+|(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s<>"'()]*)?)/giu;

/** URLs and bare domains in text (e-mail addresses are not links). */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const parsed = parseUrl(match[0]);
    if (parsed) found.push(parsed);
  }
  return found;
}

/** The text with URLs, bare domains, e-mail addresses and @handles replaced by spaces. */
export function stripLinks(text: string): string {
  return text
    .replace(/\S+@\S+\.\S+/g, " ")
    .replace(URL_PATTERN, " ")
    .replace(/(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu, " ");
}

/** Hosts whose first path segment names an account, so "same domain" is not "same owner". */
export const PROFILE_HOSTS = new Set([
  "instagram.com",
  "tiktok.com",
  "youtube.com",
  "twitter.com",
  "x.com",
  "facebook.com",
  "twitch.tv",
  "pinterest.com",
  "pinterest.co.uk",
  "threads.net",
  "linkedin.com",
  "snapchat.com",
  "linktr.ee",
  "substack.com",
]);

/** The account name in a profile URL ("instagram.com/glowlabs" → "glowlabs"), or null. */
export function handleFromUrl(url: FoundUrl): string | null {
  if (!PROFILE_HOSTS.has(url.host)) return null;
  const segments = url.path.split("/").filter(Boolean);
  let first = segments[0];
  if (first === undefined) return null;
  if (["c", "user", "company", "in", "channel"].includes(first)) first = segments[1];
  const handle = first?.replace(/^@/, "");
  return handle && /^[a-z0-9._]{2,40}$/.test(handle) ? handle : null;
}

/** "@sarah.glows" as a whole handle in folded text (optionally without the @ when `bareOk`). */
export function containsHandle(foldedText: string, handle: string, bareOk = true): boolean {
  const h = fold(handle).trim().replace(/^@/, "");
  if (h.length < 2) return false;
  const at = bareOk ? "@?" : "@";
  return new RegExp(`(?<![\\p{L}\\p{N}_.@])${at}${escapeRegExp(h)}(?![\\p{L}\\p{N}_])`, "u").test(foldedText);
}
