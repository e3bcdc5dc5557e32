// The campaign → brief → invite link → portal → review loop, with a brand member and an influencer
// who has only a link (a fresh browser context without a session).
import type { Page } from "@playwright/test";
import sharp from "sharp";

import { createWorkspace, expect, expectAccessible, newClient, signUp, test, uniqueEmail } from "./helpers";

/** Screenshots for a human to look at: SHOTS=dir npx playwright test … */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
}

/** A real photo-sized PNG (a gradient), so the thumbnail is a real resize. */
async function photo(): Promise<Buffer> {
  const width = 900;
  const height = 1200;
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i += 3) {
    const x = (i / 3) % width;
    const y = Math.floor(i / 3 / width);
    raw[i] = 200 + (x % 55);
    raw[i + 1] = 120 + (y % 100);
    raw[i + 2] = 90;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

const ALT = "Serum bottle on a sunny bathroom shelf";

test("marketer briefs and invites; the influencer accepts, fixes a disclosure, uploads a photo, submits; the marketer sees it and approves; a revoked link is dead", async ({
  browser,
}) => {
  test.setTimeout(180_000); // the whole loop, two browsers, an upload and nine accessibility scans
  const brand = await newClient(browser);
  const page = await brand.newPage();
  await signUp(page, { name: "Maya Marketer", email: uniqueEmail("marketer") });
  const slug = await createWorkspace(page, "Glow Labs");

  // Campaign
  await page.goto(`/w/${slug}/campaigns/new`);
  await page.getByLabel("Campaign name").fill("Spring SPF launch");
  await page.getByLabel("Budget").fill("2000");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await page.waitForURL(/\/brief$/);

  // Brief to 100
  await page.getByLabel("Campaign goals").fill("Launch the new SPF serum and drive 200 sales with code GLOW15");
  await page.getByLabel("Target audience").fill("Women 25 to 34 into clean skincare");
  await page.getByLabel("Key messages").fill("Light texture, no white cast\nSPF 50 every day");
  await page.getByRole("button", { name: "Add deliverable" }).click();
  await page.getByLabel("Due date (deliverable 1)").fill("2030-05-10");
  await page.getByLabel("Timeline").fill("Draft by May 2, approval within 3 days, live May 8 to 15");
  await page.getByLabel("Payment terms").fill("$300 plus the serum, paid within 30 days of going live");
  await page.getByLabel("Do's").fill("Show the texture on your skin");
  await page.getByLabel("Don'ts").fill("Don't call it a cure for acne");
  await page.getByLabel("Creative freedom").fill("Your tone, your format, your own words");
  await page.getByRole("button", { name: "Add link" }).click();
  await page.getByLabel("Link 1 label").fill("Product page");
  await page.getByLabel("Link 1 URL").fill("https://glowlabs.example.com/spf");
  await expect(page.getByTestId("brief-score")).toHaveText("100");
  await expectAccessible(page);
  await shot(page, "1-brief");
  await page.getByRole("button", { name: "Send brief" }).click();
  await expect(page.getByText(/Version 1 sent/)).toBeVisible();

  // Add an influencer (quick-add) and create the invite link
  await page.getByRole("link", { name: "Overview" }).last().click();
  await page.getByRole("tab", { name: "New influencer" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Ivy Influencer");
  await page.getByLabel("Handle or profile link").fill("@ivy.glows");
  await page.getByLabel("Followers", { exact: true }).fill("12400");
  await page.getByLabel("Fee (USD)").fill("300");
  await page.getByLabel("Product").fill("SPF serum 50 ml");
  await page.getByRole("button", { name: "Add to campaign" }).click();
  const row = page.getByTestId("collaboration-row").filter({ hasText: "Ivy Influencer" });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Create invite link" }).click();
  const link = (await row.getByTestId("portal-url").textContent())!;
  // The portal page itself: no redirect before it on a phone.
  expect(link).toMatch(/\/i\/[A-Za-z0-9_-]{43}\/portal$/);
  await expect(row.getByRole("button", { name: "New invite link" })).toBeEnabled();
  await expectAccessible(page);
  await shot(page, "2-campaign");

  // The influencer, with only the link
  const influencer = await newClient(browser, { timezoneId: "America/Los_Angeles" });
  const ip = await influencer.newPage();
  await ip.setViewportSize({ width: 390, height: 844 }); // the portal is mobile-first
  await ip.goto(link);
  await expect(ip.getByRole("heading", { name: "Spring SPF launch" })).toBeVisible();
  await expect(ip.getByTestId("collaboration-status")).toHaveText("Invited");
  await expectAccessible(ip);
  await shot(ip, "3-portal-invited");
  await ip.getByRole("button", { name: "Accept collaboration" }).click();
  await expect(ip.getByTestId("collaboration-status")).toHaveText("Accepted");

  // A question to the brand. Its time is the server's text in a named zone, so the portal still
  // hydrates in a browser in another zone (this one is in Los Angeles: the guard in helpers.ts).
  await ip.getByLabel("Ask the brand a question").fill("Can the post go out on a Sunday?");
  await ip.getByRole("button", { name: "Send question" }).click();
  const thread = ip.getByRole("list", { name: "Messages" });
  await expect(thread.getByText("Can the post go out on a Sunday?")).toBeVisible();
  await ip.reload();
  await expect(thread.locator("time")).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M UTC$/);

  const caption = ip.getByLabel("Caption");
  await caption.fill("Loving the new serum from Glow Labs, so light on my skin");
  await expect(ip.locator('[data-testid="finding"][data-severity="error"]').first()).toBeVisible();
  await expect(ip.getByRole("button", { name: "Submit for review" })).toBeDisabled();
  await shot(ip, "4-portal-finding");
  await caption.fill("#ad Loving the new serum from Glow Labs, so light on my skin");
  await expect(ip.locator('[data-testid="finding"][data-severity="error"]')).toHaveCount(0);
  await expect(ip.getByRole("button", { name: "Submit for review" })).toBeEnabled();

  // A photo with the draft, described for screen readers
  await ip.getByTestId("media-input").setInputFiles({ name: "serum-shelfie.png", mimeType: "image/png", buffer: await photo() });
  const uploaded = ip.getByTestId("media-list").getByRole("listitem");
  await expect(uploaded).toHaveCount(1);
  await expect(uploaded.locator("img")).toHaveJSProperty("naturalWidth", 480); // the 640 px WebP thumbnail of a 900×1200 photo
  await ip.getByLabel("Description of serum-shelfie.png for people using screen readers").fill(ALT);
  await expectAccessible(ip);
  await shot(ip, "4b-portal-media");
  await ip.getByRole("button", { name: "Submit for review" }).click();
  await expect(ip.getByTestId("collaboration-status")).toHaveText("In review");
  await expectAccessible(ip);

  // The marketer approves from the review queue
  await page.goto(`/w/${slug}/review`);
  const item = page.getByTestId("review-item").filter({ hasText: "Ivy Influencer" });
  await expect(item).toBeVisible();
  const thumb = item.getByTestId("media-thumb");
  await expect(thumb).toHaveAccessibleName(`Open Image 1 of 1: ${ALT}`);
  await expect(thumb.locator("img")).toHaveJSProperty("naturalWidth", 480);
  await expectAccessible(page);
  await shot(page, "5-review");
  await thumb.click();
  const lightbox = page.getByRole("dialog");
  await expect(lightbox.getByRole("img", { name: ALT })).toHaveJSProperty("naturalWidth", 900);
  await expectAccessible(page);
  await shot(page, "5b-lightbox");
  // Served by the permission-checked route with the sniffed type, never sniffable, private.
  const original = await page.request.get((await lightbox.getByRole("img", { name: ALT }).getAttribute("src"))!);
  expect(original.status()).toBe(200);
  expect(original.headers()).toMatchObject({ "content-type": "image/png", "x-content-type-options": "nosniff" });
  expect(original.headers()["cache-control"]).toMatch(/^private/);
  expect(original.headers()["content-disposition"]).toMatch(/^inline; filename="serum-shelfie\.png"/);
  await page.keyboard.press("Escape");
  await expect(lightbox).toHaveCount(0);
  await item.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Nothing to review")).toBeVisible();
  await page.goto(`/w/${slug}/campaigns`);
  await page.getByRole("link", { name: /Spring SPF launch/ }).click();
  await expect(page.getByTestId("collaboration-row").filter({ hasText: "Ivy Influencer" }).getByTestId("collaboration-status")).toHaveText(
    "Approved",
  );

  // Both sides show the new status
  await ip.reload();
  await expect(ip.getByTestId("collaboration-status")).toHaveText("Approved");
  await shot(ip, "6-portal-approved");
  await page.getByTestId("collaboration-row").filter({ hasText: "Ivy Influencer" }).getByRole("link", { name: "Open" }).click();
  await expect(page.getByTestId("status-history")).toContainText("Approved");
  await expectAccessible(page);
  await shot(page, "7-collaboration");
  await page.goBack();

  // Revoke: the link now shows the invalid page and no data (404 from the portal page; 410 from the
  // older short form of the link, a route handler)
  await page.getByTestId("collaboration-row").filter({ hasText: "Ivy Influencer" }).getByRole("button", { name: "Revoke link" }).click();
  await expect(page.getByTestId("collaboration-row").filter({ hasText: "Ivy Influencer" }).getByText("Link revoked")).toBeVisible();
  for (const [url, status] of [
    [link, 404],
    [link.replace(/\/portal$/, ""), 410],
  ] as const) {
    const res = await ip.goto(url);
    expect(res?.status(), url).toBe(status);
    await expect(ip.getByRole("heading", { name: "This link is no longer valid" })).toBeVisible();
    await expect(ip.getByText("Spring SPF launch")).toHaveCount(0);
  }
  await brand.close();
  await influencer.close();
});
