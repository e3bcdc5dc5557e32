// proxy.ts: what every page request gets (a request id and a CSP with a fresh nonce) and what it skips
// (the matcher, compiled the way Next compiles it).
import { tryToParsePath } from "next/dist/lib/try-to-parse-path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { config, proxy } from "@/proxy";

const request = (headers: Record<string, string> = {}) => new NextRequest("http://localhost:3000/sign-in", { headers });

describe("proxy", () => {
  it("sets a request id on the request and the response, keeping a well-formed incoming one only", () => {
    const fresh = proxy(request());
    const id = fresh.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // NextResponse.next({ request: { headers } }) hands the new request headers on as x-middleware-request-*.
    expect(fresh.headers.get("x-middleware-request-x-request-id")).toBe(id);

    expect(proxy(request({ "x-request-id": "lb-7f3a9c21-0001" })).headers.get("x-request-id")).toBe("lb-7f3a9c21-0001");
    const forged = proxy(request({ "x-request-id": "evil <script> id with spaces" })).headers.get("x-request-id");
    expect(forged).not.toContain("evil");
  });

  it("sends a strict CSP whose nonce is new on every request and reaches the page (request header)", () => {
    const a = proxy(request());
    const b = proxy(request());
    const csp = a.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(b.headers.get("content-security-policy")).not.toContain(nonce);
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(a.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(csp).toContain(d);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toContain("unsafe-eval"); // NODE_ENV is "test" here; only development adds it
  });

  it("runs on pages, actions and API routes; skips assets, public files, /r/ links, /api/health and file routes", () => {
    const { regexStr, error } = tryToParsePath(config.matcher[0]!.source);
    expect(error).toBeUndefined();
    const matches = (path: string) => new RegExp(regexStr!).test(path);
    for (const p of [
      "/",
      "/sign-in",
      "/w/demo/influencers",
      "/api/w/demo/members",
      "/api/auth/sign-in",
      "/i/tok/portal",
      "/invite/tok",
      "/api/w/demo/contracts/verify",
    ]) {
      expect(matches(p), p).toBe(true);
    }
    for (const p of [
      "/_next/static/chunks/a.js",
      "/_next/image",
      "/favicon.ico",
      "/og.png",
      "/manifest.webmanifest",
      "/r/abc123",
      "/api/health",
      "/i/tok/files",
      "/i/tok/files/f1",
      "/api/w/demo/files/f1",
      "/i/tok/contract.pdf",
      "/api/w/demo/contracts/c1/pdf",
    ]) {
      expect(matches(p), p).toBe(false);
    }
  });
});
