// Post metrics end to end: the marketer enters numbers on the demo's live reel, the creator reports
// theirs from the portal on a phone (390 px, a fresh browser with only the invite link), and the
// campaign's Results tab shows ERR and CTR with their formulas and inputs, the creator's row computed
// from the creator's numbers (the latest snapshot wins), and a CSV export of the creators table; the
// Results page passes an axe scan. Client reports (share link, PDF) extend this file.
import fs from "node:fs";

import { expect, expectAccessible, newClient, openDemoCampaign, signInAsDemo, test } from "./helpers";

test("numbers entered by the marketer and the creator reach the Results tab, with formulas and a CSV export", async ({ browser }) => {
  test.setTimeout(Number(process.env.E2E_TEST_TIMEOUT ?? 150_000));
  const brand = await newClient(browser);
  const page = await brand.newPage();
  await signInAsDemo(page);
  const campaignPath = await openDemoCampaign(page);

  // The demo's live collaboration: a new invite link for its creator, then its page.
  const row = page
    .getByTestId("collaboration-row")
    .filter({ has: page.getByText("Live", { exact: true }) })
    .first();
  const creator = (await row.getByRole("link").first().textContent())!.trim();
  await row.getByRole("button", { name: /invite link/ }).click();
  const invite = (await row.getByTestId("portal-url").textContent())!;
  await row.getByRole("link", { name: "Open" }).click();
  await expect(page.getByRole("heading", { name: creator })).toBeVisible();

  // The marketer enters today's numbers on the reel (the first post; the story follows it).
  const section = page.getByTestId("posts-and-metrics");
  const reel = section.getByTestId("post-figures").first();
  await expect(reel).toContainText("/reel/");
  await section.getByRole("button", { name: "Enter numbers" }).first().click();
  const form = section.getByRole("form", { name: "Enter numbers" });
  await form.getByLabel("Reach", { exact: true }).fill("18000");
  await form.getByLabel("Impressions", { exact: true }).fill("26000");
  await form.getByLabel("Likes", { exact: true }).fill("800");
  await form.getByLabel("Comments", { exact: true }).fill("50");
  await form.getByLabel("Saves", { exact: true }).fill("30");
  await form.getByRole("button", { name: "Save numbers" }).click();
  await expect(form).toBeHidden();
  await expect(reel.getByTestId("post-err")).toContainText("4.89%"); // (800 + 50 + 30) ÷ 18,000

  // The creator, on a phone with only the invite link, reports later numbers of the same reel.
  const influencer = await newClient(browser);
  const ip = await influencer.newPage();
  await ip.setViewportSize({ width: 390, height: 844 });
  await ip.goto(invite);
  const portal = ip.getByTestId("portal-metrics");
  const portalReel = portal.getByTestId("post-figures").first();
  await expect(portalReel).toContainText("/reel/");
  await portal.getByRole("button", { name: "Report numbers" }).first().click();
  const pform = portal.getByRole("form", { name: "Enter numbers" });
  await pform.getByLabel("Reach", { exact: true }).fill("20000");
  await pform.getByLabel("Impressions", { exact: true }).fill("29000");
  await pform.getByLabel("Likes", { exact: true }).fill("900");
  await pform.getByLabel("Comments", { exact: true }).fill("60");
  await pform.getByLabel("Saves", { exact: true }).fill("40");
  await pform.getByRole("button", { name: "Send numbers" }).click();
  await expect(pform).toBeHidden();
  await expect(portalReel.getByTestId("post-err")).toContainText("5.00%"); // (900 + 60 + 40) ÷ 20,000
  await influencer.close();

  // The Results tab: ERR and CTR with their formulas one click away.
  await page.goto(`${campaignPath}/results`);
  await expect(page.getByRole("link", { name: "Results" })).toHaveAttribute("aria-current", "page");
  const err = page.getByTestId("metric-err");
  await expect(err).toContainText(/\d+\.\d\d%/);
  await err.getByText("How it’s calculated").click();
  await expect(err.getByTestId("formula-err")).toHaveText("(likes + comments + saves) ÷ reach × 100");
  await expect(err).toContainText("Reach");
  const ctr = page.getByTestId("metric-ctr");
  await ctr.getByText("How it’s calculated").click();
  await expect(ctr.getByTestId("formula-ctr")).toHaveText("clicks ÷ impressions × 100");
  await expect(ctr).toContainText("tracking-link clicks");
  await expect(ctr).toContainText(/Seed, beauty: 1\.5%–2\.5%/);

  // The creator's row: the creator's own report is the reel's latest (never added to the marketer's):
  // reel (900 + 60 + 40) and the story's reach 2,900 → 1,000 ÷ 22,900 = 4.37 %.
  const creatorRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(creator) }) });
  await expect(creatorRow).toContainText("4.37%");
  await expect(creatorRow).toContainText("22,900");

  // Sorting works by URL; the export follows the order shown.
  await page.getByRole("link", { name: "ERR" }).click();
  await expect(page).toHaveURL(/sort=err&dir=desc/);
  const downloading = page.waitForEvent("download");
  await page.getByTestId("creators-csv").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^spring-spf-launch-creators-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = fs
    .readFileSync(await download.path(), "utf8")
    .trim()
    .split(/\r?\n/);
  expect(lines[0]).toMatch(/^creator,handle,tier,status,posts,reach,impressions,engagements,err_pct/);
  expect(lines.find((l) => l.startsWith(creator))).toContain(",4.37,");
  await expectAccessible(page);

  // The workspace's Analytics page on a phone: its tables are wider than the screen, so each scroll
  // box must be reachable by keyboard (axe: scrollable-region-focusable).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/w/demo/analytics");
  await expect(page.getByTestId("by-tier")).toBeVisible();
  await expectAccessible(page);
});

test("a Results tab without notices starts with its figures: no empty block under the tabs", async ({ browser }) => {
  const brand = await newClient(browser);
  const page = await brand.newPage();
  await signInAsDemo(page);
  // The demo's seed case: every creator live, one currency, so no notice to show.
  await page.goto("/w/demo/campaigns");
  await page.getByRole("link", { name: "Telehealth skincare (seed case)" }).first().click();
  await page.waitForURL(/\/campaigns\/[^/]+$/);
  await page.getByRole("link", { name: "Results" }).click();
  await page.waitForURL(/\/results$/);
  const blocks = page.getByTestId("results-blocks");
  await expect(blocks.getByRole("heading", { name: "At a glance" })).toBeVisible();
  await expect(blocks.getByRole("status")).toHaveCount(0);
  // Each block of the page has a height: an empty one would add a row and a 32 px gap.
  const heights = await blocks.evaluate((el) => [...el.children].map((c) => c.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(3);
  expect(heights.filter((h) => h === 0)).toEqual([]);
  await brand.close();
});
