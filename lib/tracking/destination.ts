// Which destinations a tracking link may send people to (pure). A shortener that redirects anywhere
// is an open redirect, the classic abuse: only http(s), no credentials in the URL, a real host name,
// and — when the workspace keeps an allowlist — only the hosts on it.

export const MAX_URL_LENGTH = 2048;

export type DestinationCheck = { ok: true; url: string } | { ok: false; reason: string };

/**
 * An allowlist entry: "shop.example" matches that host only; "*.shop.example" matches shop.example
 * and every subdomain of it. Comparison ignores case and a trailing dot. Returns null for an entry
 * that is not a host name.
 */
export function parseAllowedDomain(entry: string): { host: string; subdomains: boolean } | null {
  const raw = entry.trim().toLowerCase().replace(/\.$/, "");
  const subdomains = raw.startsWith("*.");
  const host = subdomains ? raw.slice(2) : raw;
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/.test(host)) return null;
  return { host, subdomains };
}

/** True when `host` is allowed by `allowlist`; an empty allowlist allows every host. */
export function hostAllowed(host: string, allowlist: readonly string[]): boolean {
  if (allowlist.length === 0) return true;
  const h = host.toLowerCase().replace(/\.$/, "");
  return allowlist.some((entry) => {
    const rule = parseAllowedDomain(entry);
    if (!rule) return false;
    return h === rule.host || (rule.subdomains && h.endsWith(`.${rule.host}`));
  });
}

/**
 * Checks a destination typed by a marketer. Accepts an absolute http: or https: URL of at most
 * 2,048 characters with a host name (a dotted name, "localhost" or an IP literal), without a user
 * name or password, whose host the allowlist allows. Refuses javascript:, data:, file: and every
 * other scheme, protocol-relative and relative URLs, and control characters or spaces. Returns the
 * normalised URL (WHATWG serialisation) or the reason in words.
 */
export function checkDestination(input: string, allowlist: readonly string[] = []): DestinationCheck {
  const value = input.trim();
  if (!value) return { ok: false, reason: "Enter the address people should land on." };
  if (value.length > MAX_URL_LENGTH) return { ok: false, reason: `Addresses are limited to ${MAX_URL_LENGTH} characters.` };
  if (/[\u0000-\u001f\u007f\s\\]/.test(value))
    return { ok: false, reason: "The address contains spaces, backslashes or control characters." };
  if (!/^https?:\/\//i.test(value)) return { ok: false, reason: "Use an address starting with https:// (or http://)." };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: "That is not a valid web address." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return { ok: false, reason: "Use an address starting with https:// (or http://)." };
  if (url.username || url.password) return { ok: false, reason: "Addresses with a user name or password are not allowed." };
  const host = url.hostname;
  const isIp = /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith("[");
  if (!isIp && host !== "localhost" && !parseAllowedDomain(host)) return { ok: false, reason: "The address needs a real host name." };
  if (!hostAllowed(host, allowlist))
    return { ok: false, reason: `${host} is not on this workspace's list of allowed destination domains.` };
  const out = url.toString();
  if (out.length > MAX_URL_LENGTH) return { ok: false, reason: `Addresses are limited to ${MAX_URL_LENGTH} characters.` };
  return { ok: true, url: out };
}
