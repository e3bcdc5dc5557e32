// Item: login CSRF and every other cross-site post. State-changing route handlers accept only
// requests from the app's own pages (same Origin; no Origin only from a client without cookies),
// and JSON routes only a JSON content type — one check in lib/http.ts, exemptions by name.
import fs from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it, vi } from "vitest";

import { POST as requestResetRoute } from "@/app/api/auth/password-reset/route";
import { POST as signInRoute } from "@/app/api/auth/sign-in/route";
import { POST as signUpRoute } from "@/app/api/auth/sign-up/route";
import { db } from "@/lib/db";
import { CROSS_SITE_EXEMPTIONS, type CrossSiteExemption } from "@/lib/http";

import { inRequest, jsonRequest, ORIGIN, PASSWORD, SESSION_COOKIE, signedInOwner, uid, userWithPassword } from "./helpers";
import { routeFiles, stateChangingRoutes, urlFor, type RouteCase } from "./routes";

vi.mock("next/headers", async () => (await import("./helpers")).nextHeadersMock);

/** What a cross-site HTML form with enctype="text/plain" sends: JSON-looking text, the victim's cookies. */
function crossSiteForm(path: string, body: unknown, extra: Record<string, string> = {}): Request {
  return new Request(new URL(path, ORIGIN), {
    method: "POST",
    headers: {
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
      "content-type": "text/plain",
      cookie: `${SESSION_COOKIE}=victim`,
      ...extra,
    },
    body: JSON.stringify(body),
  });
}

/** Routes allowed to be called cross-site, each with the named reason it declares in its source. */
const EXEMPT: Record<string, CrossSiteExemption> = {
  "app/api/outreach/opt-out/route.ts": "oneClickUnsubscribe",
  // Stores post from their own servers; the HMAC over the raw body is the check (conversions.integration.test.ts).
  "app/api/webhooks/shopify/[token]/route.ts": "signedWebhook",
  "app/api/webhooks/woocommerce/[token]/route.ts": "signedWebhook",
  // Stripe posts from its servers; the Stripe-Signature over the raw body is the check (billing-webhooks.integration.test.ts).
  "app/api/webhooks/stripe/route.ts": "signedWebhook",
  // The public API authenticates by `Authorization: Bearer <key>` and never reads a cookie: a cross-site page can't make a
  // browser send the key (lib/api/with-api-key.ts; api/gate.integration.test.ts). Every state-changing v1 route declares it.
  ...Object.fromEntries(
    routeFiles()
      .map((abs) => path.relative(process.cwd(), abs))
      .filter((f) => f.startsWith("app/api/v1/") && /export const (POST|PUT|PATCH|DELETE)\b/.test(fs.readFileSync(f, "utf8")))
      .map((f) => [f, "bearerKey" as const]),
  ),
};

