// Client reports as people use them: the marketer makes a report from the demo campaign's page,
// publishes a share link and copies it; the client opens it in a fresh browser without signing in
// (not indexed, no workspace navigation, the chart drawn), downloads the PDF, and its text names the
// campaign and shows ERR with its formula. Revoking the link turns it into the plain 404.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import type { Browser, Page } from "@playwright/test";

import { expect, newClient, openDemoCampaign, signInAsDemo, test } from "./helpers";

function pdfText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-pdf-"));
  try {
    const file = path.join(dir, "report.pdf");
    fs.writeFileSync(file, bytes);
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Screenshots for a human to look at (SHOTS=dir): desktop 1366 and phone 390, light and dark. */
async function shots(
  browser: Browser,
  url: string,
  name: string,
  storageState?: Awaited<ReturnType<import("@playwright/test").BrowserContext["storageState"]>>,
) {
  if (!process.env.SHOTS) return;
  for (const [device, width, height] of [
    ["desktop", 1366, 900],
    ["phone", 390, 844],
  ] as const)
    for (const scheme of ["light", "dark"] as const) {
      const ctx = await browser.newContext({
        viewport: { width, height },
        colorScheme: scheme,
        storageState,
        isMobile: device === "phone",
      });
      const p = await ctx.newPage();
      await p.goto(url);
      await p.waitForLoadState("networkidle");
      await p.screenshot({ path: `${process.env.SHOTS}/${name}-${device}-${scheme}.png`, fullPage: true });
      await ctx.close();
    }
}

async function openShared(page: Page, url: string) {
  const res = await page.goto(url);
  expect(res?.status()).toBe(200);
  expect(res?.headers()["x-robots-tag"]).toContain("noindex");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
}

test("a marketer creates a report, shares a link the client opens without signing in, and the PDF shows the campaign and ERR", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const brand = await newClient(browser);
  const page = await brand.newPage();
  await signInAsDemo(page);
  await openDemoCampaign(page);

  await page.getByRole("link", { name: "Create report" }).click();
  await page.waitForURL(/\/reports\?campaign=/);
  const form = page.getByTestId("create-report");
  await expect(form.getByLabel("Campaign")).toHaveValue(/.+/);
  await expect(form.getByLabel("Title")).toHaveValue("Spring SPF launch — results");
  await form.getByRole("textbox", { name: "Comment" }).fill("Stories beat our plan; the reels carried reach.");
  await form.getByRole("radio", { name: /Frozen/ }).check();
  await form.getByRole("button", { name: "Create report" }).click();
  await page.waitForURL(/\/reports\/[^/?]+$/);
  const reportUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: "Spring SPF launch — results" })).toBeVisible();

  await page.getByLabel("Link expires").selectOption("7");
  await page.getByRole("button", { name: "Create share link" }).click();
  const shareUrl = await page.getByTestId("share-link-url").inputValue();
  expect(shareUrl).toMatch(/\/reports\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("share-links").getByText("Active")).toBeVisible();

  // The client: a fresh browser, no session.
  const client = await newClient(browser);
  const view = await client.newPage();
  await openShared(view, shareUrl);
  await expect(view.getByRole("heading", { level: 1, name: "Spring SPF launch — results" })).toBeVisible();
  await expect(view.getByText("Demo Brand").first()).toBeVisible();
  await expect(view.getByTestId("report-kpis").getByText("(likes + comments + saves) ÷ reach × 100")).toBeVisible();
  await expect(view.getByText("Stories beat our plan; the reels carried reach.")).toBeVisible();
  await expect(view.getByRole("navigation", { name: "Workspace" })).toHaveCount(0);
  // The plot is fetched once its box nears the viewport (components/charts/plot-island.tsx).
  await view.getByTestId("report-daily-chart").scrollIntoViewIfNeeded();
  await expect(view.getByTestId("report-daily-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  expect(await view.content()).not.toContain("/w/demo");

  const download = view.waitForEvent("download");
  await view.getByRole("link", { name: "Download PDF" }).click();
  const file = await (await download).path();
  const text = pdfText(fs.readFileSync(file));
  expect(text).toContain("Spring SPF launch");
  expect(text).toContain("ERR");
  expect(text.replace(/\s+/g, " ")).toContain("(likes + comments + saves) ÷ reach × 100");

  await shots(browser, shareUrl, "report-shared");
  await shots(browser, reportUrl.replace(/\/[^/]+$/, ""), "reports-list", await brand.storageState());

  // Revoked: the same plain 404 as any unknown link.
  await page.reload();
  await page.getByTestId("share-links").getByRole("button", { name: "Revoke" }).first().click();
  await expect(page.getByTestId("share-links").getByText("Revoked")).toBeVisible();
  const gone = await view.goto(shareUrl);
  expect(gone?.status()).toBe(404);
  await expect(view.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await client.close();
  await brand.close();
});
