// Roster: import a messy CSV → see the bad rows → search and filter → shortlist to a list → open a profile.
import path from "node:path";

import { createWorkspace, expect, expectAccessible, newClient, signUp, test, uniqueEmail } from "./helpers";

test("import a messy roster, search, shortlist and open a profile", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signUp(page, { name: "Rita Roster", email: uniqueEmail("roster") });
  const slug = await createWorkspace(page, "Roster Co");

  // Import: preview flags the bad cells, the import reports bad rows by spreadsheet line.
  await page.goto(`/w/${slug}/influencers/import`);
  await page.getByLabel("CSV file").setInputFiles(path.resolve("tests/fixtures/csv/messy-roster.csv"));
  await expect(page.getByText('Followers "12abc" is not a number').first()).toBeVisible();
  await expect(page.getByLabel("Followers", { exact: true })).toHaveValue("followers");
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Import \d+ (of \d+ )?rows/ }).click();
  await expect(page.getByText(/\d+ created, 0 updated, 0 unchanged/)).toBeVisible();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("Line 6:");
  await expect(errors).toContainText("12abc");
  await expect(page.getByRole("link", { name: "Download the failed rows as CSV" })).toBeVisible();

  // A list to shortlist into.
  await page.goto(`/w/${slug}/influencers/lists`);
  await page.getByLabel("New list").fill("Spring launch – skincare");
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(page.getByRole("link", { name: "Spring launch – skincare" })).toBeVisible();

  // The roster hydrates without building its rows again in the browser, so no number is formatted
  // while the page starts (Intl's first use in a page is a long task on a phone: results-body.tsx).
  await page.addInitScript(() => {
    const Original = Intl.NumberFormat;
    const made = { count: 0 };
    Object.assign(window, { numberFormatsMade: made });
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof Original>) {
      made.count++;
      return new Original(...args);
    } as unknown as typeof Intl.NumberFormat;
  });
  await page.goto(`/w/${slug}/influencers`);
  await page.getByRole("checkbox", { name: "Select Tom Baker" }).check();
  await expect(page.getByText("1 selected")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { numberFormatsMade: { count: number } }).numberFormatsMade.count)).toBe(0);
  await page.getByRole("checkbox", { name: "Select Tom Baker" }).uncheck();

  // Search, then filter: the URL carries the state and the back button restores it.
  await page.getByLabel("Search", { exact: true }).fill("tombakes");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=tombakes/);
  await expect(page.getByRole("link", { name: "Tom Baker" })).toBeVisible();
  await expect(page.getByText(/^1$/).first()).toBeVisible();

  await page.getByLabel("Search", { exact: true }).fill("");
  await page.getByText("Filters", { exact: true }).click();
  await page.getByRole("checkbox", { name: "Micro (10K–100K)" }).check();
  await page.getByRole("checkbox", { name: "Instagram" }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/tier=micro/);
  await expect(page.getByRole("link", { name: "Jane Again" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tom Baker" })).toHaveCount(0);
  await expectAccessible(page);
  // The rows and the filter fields reach the browser once as markup: the page's flight data carries
  // their values (results-body.tsx, filter-fields-block.tsx), not their HTML a second time.
  const html = await (await page.request.get(page.url())).text();
  const flight = [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)]
    .map((m) => JSON.parse(m[1]!) as [number, string?])
    .filter((chunk) => chunk[0] === 1)
    .map((chunk) => chunk[1])
    .join("");
  expect(html).toContain("data-row-select");
  expect(flight).toContain("Jane Again");
  expect(flight).not.toContain("<tr>");
  expect(flight).not.toContain("<fieldset");
  await page.goBack();
  await expect(page).toHaveURL(/q=tombakes/);
  await page.goForward();
  await expect(page).toHaveURL(/tier=micro/);

  // Shortlist.
  await page.getByRole("checkbox", { name: "Select Jane Again" }).check();
  await page.getByRole("button", { name: "Add to list" }).click();
  await expect(page.getByText("Added 1 to Spring launch – skincare.")).toBeVisible();
  // The refresh after the action brings the same rows: they stay, with the box still ticked.
  await expect(page.getByRole("checkbox", { name: "Select Jane Again" })).toBeChecked();

  // Profile explains its numbers. The row's name is plain server-built HTML; the click still
  // navigates within the app (no full page load: the marker on window survives).
  await page.evaluate(() => ((window as unknown as { inApp: boolean }).inApp = true));
  await page.getByRole("link", { name: "Jane Again" }).click();
  await expect(page.getByRole("heading", { name: "Jane Again", level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { inApp?: boolean }).inApp)).toBe(true);
  await expect(page.getByText("Why this risk score")).toBeVisible();
  await expect(page.getByRole("link", { name: "Spring launch – skincare" })).toBeVisible();
  await expect(page.getByText("Follower history")).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
