// Where the app may send someone after sign-in, sign-up, an invitation or an OAuth round trip: a
// path on this app, never another site (README "Security"). Every `next` and `callbackUrl` goes
// through safeRedirectPath.
import { appUrl } from "./env";

// Browsers drop tabs and newlines inside URLs and read "\" as "/", so "/\t/evil.example" and
// "/\\evil.example" both become "//evil.example": another host. Such input is refused outright.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f\\]/;

/**
 * `next` resolved against the app's URL; returned as path + query + hash when it stays on the same
 * origin, else `fallback`. Refuses control characters, backslashes, other origins, and a result
 * starting with "//" (which a browser would read as another host).
 */
export function safeRedirectPath(next: unknown, opts: { fallback?: string; base?: string } = {}): string {
  const fallback = opts.fallback ?? "/w";
  if (typeof next !== "string" || next === "" || next.length > 2048 || UNSAFE_CHARS.test(next)) return fallback;
  const base = new URL(opts.base ?? appUrl());
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}
