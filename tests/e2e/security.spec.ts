// Headers and forms in a real browser against `next start`: the Content-Security-Policy with a fresh
// nonce per request (the guard in helpers.ts proves no page of the suite breaks it, and is itself
// shown to catch a violation here), HSTS and Permissions-Policy, a request id on every response,
// a sign-in form that posts even when the page never hydrates — no password in a URL — and the
// build's static files served from their Brotli copies.
import { expect, guardCsp, takeCspViolations, test } from "./helpers";

test("pages carry a nonce-based CSP, HSTS, Permissions-Policy and a request id", async ({ page, request }) => {
  const res = await page.goto("/sign-in");
  const headers = res!.headers();
  const csp = headers["content-security-policy"]!;
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  for (const directive of [
    "script-src 'self' 'nonce-",
    "'strict-dynamic'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

  // Every script in the page carries this request's nonce, and the next request gets another one.
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((n) => n === nonce)).toBe(true);
  const again = await request.get("/sign-in");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce!);

  // The page works under the policy: the theme script ran (it may set the class) and React hydrated
  // (the form validates on the client instead of posting).
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ }).first()).toBeVisible();
  expect(page.url()).toMatch(/\/sign-in$/);
});

test("the page's scripts and stylesheet come as the build's Brotli copies, with Next's headers", async ({ page }) => {
  // README "Production deployment", "Static files": `npm run build` writes them, `npm start` serves them.
  const assets: { path: string; headers: Record<string, string>; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith("/_next/static/")) return;
    // A prefetch still loading when the test ends has no body to read: not counted.
    pending.push(
      (async () => void assets.push({ path, headers: await r.allHeaders(), bytes: (await r.body()).length }))().catch(() => undefined),
    );
  });
  await page.goto("/sign-in");
  await page.waitForLoadState("load");
  await Promise.all(pending);
  const copies = assets.filter((a) => a.bytes >= 1024);
  expect(copies.some((a) => a.path.endsWith(".css"))).toBe(true);
  expect(copies.filter((a) => a.path.endsWith(".js")).length).toBeGreaterThan(3);
  for (const a of copies) {
    expect({ path: a.path, encoding: a.headers["content-encoding"] }).toEqual({ path: a.path, encoding: "br" });
    expect(a.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(a.headers["x-content-type-options"]).toBe("nosniff");
    expect(a.headers.etag).toMatch(/-br"$/);
  }
});

test("the guard catches a violation (an inline event handler is blocked)", async ({ page }) => {
  await page.goto("/sign-in");
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img src="/nope.png" onerror="window.__pwned = 1">'));
  await expect.poll(() => takeCspViolations().join("\n")).toContain("script-src");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("an unhydrated sign-in form posts: the password is in no URL and not echoed", async ({ browser }) => {
  const context = await guardCsp(await browser.newContext({ javaScriptEnabled: false }));
  const page = await context.newPage();
  const secret = "Not-In-Any-URL-42!";
  await page.goto("/sign-in?next=%2Fw");
  await expect(page.locator("form").first()).toHaveAttribute("method", "post");
  await page.getByLabel("Email").fill("someone@example.test");
  await page.getByLabel("Password").fill(secret);
  const [req] = await Promise.all([
    page.waitForRequest((r) => r.isNavigationRequest()),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  expect(req.method()).toBe("POST");
  expect(req.url()).not.toContain(encodeURIComponent(secret).slice(0, 10));
  await page.waitForLoadState();
  expect(page.url()).not.toContain("password");
  expect(await page.content()).not.toContain(secret);
  for (const path of ["/sign-up", "/forgot-password"]) {
    await page.goto(path);
    await expect(page.locator("form").first()).toHaveAttribute("method", "post");
  }
  await context.close();
});
