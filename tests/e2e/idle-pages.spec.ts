// Pages go idle: once loaded, nothing keeps calling the server. An effect that re-runs a server
// action after every render (the campaign page's "Add influencers" search did: 20+ POSTs every
// 10 s) shows up here as a stream of requests while nobody touches the page.
import type { BrowserContext, Page, Request } from "@playwright/test";

import { DEMO, expect, newClient, openDemoCampaign, signInAsDemo, test } from "./helpers";

const SETTLE_MS = 2_000;
const QUIET_MS = 10_000;

/** Server actions and fetches (not link prefetches, which are one per link) made while nobody touches the page. */
async function requestsWhileIdle(page: Page): Promise<string[]> {
  await page.waitForLoadState("load");
  await page.waitForTimeout(SETTLE_MS);
  const seen: string[] = [];
  const onRequest = (r: Request) => {
    const h = r.headers();
    if (h["next-router-prefetch"]) return;
    if (h["next-action"] || r.resourceType() === "fetch" || r.resourceType() === "xhr")
      seen.push(`${r.method()} ${new URL(r.url()).pathname}${h["next-action"] ? " (server action)" : ""}`);
  };
  page.on("request", onRequest);
  await page.waitForTimeout(QUIET_MS);
  page.off("request", onRequest);
  return seen;
}

/** At most one straggler (a late one-off fetch); a loop makes dozens. */
async function expectIdle(page: Page) {
  const seen = await requestsWhileIdle(page);
  expect(seen.length, `requests in ${QUIET_MS / 1000} s of idling:\n${seen.join("\n")}`).toBeLessThanOrEqual(1);
}

let ctx: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }) => {
  ctx = await newClient(browser);
  page = await ctx.newPage();
  await signInAsDemo(page);
});

test.afterAll(async () => {
  await ctx.close();
});

test("the campaign page (Overview tab, with “Add influencers”) goes idle", async () => {
  await openDemoCampaign(page);
  const heading = page.getByRole("heading", { name: "Add influencers" });
  await expect(heading).toBeVisible();
  // The roster is searched once the card comes into view: scrolled to, it lists the results.
  await heading.scrollIntoViewIfNeeded();
  await expect(page.getByRole("checkbox").first()).toBeVisible();
  await expectIdle(page);
});

test("on a phone, the campaign page searches the roster only once “Add influencers” is scrolled to", async () => {
  const path = await openDemoCampaign(page);
  await page.setViewportSize({ width: 390, height: 844 });
  const actions: string[] = [];
  const onRequest = (r: Request) => {
    if (r.headers()["next-action"]) actions.push(r.url());
  };
  page.on("request", onRequest);
  try {
    await page.goto(path);
    await page.waitForLoadState("load");
    await page.waitForTimeout(SETTLE_MS);
    const card = page.locator("section").filter({ has: page.getByRole("heading", { name: "Add influencers" }) });
    await expect(card.getByText("Loading the roster…")).toBeAttached();
    expect(actions, "no server action while the card is out of sight").toEqual([]);

    await card.scrollIntoViewIfNeeded();
    await expect(card.getByRole("checkbox").first()).toBeVisible();
    await expect(card.getByText("Loading the roster…")).toHaveCount(0);
    expect(actions).toHaveLength(1);
  } finally {
    page.off("request", onRequest);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test("the campaign page's first paint is its final layout: the blocks hydrated later are written in place", async () => {
  // HydrateLater wrapped them in a Suspense boundary, and React streams a large boundary's content
  // after the shell, hidden, then reveals it: on a phone the page first painted without the
  // collaborations and "Add influencers", then the Budget card below them jumped down (Lighthouse
  // CLS 0.24). In the HTML as sent, both blocks must come before the Budget card, outside any
  // hidden segment.
  const path = await openDemoCampaign(page);
  const html = await (await page.request.get(path)).text();
  const at = (text: string) => {
    const i = html.indexOf(text);
    expect(i, `${text} is in the page`).toBeGreaterThan(0);
    return i;
  };
  const firstHidden = html.indexOf(`<div hidden id="S:`);
  for (const block of [">Influencers (", ">Add influencers<"]) {
    expect(at(block), `${block} before the Budget card`).toBeLessThan(at(">Budget<"));
    if (firstHidden >= 0) expect(at(block), `${block} not in a hidden, later-revealed segment`).toBeLessThan(firstHidden);
  }
});

test("the roster goes idle", async () => {
  await page.goto(`/w/${DEMO.slug}/influencers`);
  await expect(page.getByRole("heading", { name: "Influencers", level: 1 })).toBeVisible();
  await expectIdle(page);
});

test("outreach goes idle", async () => {
  await page.goto(`/w/${DEMO.slug}/outreach`);
  await expect(page.getByRole("heading", { name: "Outreach", level: 1 })).toBeVisible();
  await expectIdle(page);
});

test("links prefetch their page when someone points at one, not when it scrolls into view", async () => {
  // next/link prefetched every link in view: 10 routes in 20 requests per campaign view, each a
  // server render. IntentLink (components/ui/intent-link.tsx) waits for a pointer, touch or focus.
  const path = await openDemoCampaign(page);
  const prefetches: string[] = [];
  const onRequest = (r: Request) => {
    if (r.headers()["next-router-prefetch"] || r.url().includes("_rsc=")) prefetches.push(new URL(r.url()).pathname);
  };
  page.on("request", onRequest);
  try {
    for (const [where, width] of [
      [path, 1280],
      [`/w/${DEMO.slug}`, 1280],
      [`/w/${DEMO.slug}/contracts`, 390],
    ] as const) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(where);
      await page.waitForLoadState("load");
      await page.waitForTimeout(SETTLE_MS);
      expect(prefetches, `prefetches on ${where} before anyone points at a link`).toEqual([]);
    }
    // Pointing at a link prefetches its page.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(path);
    await page.waitForLoadState("load");
    await page.getByRole("link", { name: "Results" }).first().hover();
    await expect.poll(() => prefetches.some((p) => p.endsWith("/results"))).toBe(true);
  } finally {
    page.off("request", onRequest);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});
