// Billing in a browser. The suite's server runs with billing off (every other spec and the demo must
// see nothing of it), so this spec starts its own second server from the same build, with billing on
// against the local fake Stripe (tests/fixtures/fake-stripe.ts) on its own data directory, and stops
// both when done.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net, { type AddressInfo } from "node:net";

import type { Browser } from "@playwright/test";

import { fakeStripeEnv, startFakeStripe, type FakeStripe } from "../fixtures/fake-stripe";
import {
  confirmEmailAndSignIn,
  createWorkspace,
  DEMO,
  expect,
  guardCsp,
  invite,
  PASSWORD,
  signInAsDemo,
  signUp,
  test,
  uniqueEmail,
} from "./helpers";
import { SMTP_PORT } from "./mail-sink";

const DATA_DIR = `${process.env.E2E_DATA_DIR ?? ".data/e2e"}-billing`;
let PORT = 0;
let BASE = "";

/** A port nobody listens on now (several runs share the machine: no fixed offset from E2E_PORT). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

let fake: FakeStripe;
let server: ChildProcess | null = null;

async function client(browser: Browser) {
  const ip = `10.${randomBytes(3).join(".")}`;
  return guardCsp(await browser.newContext({ baseURL: BASE, extraHTTPHeaders: { "x-forwarded-for": ip } }));
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  fake = await startFakeStripe();
  PORT = await freePort();
  BASE = `http://localhost:${PORT}`;
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  server = spawn("npm", ["start"], {
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      ...fakeStripeEnv(fake.url),
      DATA_DIR,
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next",
      PORT: String(PORT),
      APP_URL: BASE,
      AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      NEXT_TELEMETRY_DISABLED: "1",
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      TRUSTED_PROXY_HOPS: "1",
      ENCRYPTION_KEY: "ZTJlLW9ubHkta2V5LW5vdC1hLXNlY3JldC0wMTIzNDU=",
    },
  });
  await expect(async () => {
    const res = await fetch(`${BASE}/api/health`);
    expect(res.status).toBe(200);
  }).toPass({ timeout: 200_000, intervals: [1_000] });
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await fake?.close();
});

test("billing on: the owner sees plan, usage and upgrade; a seat limit shows its message; a member sees no billing", async ({
  browser,
}) => {
  const owner = await client(browser);
  const page = await owner.newPage();
  await signUp(page, { name: "Bea Owner", email: uniqueEmail("bill-owner") });
  const slug = await createWorkspace(page, "Billed Brand");

  await page.goto(`/w/${slug}/settings`);
  await page.getByRole("link", { name: "Billing" }).click();
  await page.waitForURL(`**/w/${slug}/settings/billing`);
  const panel = page.getByTestId("billing-panel");
  await expect(panel.getByRole("heading", { name: /Free plan/ })).toBeVisible();
  await expect(page.getByTestId("usage-seats")).toContainText("1 of 2");
  await expect(page.getByTestId("usage-campaigns.active")).toContainText("0 of 1");
  await expect(page.getByRole("button", { name: "Upgrade to Pro" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Upgrade to Agency" })).toBeVisible();

  // The second seat is the last one on Free: a third person is refused with the limit, usage and plan.
  const memberEmail = uniqueEmail("bill-member");
  const link = await invite(page, slug, memberEmail, "Member");
  await page.getByLabel("Email").fill(uniqueEmail("one-too-many"));
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("The Free plan allows 2 seats and this workspace has 2. Upgrade to Pro (5 seats) for more.")).toBeVisible();
  await expect(page.getByTestId("upgrade-hint").getByRole("link", { name: "Upgrade plan" })).toHaveAttribute(
    "href",
    `/w/${slug}/settings/billing`,
  );

  // Upgrade opens Stripe Checkout (here the fake) for this workspace.
  await page.goto(`/w/${slug}/settings/billing`);
  await page.getByRole("button", { name: "Upgrade to Pro" }).click();
  await page.waitForURL(/\/checkout\/cs_test_/);
  expect([...fake.checkoutSessions.values()].at(-1)).toMatchObject({ mode: "subscription" });

  const member = await client(browser);
  const mPage = await member.newPage();
  await mPage.goto(link);
  await mPage.getByRole("link", { name: "Create an account" }).click();
  await mPage.getByLabel("Your name").fill("Max Member");
  await mPage.getByLabel("Password").fill(PASSWORD);
  await mPage.getByRole("button", { name: "Create account" }).click();
  await confirmEmailAndSignIn(mPage, memberEmail);
  await mPage.waitForURL(/\/invite\//);
  await mPage.getByRole("button", { name: "Accept invitation" }).click();
  await mPage.waitForURL(new RegExp(`/w/${slug}$`));
  await mPage.goto(`/w/${slug}/settings`);
  await expect(mPage.getByRole("link", { name: "Members" })).toBeVisible();
  await expect(mPage.getByRole("link", { name: "Billing" })).toHaveCount(0);
  const res = await mPage.goto(`/w/${slug}/settings/billing`);
  expect(res?.status()).toBe(404);
  await expect(mPage.getByRole("button", { name: /Upgrade/ })).toHaveCount(0);
  await owner.close();
  await member.close();
});

test("billing off (the suite's server, the demo): no billing tab, page or banner", async ({ page }) => {
  await signInAsDemo(page);
  await page.goto(`/w/${DEMO.slug}/settings`);
  await expect(page.getByRole("link", { name: "Members" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Billing" })).toHaveCount(0);
  await expect(page.getByTestId("billing-banner")).toHaveCount(0);
  const res = await page.goto(`/w/${DEMO.slug}/settings/billing`);
  expect(res?.status()).toBe(404);
});
