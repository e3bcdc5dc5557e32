// Every kind of plot is drawn whole: a plot mounts its parts one task at a time and stays hidden until
// the last is in (components/charts/draw-in-steps.ts), so a part left out, or a plot left hidden,
// shows here. Each plot is fetched once it nears the viewport (components/charts/plot-island.tsx).
import type { Locator, Page } from "@playwright/test";

import { DEMO, expect, newClient, openDemoCampaign, signInAsDemo, test } from "./helpers";

/** The plot in `figure` is visible with its grid, both axes' ticks, its series, and a tooltip on hover. */
async function expectDrawn(page: Page, figure: Locator, series: ".recharts-bar-rectangle" | ".recharts-line-curve") {
  await figure.scrollIntoViewIfNeeded();
  const plot = figure.locator("[data-plot][data-loaded]").first();
  const container = plot.locator(".recharts-responsive-container");
  await expect(container).toBeVisible();
  await expect(container).toHaveCSS("visibility", "visible");
  await expect(plot.locator(".recharts-cartesian-grid")).toHaveCount(1);
  await expect(plot.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").first()).toBeVisible();
  await expect(plot.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").first()).toBeVisible();
  await expect(plot.locator(series).first()).toBeVisible();
  const box = (await plot.locator(".recharts-surface").first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(plot.locator(".recharts-tooltip-wrapper").first()).toBeVisible();
}

test("each kind of chart is drawn whole: grid, axes, series and tooltip", async ({ browser }) => {
  test.setTimeout(Number(process.env.E2E_TEST_TIMEOUT ?? 120_000));
  const ctx = await newClient(browser);
  const page = await ctx.newPage();
  await signInAsDemo(page);

  // Analytics: the tier chart's two bar plots (ERR and CPM).
  await page.goto(`/w/${DEMO.slug}/analytics`);
  const tiers = page.getByTestId("tier-chart");
  await expect(tiers.locator("[data-plot=tier]")).toHaveCount(2);
  await expectDrawn(page, tiers, ".recharts-bar-rectangle");
  await expect(tiers.locator("[data-plot=tier][data-loaded] .recharts-responsive-container")).toHaveCount(2);

  // A campaign: clicks per day (bars and a line), then the Results tab's by-day plots.
  const campaignPath = await openDemoCampaign(page);
  await expectDrawn(page, page.getByTestId("clicks-by-day"), ".recharts-line-curve");
  await page.goto(`${campaignPath}/results`);
  await expectDrawn(page, page.getByTestId("chart-impressions"), ".recharts-bar-rectangle");

  // An influencer's follower history (a line; every demo influencer has 12 weekly counts), from the roster.
  await page.goto(`/w/${DEMO.slug}/influencers`);
  await page.locator("tbody a[href*='/influencers/']").first().click();
  await page.waitForURL(/\/influencers\/[^/]+$/);
  await expectDrawn(page, page.locator("figure:has([data-plot=follower-history])").first(), ".recharts-line-curve");
  await ctx.close();
});
