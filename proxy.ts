// Runs before every page, server action and API route (Next 16's renamed middleware): gives the request
// an id (`x-request-id`, kept when a proxy in front already set a well-formed one) that every log line
// and every "ref …" shown to a user carries, and a Content-Security-Policy with a fresh nonce. Next
// reads the nonce from the request's CSP header and puts it on its own scripts; the root layout
// puts it on the theme script. Kept cheap, and skipped (matcher) for static assets, tracking links
// (/r/…), /api/health and file uploads and downloads. Static headers (HSTS, Permissions-Policy, nosniff) are in next.config.ts.
import { NextResponse, type NextRequest } from "next/server";

import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { isRequestId } from "@/lib/security/request-id";

export function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && isRequestId(incoming) ? incoming : crypto.randomUUID();
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);

  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: [
    {
      // Everything but build assets, public files, tracking links, the health check and file routes:
      // Next buffers a request body for a matching proxy and cuts it at 10 MB, and uploads (videos)
      // are bigger; stored files are served with their own sandboxing CSP (lib/storage/serve.ts).
      source:
        "/((?!_next/static|_next/image|r/|api/health$|i/[^/]+/files|api/w/[^/]+/files|i/[^/]+/contract\\.pdf$|api/w/[^/]+/contracts/[^/]+/pdf$|.*\\.(?:ico|png|svg|webmanifest|txt|xml)$).*)",
      // Link prefetches carry no HTML to protect (Next's CSP guide).
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
