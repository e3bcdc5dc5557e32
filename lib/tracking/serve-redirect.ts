// GET/HEAD /r/<code> straight from Node's HTTP server (the launcher, lib/cli/serve.ts), before Next:
// the same answerRedirect as app/r/[code]/route.ts, without the framework's routing and without
// building WHATWG Request/Response objects per click. The headers Next would add to every response
// (next.config.ts) are added here. Anything else — other paths, other methods, a query the route
// might treat differently — is left to Next (returns false).
import type { IncomingMessage, ServerResponse } from "node:http";

import { log } from "../log";
import { answerRedirect, STATIC_SECURITY_HEADERS, type HeaderSource } from "./redirect";

const PREFIX = "/r/";

/** Node's headers (lower-case keys; repeated ones joined with ", " as Headers.get does). */
function headerSource(req: IncomingMessage): HeaderSource {
  return {
    get(name) {
      const v = req.headers[name.toLowerCase()];
      if (v === undefined) return null;
      return Array.isArray(v) ? v.join(", ") : v;
    },
  };
}

/** Answers the request if it is GET/HEAD /r/<code>; returns false to leave it to Next. */
export function serveTrackingRedirect(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url;
  if (!url || !url.startsWith(PREFIX) || (req.method !== "GET" && req.method !== "HEAD")) return false;
  const end = url.indexOf("?");
  const code = url.slice(PREFIX.length, end < 0 ? undefined : end);
  // A code is one path segment; "/r/abc/def" or an encoded slash is Next's (a 404 there too).
  if (!code || code.includes("/") || code.includes("%")) return false;
  const head = req.method === "HEAD";
  answerRedirect(headerSource(req), code, { count: !head }).then(
    (a) => {
      res.writeHead(a.status, { ...STATIC_SECURITY_HEADERS, ...a.headers });
      res.end(head ? undefined : (a.body ?? undefined));
    },
    (err: unknown) => {
      log.error("tracking redirect failed", { err });
      if (!res.headersSent) res.writeHead(500, { ...STATIC_SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8" });
      res.end(head ? undefined : "Something went wrong\n");
    },
  );
  return true;
}
