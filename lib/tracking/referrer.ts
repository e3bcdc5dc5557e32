// The referring site of a click (pure): the host of the Referer header, lower case, without "www.",
// or null when there is none, it is not http(s), or it is the app itself.

export function referrerDomain(referer: string | null | undefined, ownHost?: string | null): string | null {
  if (!referer) return null;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = url.hostname
    .toLowerCase()
    .replace(/^www\./, "")
    .slice(0, 255);
  if (!host) return null;
  if (
    ownHost &&
    host ===
      ownHost
        .toLowerCase()
        .replace(/^www\./, "")
        .replace(/:\d+$/, "")
  )
    return null;
  return host;
}
