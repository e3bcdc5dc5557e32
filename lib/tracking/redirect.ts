// The hot path behind GET/HEAD /r/<code>: one cached lookup, a 302, and the click handed to the
// in-process buffer — the response never waits for a write. HEAD answers the same and counts
// nothing. A malformed or unknown code is 404 without any write; a paused or expired link shows
// "this link has ended" (410) or goes to its fallback URL. Served by the launcher before Next
// (lib/cli/serve.ts: no routing, no Request/Response objects) and by app/r/[code]/route.ts where
// the launcher isn't used; both call answerRedirect. Per click the work is: the cached lookup, a
// UUIDv7 from pooled random bytes, the location by string concatenation, one memo lookup for the
// user agent (device, browser, OS, bot), and one SHA-256 for the visitor hash.
import { authSecret } from "../auth/secret";
import { clientIp } from "../client-ip";
import { env } from "../env";
import { log } from "../log";
import { newClickId } from "./click-id";
import { isWellFormedCode } from "./code";
import { countryFromHeader, lookupCountry } from "./geo";
import { clickBuffer } from "./recorder";
import { isLive } from "./redirect-state";
import { referrerDomain } from "./referrer";
import { codeResolver, type CodeEntry } from "./resolve";
import { agentFacts } from "./user-agent";
import { withClickId } from "./utm";
import { saltCache, visitorHash } from "./visitor";

const saltOf = saltCache(() => env.TRACKING_SALT_SECRET ?? authSecret());

const NO_STORE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };

/**
 * What next.config.ts gives every response Next serves (its securityHeaders): the launcher's fast
 * path (lib/cli/serve.ts) answers /r/ without Next, so it adds them itself. Kept equal by a unit test.
 */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), browsing-topics=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  ...(process.env.NODE_ENV === "production" ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
};

const ENDED_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>This link has ended</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#fafafa;color:#111}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}}main{padding:2rem;text-align:center}</style></head><body><main><h1>This link has ended</h1><p>The campaign behind it is no longer running.</p></main></body></html>`;

/** The request as the hot path reads it: a header getter (WHATWG Headers, or Node's raw headers). */
export type HeaderSource = { get(name: string): string | null };

/** A redirect answer, independent of the server that writes it. */
export type RedirectAnswer = { status: number; headers: Record<string, string>; body: string | null };

const NOT_FOUND: RedirectAnswer = {
  status: 404,
  headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
  body: "Not found\n",
};

/** The answer to GET/HEAD /r/<code>; queues the click (GET, live link) without waiting for it. */
export async function answerRedirect(headers: HeaderSource, code: string, opts: { count: boolean }): Promise<RedirectAnswer> {
  if (!isWellFormedCode(code)) return NOT_FOUND;
  const entry = await codeResolver().resolve(code);
  if (!entry) return NOT_FOUND;
  const now = Date.now();
  if (!isLive(entry, now)) {
    if (entry.fallbackUrl) return { status: 302, headers: { ...NO_STORE, Location: entry.fallbackUrl }, body: null };
    return {
      status: 410,
      headers: {
        ...NO_STORE,
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      },
      body: opts.count ? ENDED_HTML : null,
    };
  }
  const clickId = newClickId(now);
  const location = withClickId(entry.location, env.TRACKING_CLICK_PARAM, clickId);
  if (opts.count) record(headers, entry, clickId, now);
  return { status: 302, headers: { ...NO_STORE, Location: location }, body: null };
}

/** The Next route handler's form (app/r/[code]/route.ts). */
export async function handleRedirect(request: Request, code: string, opts: { count: boolean }): Promise<Response> {
  const a = await answerRedirect(request.headers, code, opts);
  return new Response(a.body, { status: a.status, headers: a.headers });
}

/** Describes the click and queues it. A failure here must never cost the visitor the redirect. */
function record(h: HeaderSource, entry: CodeEntry, id: string, now: number): void {
  try {
    const ua = (h.get("user-agent") ?? "").slice(0, 512);
    const ip = clientIp(h);
    const at = new Date(now);
    const agent = agentFacts(ua);
    clickBuffer().push({
      workspaceId: entry.workspaceId,
      id,
      linkId: entry.linkId,
      collaborationId: entry.collaborationId,
      at,
      country: countryFromHeader(h, env.GEO_COUNTRY_HEADER) ?? lookupCountry(ip),
      device: agent.device,
      browser: agent.browser,
      os: agent.os,
      referrerDomain: referrerDomain(h.get("referer"), h.get("host")),
      isBot: agent.isBot,
      visitorHash: visitorHash({ ip, userAgent: ua, salt: saltOf(at) }),
    });
  } catch (err) {
    log.warn("click not recorded", { err });
  }
}
