// The budget counts only the fees that are part of the deal: a fee typed for "Product + payment"
// stops counting, in the preview and once added, when the compensation is switched to "Product only".

import { expect, newClient, openDemoCampaign, signInAsDemo, test } from "./helpers";

test("switching to product only drops the fee from the preview, the added row and the budget", async ({ browser }) => {
  const ctx = await newClient(browser);
  const page = await ctx.newPage();
  await signInAsDemo(page);
  await openDemoCampaign(page);

  // "Agreed fees and products" once a collaboration of the campaign includes a product with a value.
  const agreed = async () => /Agreed fees(?: and products)?\s*(\S+)/.exec(await page.getByTestId("budget-card").innerText())?.[1];
  const agreedBefore = await agreed();
  expect(agreedBefore).toMatch(/^\$[\d,.]+$/);

  // Pick someone from the roster who isn't in the campaign yet (the card lists the roster once it is in view).
  await page.getByRole("heading", { name: "Add influencers" }).scrollIntoViewIfNeeded();
  const option = page
    .locator("li label")
    .filter({ hasText: / followers$/ })
    .first();
  const name = (await option.locator("span.font-medium").innerText()).trim();
  await option.getByRole("checkbox").check();
  const projection = page.getByTestId("budget-projection");
  const baseline = await projection.innerText();

  await page.getByLabel("Compensation").selectOption({ label: "Product + payment" });
  await page.getByLabel("Fee (USD)").fill("1250");
  await page.getByLabel("Product", { exact: true }).fill("SPF serum 50 ml");
  await expect(projection).not.toHaveText(baseline);

  await page.getByLabel("Compensation").selectOption({ label: "Product only" });
  await expect(page.getByLabel("Fee (USD)")).toHaveCount(0);
  await expect(projection).toHaveText(baseline);

  await page.getByRole("button", { name: /^Add 1 to campaign$/ }).click();
  const row = page.getByTestId("collaboration-row").filter({ hasText: name });
  await expect(row).toContainText("Product only");
  await expect(row).not.toContainText("Product only ·");
  await expect.poll(agreed).toBe(agreedBefore);
  await ctx.close();
});
