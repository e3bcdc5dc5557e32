// Creator payouts through Stripe Connect in a browser, on a billing-on server against the local fake
// Stripe (billing-server.ts) with the demo seeded: the owner turns payouts on; the creator of the
// live collaboration onboards from the portal on a phone (the fake's hosted page, "Submit details",
// back to the portal); the owner pays the overdue payment with one click and sees it sent; the creator
// sees it in "Your payments"; a double click and a reload send nothing more.
import type { Page } from "@playwright/test";

import { startBillingServer, type BillingServer } from "./billing-server";
import { DEMO, expect, expectAccessible, openDemoCampaign, signInAsDemo, test } from "./helpers";

let srv: BillingServer;

/** Screenshots for a human to look at: SHOTS=dir npx playwright test … */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/payouts-${name}.png`, fullPage: true });
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000); // the demo seed runs before the server answers
  srv = await startBillingServer({ name: "payouts", seedDemo: true });
});

test.afterAll(async () => {
  await srv?.stop();
});

test("payouts on: the creator onboards from the portal, the owner pays a due payment once with one click, both see it sent", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const brand = await srv.client(browser);
  const page = await brand.newPage();
  await signInAsDemo(page);

  // The owner turns creator payouts on (Settings → Billing).
  await page.goto(`/w/${DEMO.slug}/settings/billing`);
  const sw = page.getByTestId("payouts-switch");
  await expect(sw).toHaveAttribute("data-enabled", "false");
  await sw.getByRole("button", { name: "Turn payouts on" }).click();
  await expect(sw).toHaveAttribute("data-enabled", "true");

  // The live collaboration: a fresh invite link for its creator, then its page.
  await openDemoCampaign(page);
  const row = page
    .getByTestId("collaboration-row")
    .filter({ has: page.getByText("Live", { exact: true }) })
    .first();
  await row.getByRole("button", { name: /invite link/ }).click();
  const invite = (await row.getByTestId("portal-url").textContent())!;
  await row.getByRole("link", { name: "Open" }).click();
  await page.waitForURL(/\/collaborations\/[^/]+$/);
  const collaborationUrl = page.url();

  // Before onboarding: each owed payment waits for the creator's Stripe details; nothing to pay yet.
  const due = page.getByTestId("payments-section").locator('[data-testid="payment-row"][data-state="overdue"]').first();
  await expect(due).toBeVisible();
  await expect(due.getByTestId("payout-notice")).toHaveAttribute("data-kind", "waiting");
  await expect(due.getByTestId("payout-notice")).toHaveText(/^Waiting for the creator’s Stripe details/);
  await expect(page.getByRole("button", { name: /through Stripe$/ })).toHaveCount(0);
  await due.scrollIntoViewIfNeeded();
  await shot(page, "collaboration-waiting-desktop");

  // The creator, on a phone with only the invite link.
  const creator = await srv.client(browser);
  const ip = await creator.newPage();
  await ip.setViewportSize({ width: 390, height: 844 });
  await ip.goto(invite);
  const yours = ip.getByTestId("portal-payments");
  await expect(yours.getByTestId("payout-notice").first()).toHaveText(/^Waiting for your Stripe details/);
  const card = ip.getByTestId("portal-payouts");
  await expect(card).toHaveAttribute("data-state", "none");
  await expect(card.getByTestId("portal-payouts-details")).toContainText("Not yet");
  // The card sits right under "Your payments".
  const [paymentsBox, cardBox] = [await yours.boundingBox(), await card.boundingBox()];
  expect(cardBox!.y).toBeGreaterThan(paymentsBox!.y + paymentsBox!.height - 1);
  await card.scrollIntoViewIfNeeded();
  await shot(ip, "portal-card-before-390");

  // Onboarding at (fake) Stripe: its hosted page, "Submit details", back to the portal.
  await card.getByRole("button", { name: "Set up payouts with Stripe" }).click();
  await ip.waitForURL(/\/connect\/acct_[0-9a-f]+\?/);
  await ip.getByRole("button", { name: "Submit details" }).click();
  await ip.waitForURL(/\/i\/[^/]+\/portal#payouts$/);
  await expect(card).toHaveAttribute("data-state", "ready");
  await expect(card.getByTestId("portal-payouts-state")).toHaveText("Ready to receive payouts");
  await expect(card.getByTestId("portal-payouts-details")).toContainText("Yes");
  await expect(yours.getByTestId("payout-notice")).toHaveCount(0); // ready, nothing sent yet
  expect(srv.fake.accounts.size).toBe(1);

  // The owner pays the overdue payment with one click (clicked twice, quickly).
  await page.goto(collaborationUrl);
  const pay = due.getByRole("button", { name: /^Pay .+ through Stripe$/ });
  await expect(pay).toBeEnabled();
  const label = (await pay.textContent())!;
  const amount = /^Pay (.+) through Stripe$/.exec(label)![1]!;
  await pay.dblclick();
  await expect(page.getByText(`Sent ${amount} through Stripe.`)).toBeVisible();
  const paid = page.getByTestId("payments-section").locator('[data-testid="payment-row"][data-state="paid"]').first();
  await expect(paid.getByTestId("payout-notice")).toHaveAttribute("data-kind", "sent");
  await expect(paid.getByTestId("payout-notice")).toHaveText(/^Sent through Stripe on [A-Z][a-z]{2} \d{1,2}, \d{4}\.$/);
  await expect(paid.getByTestId("payment-record").first()).toContainText(/Stripe transfer tr_[0-9a-f]+/);
  expect(srv.fake.transfers.size).toBe(1);
  await paid.scrollIntoViewIfNeeded();
  await shot(page, "collaboration-sent-desktop");
  await expectAccessible(page);

  // A reload offers no second payment for it, and nothing more went to Stripe.
  await page.reload();
  await expect(paid.getByTestId("payout-notice")).toHaveAttribute("data-kind", "sent");
  await expect(paid.getByRole("button", { name: /through Stripe$/ })).toHaveCount(0);
  expect(srv.fake.transfers.size).toBe(1);
  const [transfer] = [...srv.fake.transfers.values()];
  expect(transfer!.amount).toBeGreaterThan(0);
  expect(srv.fake.calls.filter((c) => c.method === "POST" && c.path === "/v1/transfers")).toHaveLength(1);

  // On a phone, the same line.
  await page.setViewportSize({ width: 390, height: 844 });
  await paid.scrollIntoViewIfNeeded();
  await shot(page, "collaboration-sent-390");

  // The creator sees it sent in "Your payments".
  await ip.reload();
  const sentNotice = yours.locator('[data-testid="payout-notice"][data-kind="sent"]');
  await expect(sentNotice).toHaveCount(1);
  await expect(sentNotice).toHaveText(/^Sent to your Stripe account on /);
  await expectAccessible(ip);
  await yours.scrollIntoViewIfNeeded();
  await shot(ip, "portal-sent-390");
  await ip.setViewportSize({ width: 1280, height: 900 });
  await shot(ip, "portal-sent-desktop");

  await brand.close();
  await creator.close();
});
