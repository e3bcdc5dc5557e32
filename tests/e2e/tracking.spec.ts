// Tracking links end to end: a marketer creates a link and a discount code on a collaboration of the
// demo campaign, the influencer sees both in the portal (a fresh browser with only the invite link),
// a visit through /r/<code> lands on the destination with its UTM parameters and click id (the
// destination is answered by Playwright's routing: no request leaves the machine), and the click is
// counted on the campaign page once the buffer has written it.
import { expect, expectAccessible, newClient, openDemoCampaign, signInAsDemo, test } from "./helpers";

// A person's browser: Playwright's own user agent says "HeadlessChrome", which is (rightly) a bot.
const PERSON_UA =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

test("a link and a code reach the portal; a click through the link arrives with UTMs and is counted on the campaign page", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const brand = await newClient(browser);
  const page = await brand.newPage();
  await signInAsDemo(page);
  const campaignPath = await openDemoCampaign(page);

  // A new influencer in the demo campaign, with an invite link.
  const run = Date.now().toString(36);
  const name = `Tess Tracker ${run}`;
  // A code of this run's own: codes are unique in a workspace, so a retry of this test (its first
  // try's code still in the demo workspace) would otherwise be refused.
  const discount = `TESS${run.slice(-6).toUpperCase()}`;
  await page.getByRole("tab", { name: "New influencer" }).click();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Handle or profile link").fill(`@tess${run}`);
  await page.getByLabel("Followers", { exact: true }).fill("8400");
  await page.getByLabel("Fee (USD)").fill("250");
  await page.getByLabel("Product").fill("SPF serum 50 ml");
  await page.getByRole("button", { name: "Add to campaign" }).click();
  const row = page.getByTestId("collaboration-row").filter({ hasText: name });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Create invite link" }).click();
  const invite = (await row.getByTestId("portal-url").textContent())!;

  // On the collaboration page: a tracking link (the campaign's destination is the default) and a code.
  await row.getByRole("link", { name: "Open" }).click();
  const card = page.getByTestId("links-and-codes");
  await expect(card.getByTestId("clicks-ctr")).toContainText("needs impressions");
  await card.getByRole("button", { name: "New tracking link" }).click();
  const form = card.getByRole("form", { name: "New tracking link" });
  await expect(form.getByLabel("Destination")).toHaveValue(/^https:\/\/shop\.example\//);
  await form.getByRole("button", { name: "Create link" }).click();
  const shortUrl = (await card.getByTestId("tracking-url").first().textContent())!.trim();
  expect(shortUrl).toMatch(/\/r\/[A-Za-z0-9]{8}$/);
  const code = shortUrl.split("/r/")[1]!;
  const codeForm = card.getByRole("form", { name: "New discount code" });
  await codeForm.getByLabel("Code").fill(discount);
  await codeForm.getByLabel("Discount").fill("10% off everything");
  await codeForm.getByRole("button", { name: "Add code" }).click();
  await expect(card.getByTestId("discount-code").getByText(discount)).toBeVisible();
  await expectAccessible(page);

  // The influencer, with only the invite link, sees both.
  const influencer = await newClient(browser);
  const ip = await influencer.newPage();
  await ip.setViewportSize({ width: 390, height: 844 });
  await ip.goto(invite);
  const portalLinks = ip.getByTestId("portal-links");
  await expect(portalLinks).toContainText(shortUrl);
  await expect(portalLinks).toContainText(discount);
  await expect(portalLinks).toContainText("10% off everything");

  // A follower taps the link: 302 to the destination with the UTMs and the click id.
  const follower = await browser.newContext({ userAgent: PERSON_UA, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.23" } });
  const landed: string[] = [];
  await follower.route(/^https:\/\/shop\.example\//, (route) => {
    landed.push(route.request().url());
    return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Shop</title><h1>Shop</h1>" });
  });
  // The tap, as the browser sends it (its user agent and address), answered with the 302…
  const tap = await follower.request.get(shortUrl, { maxRedirects: 0 });
  expect(tap.status()).toBe(302);
  // …and the browser following it to the store (answered by the route above, not the network).
  const fp = await follower.newPage();
  await fp.goto(tap.headers()["location"]!);
  await expect(fp.getByRole("heading", { name: "Shop" })).toBeVisible();
  expect(landed).toHaveLength(1);
  const to = new URL(landed[0]!);
  expect(to.searchParams.get("utm_medium")).toBe("influencer");
  expect(to.searchParams.get("utm_campaign")).toBe("spring_spf_launch");
  expect(to.searchParams.get("utm_source")).toBeTruthy();
  expect(to.searchParams.get("mc_click")).toMatch(/^[0-9a-f-]{36}$/);
  await follower.close();

  // Counted on the campaign page once the buffer has flushed (every 250 ms by default).
  await page.goto(campaignPath);
  const linkRow = page
    .getByTestId("clicks-by-link")
    .getByRole("row")
    .filter({ hasText: `/r/${code}` });
  await expect
    .poll(
      async () => {
        await page.reload();
        // The card streams in after the rest of the page (its Suspense fallback says "Counting clicks…").
        await expect(page.getByTestId("campaign-clicks")).toBeVisible({ timeout: 15_000 });
        return (await linkRow.getByRole("cell").allInnerTexts()).map((s) => s.trim());
      },
      { timeout: 45_000, intervals: [500, 1000, 2000] },
    )
    .toEqual([expect.stringContaining(`/r/${code}`), name, "1", "1", "0", "0", "—"]); // clicks, unique, bots, orders, revenue
  const person = page.getByTestId("clicks-per-influencer").getByRole("row").filter({ hasText: name });
  await expect(person.getByRole("cell").nth(1)).toHaveText("1");
  await expectAccessible(page);
  await influencer.close();
  await brand.close();
});
