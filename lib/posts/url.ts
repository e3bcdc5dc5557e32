// A post's address, normalised so one post has one URL whoever types it (the marketer, the creator, a
// CSV): https, lower-case host without "www." or "m.", no tracking parameters, no fragment, no
// trailing slash. The path keeps its case (Instagram's and YouTube's ids are case-sensitive). YouTube
// keeps its `v` parameter and youtu.be links become watch links. Pure: no I/O.
import type { Platform } from "@/lib/vocabulary";

export type PostUrlResult = { ok: true; url: string; platform: Platform | null } | { ok: false; error: string };

/** Longest URL accepted (the tracking links' limit too). */
export const MAX_POST_URL_LENGTH = 2048;

const HOST_PLATFORMS: readonly (readonly [string, Platform])[] = [
  ["instagram.com", "instagram"],
  ["instagr.am", "instagram"],
  ["tiktok.com", "tiktok"],
  ["youtube.com", "youtube"],
  ["youtu.be", "youtube"],
  ["x.com", "twitter"],
  ["twitter.com", "twitter"],
  ["facebook.com", "facebook"],
  ["fb.com", "facebook"],
  ["fb.watch", "facebook"],
  ["twitch.tv", "twitch"],
  ["pinterest.com", "pinterest"],
  ["pin.it", "pinterest"],
];

/** The platform a host belongs to (subdomains included), or null for any other site. */
export function platformOfHost(host: string): Platform | null {
  const h = host.toLowerCase();
  for (const [domain, platform] of HOST_PLATFORMS) if (h === domain || h.endsWith(`.${domain}`)) return platform;
  return null;
}

/**
 * Normalises a post link. Accepts "instagram.com/p/abc" without a scheme. Refuses anything that is not
 * an http(s) link to a real host name, and links with a user name or password.
 * Idempotent: normalising a returned URL again returns it unchanged.
 */
export function normalisePostUrl(input: string): PostUrlResult {
  const raw = input.trim();
  if (raw === "") return { ok: false, error: "Enter the post's link." };
  if (raw.length > MAX_POST_URL_LENGTH) return { ok: false, error: `The link is longer than ${MAX_POST_URL_LENGTH} characters.` };
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return { ok: false, error: "This is not a valid link." };
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return { ok: false, error: "The link must start with https://." };
  if (u.username || u.password) return { ok: false, error: "The link can't contain a user name or password." };
  const host = u.hostname.toLowerCase().replace(/^(www|m|mobile)\./, "");
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return { ok: false, error: "The link needs a real host name, such as instagram.com." };
  const path = u.pathname.replace(/\/+$/, "");
  let query = "";
  if (host === "youtu.be") {
    const id = path.slice(1);
    if (id) return { ok: true, url: `https://youtube.com/watch?v=${id}`, platform: "youtube" };
  }
  if (host === "youtube.com" && path === "/watch") {
    const v = u.searchParams.get("v");
    if (v) query = `?v=${encodeURIComponent(v)}`;
  }
  const port = u.port ? `:${u.port}` : "";
  return { ok: true, url: `https://${host}${port}${path}${query}`, platform: platformOfHost(host) };
}
