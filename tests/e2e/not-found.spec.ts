// Real 404 statuses over HTTP against the built server: a page for a record that doesn't exist (or
// belongs to another workspace) answers 404, not a 200 that happens to show "not found"; an unknown
// workspace too; an unknown /api path answers JSON; a dead portal link answers 404. The pages carry
// a not-found title, and no console error beyond the 404 itself.
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";

import { createWorkspace, DEMO, expect, newClient, openDemoCampaign, signInAsDemo, signUp, test, uniqueEmail } from "./helpers";

let ctx: BrowserContext;
let page: Page;
let campaignPath: string;

test.beforeAll(async ({ browser }) => {
  ctx = await newClient(browser);
  page = await ctx.newPage();
  await signInAsDemo(page);
  campaignPath = await openDemoCampaign(page);
});

test.afterAll(async () => {
  await ctx.close();
});

async function status(request: APIRequestContext, path: string, method: "GET" | "POST" = "GET") {
  const res = await request.fetch(path, { method, maxRedirects: 0, failOnStatusCode: false });
  return { status: res.status(), type: res.headers()["content-type"] ?? "", body: await res.text() };
}

/** Loads the page in the browser: its title, and console errors other than the document's own 404. */
async function visit(path: string) {
  const errors: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === "error" && !/Failed to load resource: .* 404/.test(m.text())) errors.push(m.text());
  };
  page.on("console", onConsole);
  const res = await page.goto(path);
  await expect(page.getByText("404", { exact: true }).first()).toBeVisible();
  page.off("console", onConsole);
  return { status: res?.status(), title: await page.title(), errors };
}

test("the real pages answer 200 and are titled by their record", async () => {
  expect((await status(ctx.request, campaignPath)).status).toBe(200);
  await page.goto(campaignPath);
  await expect(page).toHaveTitle("Spring SPF launch · Microcampaigns");
  await page.goto(`${campaignPath}/brief`);
  await expect(page).toHaveTitle("Brief · Spring SPF launch · Microcampaigns");
});

test("a bad campaign, influencer or collaboration id answers 404 with a not-found title", async () => {
  const cases: [string, string][] = [
    [`/w/${DEMO.slug}/campaigns/doesnotexist`, "Campaign not found · Microcampaigns"],
    [`/w/${DEMO.slug}/campaigns/doesnotexist/brief`, "Campaign not found · Microcampaigns"],
    [`/w/${DEMO.slug}/campaigns/doesnotexist/edit`, "Campaign not found · Microcampaigns"],
    [`/w/${DEMO.slug}/influencers/doesnotexist`, "Influencer not found · Microcampaigns"],
    [`${campaignPath}/collaborations/doesnotexist`, "Collaboration not found · Microcampaigns"],
    [`/w/${DEMO.slug}/campaigns/doesnotexist/collaborations/doesnotexist`, "Collaboration not found · Microcampaigns"],
  ];
  for (const [path, title] of cases) {
    expect((await status(ctx.request, path)).status, path).toBe(404);
    expect(await visit(path), path).toEqual({ status: 404, title, errors: [] });
  }
  await expect(page.getByRole("heading", { name: "Collaboration not found", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "All campaigns" }).click();
  await page.waitForURL(`**/w/${DEMO.slug}/campaigns`);
});

test("an unknown workspace answers 404, titled as not found, without a React error", async () => {
  for (const path of ["/w/doesnotexist", "/w/doesnotexist/campaigns", "/w/doesnotexist/campaigns/x"]) {
    expect((await status(ctx.request, path)).status, path).toBe(404);
    expect(await visit(path), path).toEqual({ status: 404, title: "Page not found · Microcampaigns", errors: [] });
  }
});

test("an unknown /api path answers a JSON 404, whatever the method", async () => {
  for (const [path, method] of [
    ["/api/doesnotexist", "GET"],
    ["/api/v1/doesnotexist", "POST"],
    [`/api/w/${DEMO.slug}/doesnotexist`, "GET"],
  ] as const) {
    const res = await status(ctx.request, path, method);
    expect(res.status, `${method} ${path}`).toBe(404);
    expect(res.type).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
  }
});

test("a bad portal token answers 404, link and portal page alike", async ({ request }) => {
  const token = "A".repeat(43);
  for (const path of [`/i/${token}`, `/i/${token}/portal`, "/i/short", "/i/short/portal"]) {
    expect((await status(request, path)).status, path).toBe(404);
  }
  const portal = await ctx.newPage();
  await portal.goto(`/i/${token}/portal`);
  await expect(portal.getByRole("heading", { name: "This link is no longer valid" })).toBeVisible();
  await expect(portal).toHaveTitle("Link no longer valid · Microcampaigns");
  await portal.close();
});

test("another workspace's member gets 404 for the demo's workspace and campaign", async ({ browser }) => {
  const other = await newClient(browser);
  const p = await other.newPage();
  await signUp(p, { name: "Olive Other", email: uniqueEmail("other") });
  await createWorkspace(p, "Other Brand");
  expect((await status(other.request, `/w/${DEMO.slug}`)).status).toBe(404);
  expect((await status(other.request, campaignPath)).status).toBe(404);
  await other.close();
});
