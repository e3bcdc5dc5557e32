// Shared steps for end-to-end tests, and the `test` every spec uses: it fails a test when any page it
// visited reported a Content-Security-Policy violation (a blocked script, style, frame…), so the
// policy proxy.ts sets is proven on every page the suite visits, or failed to hydrate (React found
// other HTML than the server's: the page is thrown away and rendered again in the browser). Specs
// import `test` from here (ESLint refuses it from @playwright/test).
import { randomBytes } from "node:crypto";

import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

import { receivedMail } from "./mail-sink";

export { expect };

/** CSP violations seen since the current test started ("<page url>: <what was blocked>"). */
const violations: string[] = [];

/** Hydration failures seen since the current test started ("<page url>: <React's error>"). */
const hydrationErrors: string[] = [];
/** React's production errors for a hydration mismatch (418, 423, 425) and its development wording. */
const HYDRATION_ERROR = /Minified React error #(418|423|425)\b|Hydration failed|didn't match the client/;

/** Records every CSP violation any page of `context` reports (the DOM event and Chromium's console error), and every failed hydration. */
export async function guardCsp(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`[csp-violation] ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  context.on("console", (msg) => {
    const text = msg.text();
    if (/\[csp-violation\]|Content Security Policy/i.test(text)) violations.push(`${msg.page()?.url() ?? "?"}: ${text}`);
    if (HYDRATION_ERROR.test(text)) hydrationErrors.push(`${msg.page()?.url() ?? "?"}: ${text.slice(0, 200)}`);
  });
  context.on("weberror", (e) => {
    const text = e.error().message;
    if (HYDRATION_ERROR.test(text)) hydrationErrors.push(`${e.page()?.url() ?? "?"}: ${text.slice(0, 200)}`);
  });
  return context;
}

/** Hands over (and forgets) the violations recorded so far: for a test that provokes one on purpose. */
export function takeCspViolations(): string[] {
  return violations.splice(0);
}

export const test = base.extend<{ cspGuard: void }>({
  // The default context too (specs mostly make their own with newClient, which is guarded as well).
  context: async ({ context }, provide) => {
    await provide(await guardCsp(context));
  },
  cspGuard: [
    async ({}, provide) => {
      violations.length = 0;
      hydrationErrors.length = 0;
      await provide();
      expect(takeCspViolations(), "Content-Security-Policy violations on the pages this test visited").toEqual([]);
      expect(hydrationErrors.splice(0), "pages this test visited that failed to hydrate").toEqual([]);
    },
    { auto: true },
  ],
});

export const PASSWORD = "correct horse battery staple 42";

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}@example.test`;
}

/**
 * A browser context that looks like its own client (own IP for per-IP rate limits). `timezoneId`
 * puts the browser in another zone than the server's (UTC here): a page that formats a time in the
 * browser's own zone then renders other text than the server did, and the hydration guard fails it.
 */
export async function newClient(browser: Browser, opts: { timezoneId?: string } = {}): Promise<BrowserContext> {
  const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  return guardCsp(await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip }, ...opts }));
}

/** The seeded demo account (README, Quick start); the server runs with DB_SEED_DEMO. */
export const DEMO = { email: "demo@example.com", password: "demo-brand-2026", slug: "demo" } as const;

export async function signInAsDemo(page: Page) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => u.pathname.startsWith("/w/"));
}

/** The demo's "Spring SPF launch" campaign page, reached the way a user does: from the campaign list. */
export async function openDemoCampaign(page: Page): Promise<string> {
  await page.goto(`/w/${DEMO.slug}/campaigns`);
  await page.getByRole("link", { name: "Spring SPF launch" }).first().click();
  await page.waitForURL(/\/campaigns\/[^/]+$/);
  return new URL(page.url()).pathname;
}

/** Signs up as a person does: the form, the confirmation email (from the run's SMTP sink), the
 *  link, then sign-in. Ends wherever the app sends a new user (`next`, else /w/new). */
export async function signUp(page: Page, opts: { name: string; email: string; next?: string }) {
  await page.goto(opts.next ? `/sign-up?next=${encodeURIComponent(opts.next)}` : "/sign-up");
  await page.getByLabel("Your name").fill(opts.name);
  await page.getByLabel("Work email").fill(opts.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await confirmEmailAndSignIn(page, opts.email);
}

/** After "Create account": follows the newest confirmation link mailed to `email`, then signs in with PASSWORD. */
export async function confirmEmailAndSignIn(page: Page, email: string) {
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  let link = "";
  await expect(async () => {
    link = confirmationLink(email);
  }).toPass({ timeout: 15_000 });
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm email address" }).click();
  await expect(page.getByText("Your email address is confirmed.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => u.pathname !== "/sign-in");
}

/** The newest "Confirm your email address" link the SMTP sink received for `email` (throws until one arrived). */
export function confirmationLink(email: string): string {
  const mails = receivedMail().filter((m) => m.to.includes(email) && m.raw.includes("Confirm your email address"));
  const raw = mails.at(-1)?.raw;
  if (!raw) throw new Error(`no confirmation email for ${email} yet`);
  // Quoted-printable: soft breaks are already joined by the sink; decode =XX escapes.
  const text = raw.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const m = /https?:\/\/[^\s"<>]+\/verify-email\?token=[A-Za-z0-9_-]{43}(?:&next=[^\s"<>&]+)?/.exec(text);
  if (!m) throw new Error(`no confirmation link in the email to ${email}`);
  return m[0];
}

export async function createWorkspace(page: Page, name: string): Promise<string> {
  await page.waitForURL("**/w/new");
  await page.getByLabel("Workspace name").fill(name);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await page.waitForURL((u) => /^\/w\/[a-z0-9-]+$/.test(u.pathname) && u.pathname !== "/w/new");
  return new URL(page.url()).pathname.split("/")[2]!;
}

export async function invite(page: Page, slug: string, email: string, roleLabel: string): Promise<string> {
  await page.goto(`/w/${slug}/settings/members`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: roleLabel });
  await page.getByRole("button", { name: "Send invitation" }).click();
  const url = await page.getByTestId("invite-url").textContent();
  expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return url!;
}

/**
 * Fails on serious or critical axe violations, listing them. It first waits (up to 5 s) for the
 * document to have a title: axe once found none right after a server action (the outreach test, in
 * CI, passing on its retry), while the page was being refreshed and Next streams the metadata. A
 * page that never gets a title still fails below.
 */
export async function expectAccessible(page: Page) {
  await page.waitForFunction(() => document.title !== "", null, { timeout: 5_000 }).catch(() => {});
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
