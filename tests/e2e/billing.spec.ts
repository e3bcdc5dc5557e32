// Billing in a browser, on a second server with billing on against the local fake Stripe
// (billing-server.ts); the suite's own server, with billing off, shows none of it.
import { startBillingServer, type BillingServer } from "./billing-server";
import { confirmEmailAndSignIn, createWorkspace, DEMO, expect, invite, PASSWORD, signInAsDemo, signUp, test, uniqueEmail } from "./helpers";

let srv: BillingServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  srv = await startBillingServer({ name: "billing" });
});

test.afterAll(async () => {
  await srv?.stop();
});

test("billing on: the owner sees plan, usage and upgrade; a seat limit shows its message; a member sees no billing", async ({
  browser,
}) => {
  const owner = await srv.client(browser);
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
  expect([...srv.fake.checkoutSessions.values()].at(-1)).toMatchObject({ mode: "subscription" });

  const member = await srv.client(browser);
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
