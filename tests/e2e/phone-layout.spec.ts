// The results pages on a phone (390 px), light and dark: nothing is wider than the screen (a page that
// scrolls sideways hides its right edge and every button there) and each page passes an axe scan,
// colour contrast included. The pages a creator and a marketer open on the move: the portal with its
// post numbers, the campaign's Results and Metrics tabs, the collaboration page, Analytics, Reports.
import type { Page } from "@playwright/test";

import { expect, expectAccessible, newClient, openDemoCampaign, signInAsDemo, test } from "./helpers";

const PHONE = { width: 390, height: 844 };

/** The page's layout width must fit the viewport: document.documentElement.scrollWidth ≤ 390. */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${new URL(page.url()).pathname} is ${width} px wide on a ${PHONE.width} px phone`).toBeLessThanOrEqual(PHONE.width);
}

async function checkBothThemes(page: Page, path: string, ready: (page: Page) => Promise<void>) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    await ready(page);
    await expect(page.locator("html")).toHaveClass(colorScheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  }
}

test("the portal and the results pages fit a 390 px phone and pass axe, light and dark", async ({ browser }) => {
  test.setTimeout(Number(process.env.E2E_TEST_TIMEOUT ?? 180_000));
  const brand = await newClient(browser);
  const page = await brand.newPage();
  await signInAsDemo(page);
  const campaignPath = await openDemoCampaign(page);

  // The live collaboration's invite link (its creator has posted: the portal shows the post's numbers).
  const row = page
    .getByTestId("collaboration-row")
    .filter({ has: page.getByText("Live", { exact: true }) })
    .first();
  await row.getByRole("button", { name: /invite link/ }).click();
  const invite = (await row.getByTestId("portal-url").textContent())!;
  await row.getByRole("link", { name: "Open" }).click();
  await page.waitForURL(/\/collaborations\/[^/]+$/);
  const collaborationPath = new URL(page.url()).pathname;

  // The creator's portal first, in a browser that only has the link (it was 446 px wide at 390).
  const influencer = await newClient(browser);
  const ip = await influencer.newPage();
  await ip.setViewportSize(PHONE);
  await checkBothThemes(ip, invite, (p) => expect(p.getByTestId("portal-metrics").getByTestId("post-figures").first()).toBeVisible());
  await influencer.close();

  await page.setViewportSize(PHONE);
  await checkBothThemes(page, `${campaignPath}/results`, (p) => expect(p.getByTestId("metric-err")).toBeVisible());
  await checkBothThemes(page, `${campaignPath}/metrics`, (p) => expect(p.getByTestId("campaign-posts")).toBeVisible());
  await checkBothThemes(page, collaborationPath, (p) => expect(p.getByTestId("posts-and-metrics")).toBeVisible());
  await checkBothThemes(page, "/w/demo/analytics?range=90d", (p) => expect(p.getByTestId("by-tier")).toBeVisible());
  await checkBothThemes(page, "/w/demo/reports", (p) => expect(p.getByTestId("create-report")).toBeVisible());

  await brand.close();
});

// A phone may paint a page before the end of its HTML is parsed (seen under Lighthouse's 4x CPU
// slowdown on sign-in: the card painted with its Email field only). On a card centred in the screen,
// what arrives after that paint pushed the whole card up: a layout shift of 0.037 on the first page
// a visitor sees. The one-card pages are top-aligned (`.card-page`): more at the end of the card
// moves nothing above it.
test("the one-card pages grow downwards: the card stays put while its end arrives", async ({ browser }) => {
  const ctx = await newClient(browser);
  const page = await ctx.newPage();
  await page.setViewportSize(PHONE);
  for (const path of ["/sign-in", "/sign-up", "/forgot-password", "/invite/not-a-real-token"]) {
    await page.goto(path);
    const card = page.locator("main#main");
    const before = await card.boundingBox();
    await card.evaluate((main) => main.append(Object.assign(document.createElement("div"), { style: "height: 240px" })));
    const after = await card.boundingBox();
    expect(after!.height, path).toBeGreaterThan(before!.height + 200);
    expect(after!.y, `${path}: the card moved when content was added at its end`).toBe(before!.y);
  }
  await ctx.close();
});
