// The hot path behind GET/HEAD /r/<code> (app/r/[code]/route.ts): one cached lookup, a 302, and the
// click handed to the in-process buffer — the response never waits for a write. HEAD answers the
// same and counts nothing. A malformed or unknown code is 404 without any write; a paused or
// expired link shows "this link has ended" (410) or goes to its fallback URL.
import { authSecret } from "../auth/secret";
import { clientIp } from "../client-ip";
import { env } from "../env";
import { log } from "../log";
import { isBotUserAgent } from "./bots";
import { newClickId } from "./click-id";
import { isWellFormedCode } from "./code";
import { countryFromHeader, lookupCountry } from "./geo";
import { clickBuffer } from "./recorder";
import { isLive } from "./redirect-state";
import { referrerDomain } from "./referrer";
import { codeResolver, type CodeEntry } from "./resolve";
import { describeUserAgent } from "./user-agent";
import { withClickId } from "./utm";
import { saltCache, visitorHash } from "./visitor";

const saltOf = saltCache(() => env.TRACKING_SALT_SECRET ?? authSecret());

const NO_STORE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };

const ENDED_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>This link has ended</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#fafafa;color:#111}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}}main{padding:2rem;text-align:center}</style></head><body><main><h1>This link has ended</h1><p>The campaign behind it is no longer running.</p></main></body></html>`;

function notFound(): Response {
  return new Response("Not found\n", { status: 404, headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" } });
}

export async function handleRedirect(request: Request, code: string, opts: { count: boolean }): Promise<Response> {
  if (!isWellFormedCode(code)) return notFound();
  const entry = await codeResolver().resolve(code);
  if (!entry) return notFound();
  const now = Date.now();
  if (!isLive(entry, now)) {
    if (entry.fallbackUrl) return new Response(null, { status: 302, headers: { ...NO_STORE, Location: entry.fallbackUrl } });
    return new Response(opts.count ? ENDED_HTML : null, {
      status: 410,
      headers: {
        ...NO_STORE,
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
      },
    });
  }
  const clickId = newClickId(now);
  const location = withClickId(entry.location, env.TRACKING_CLICK_PARAM, clickId);
  if (opts.count) record(request, entry, clickId, now);
  return new Response(null, { status: 302, headers: { ...NO_STORE, Location: location } });
}

/** Describes the click and queues it. A failure here must never cost the visitor the redirect. */
function record(request: Request, entry: CodeEntry, id: string, now: number): void {
  try {
    const h = request.headers;
    const ua = (h.get("user-agent") ?? "").slice(0, 512);
    const ip = clientIp(h);
    const at = new Date(now);
    const device = ua ? describeUserAgent(ua) : { device: null, browser: null, os: null };
    clickBuffer().push({
      workspaceId: entry.workspaceId,
      id,
      linkId: entry.linkId,
      collaborationId: entry.collaborationId,
      at,
      country: countryFromHeader(h, env.GEO_COUNTRY_HEADER) ?? lookupCountry(ip),
      device: device.device,
      browser: device.browser,
      os: device.os,
      referrerDomain: referrerDomain(h.get("referer"), h.get("host")),
      isBot: isBotUserAgent(ua),
      visitorHash: visitorHash({ ip, userAgent: ua, salt: saltOf(at) }),
    });
  } catch (err) {
    log.warn("click not recorded", { err });
  }
}