describe("login CSRF", () => {
  it("a cross-site text/plain form posting JSON to /api/auth/sign-in is refused and signs no one in", async () => {
    const attacker = await userWithPassword();
    const { res, cookies } = await inRequest(
      crossSiteForm("/api/auth/sign-in", { email: attacker.email, password: PASSWORD }),
      signInRoute,
    );
    expect(res.status).toBe(403);
    expect(cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it("the same form without an Origin (an old browser) is still refused: it carries cookies, and text/plain isn't JSON", async () => {
    const attacker = await userWithPassword();
    const noOrigin = crossSiteForm("/api/auth/sign-in", { email: attacker.email, password: PASSWORD });
    noOrigin.headers.delete("origin");
    noOrigin.headers.delete("sec-fetch-site");
    const a = await inRequest(noOrigin, signInRoute);
    expect(a.res.status).toBe(403);
    const noCookie = crossSiteForm("/api/auth/sign-in", { email: attacker.email, password: PASSWORD });
    for (const h of ["origin", "sec-fetch-site", "cookie"]) noCookie.headers.delete(h);
    const b = await inRequest(noCookie, signInRoute);
    expect(b.res.status).toBe(415);
    expect(a.cookies.has(SESSION_COOKIE) || b.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it("Origin: null (sandboxed frame, data: URL) and a sibling site are refused", async () => {
    for (const origin of ["null", "https://sub.evil.example", new URL(ORIGIN).origin.replace("http:", "https:")]) {
      const req = jsonRequest("/api/auth/sign-in", { email: "a@example.test", password: "x" }, { headers: { origin } });
      expect((await inRequest(req, signInRoute)).res.status, origin).toBe(403);
    }
  });

  it("a cross-site sign-up creates no account", async () => {
    const email = `csrf-${uid()}@example.test`;
    const { res } = await inRequest(crossSiteForm("/api/auth/sign-up", { name: "X", email, password: PASSWORD }), signUpRoute);
    expect(res.status).toBe(403);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("same-origin JSON from the app's own page still signs in", async () => {
    const user = await userWithPassword();
    const { res, cookies } = await inRequest(jsonRequest("/api/auth/sign-in", { email: user.email, password: user.password }), signInRoute);
    expect(res.status).toBe(200);
    expect(cookies.has(SESSION_COOKIE)).toBe(true);
  });

  it("a page opened at another name of this server (http://127.0.0.1:3000 in development) may post to it", async () => {
    const user = await userWithPassword();
    const req = jsonRequest(
      "/api/auth/sign-in",
      { email: user.email, password: user.password },
      { headers: { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" } },
    );
    expect((await inRequest(req, signInRoute)).res.status).toBe(200);
    const forged = jsonRequest(
      "/api/auth/sign-in",
      { email: user.email, password: user.password },
      { headers: { origin: "http://127.0.0.1:3000", host: "localhost:3000" } },
    );
    expect((await inRequest(forged, signInRoute)).res.status).toBe(403);
  });

  it("a non-browser client (no Origin, no cookies) may call a JSON route", async () => {
    const req = new Request(new URL("/api/auth/password-reset", ORIGIN), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: `script-${uid()}@example.test` }),
    });
    expect((await requestResetRoute(req)).status).toBe(200);
  });
});

describe("every state-changing route handler under app/api", () => {
  let cases: RouteCase[];
  const params = { workspaceSlug: "", importId: "none" };
  let snapshot: () => Promise<unknown>;
  beforeAll(async () => {
    // Signed in as the owner: only the cross-site check can stop these.
    const { workspace } = await signedInOwner();
    params.workspaceSlug = workspace.slug;
    cases = await stateChangingRoutes(params);
    snapshot = async () => ({
      users: await db.user.count(),
      imports: await db.importJob.count({ where: { workspaceId: workspace.id } }),
      audit: await db.auditLog.count({ where: { workspaceId: workspace.id } }),
      buckets: await db.rateLimitBucket.count(),
    });
  });

  it("refuse a cross-site request with 403 and change nothing, unless exempt by name", async () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    const before = await snapshot();
    const results: string[] = [];
    for (const c of cases) {
      if (EXEMPT[c.file]) continue;
      for (const type of ["text/plain", "application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
        const res = await c.call(crossSiteForm(urlFor(c.file, params), { email: "x@example.test" }, { "content-type": type }));
        results.push(`${c.method} ${c.file} (${type}): ${res.status}`);
      }
    }
    expect(results.filter((r) => !r.endsWith(": 403"))).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("each exemption is declared in the route's own source under a name from CROSS_SITE_EXEMPTIONS", () => {
    for (const [file, name] of Object.entries(EXEMPT)) {
      expect(Object.keys(CROSS_SITE_EXEMPTIONS)).toContain(name);
      expect(fs.readFileSync(file, "utf8")).toContain(`crossSite: "${name}"`);
    }
    const declared = cases.filter((c) => /crossSite: "/.test(fs.readFileSync(c.file, "utf8"))).map((c) => c.file);
    expect(declared.sort()).toEqual(Object.keys(EXEMPT).sort());
  });
});
