// Outreach end to end: sender identity → compose (the check flags a generic greeting and generic
// praise) → fix → send through a real SMTP server → pipeline shows "Contacted" → planning ahead past
// the follow-up delay shows the follow-up task, and one click drafts it.
//
// Mail goes through the run's real SMTP server (tests/e2e/mail-sink.ts); the influencer is added
// through the roster's own form.
import type { Page } from "@playwright/test";

import { createWorkspace, expect, expectAccessible, newClient, signUp, test, uniqueEmail } from "./helpers";
import { receivedMail } from "./mail-sink";

/** Raw messages the SMTP server received for one address (other specs' mail shares the sink). */
const mailTo = (address: string) =>
  receivedMail()
    .filter((m) => m.to.includes(address))
    .map((m) => m.raw);

/** Adds an influencer to the roster the way a marketer does: the roster's "Add influencer" form. */
async function addRosterInfluencer(page: Page, slug: string, inf: { name: string; email: string; handle: string }) {
  await page.goto(`/w/${slug}/influencers/new`);
  await page.getByLabel("Name", { exact: true }).fill(inf.name);
  await page.getByLabel("Email", { exact: true }).fill(inf.email);
  await page.getByLabel("Platform", { exact: true }).selectOption("instagram");
  await page.getByLabel("Handle or profile link").fill(inf.handle);
  await page.getByLabel("Followers", { exact: true }).fill("24000");
  await page.getByRole("button", { name: "Add influencer" }).click();
  await page.waitForURL(new RegExp(`/w/${slug}/influencers/(?!new)[^/]+$`));
}

const POST = "https://www.instagram.com/p/C8xYzAbC/";
const GOOD_BODY = `Hi Sarah,

Your reel about morning skincare routines stopped me mid-scroll — the way you layered SPF over your serum was so useful (${POST}).

I'm Sam, I look after partnerships at Glow Labs, a small vegan skincare brand (glowlabs.com, instagram.com/glowlabs).

We'd love you to create one Instagram reel and two stories about our new mineral SPF. We'd pay $350 plus the full SPF set.

Timing: content live between 3 and 14 June.

Would you be up for it?

Sam`;

test("compose → findings → fix → send → contacted → follow-up due when planning past N days", async ({ browser }) => {
  const ctx = await newClient(browser);
  const page = await ctx.newPage();
  await signUp(page, { name: "Sam Sender", email: uniqueEmail("outreach") });
  const slug = await createWorkspace(page, "Glow Labs");
  const creatorEmail = uniqueEmail("sarah");
  await addRosterInfluencer(page, slug, { name: "Sarah Lee", email: creatorEmail, handle: "sarahglows" });

  // Without a sender identity the composer sends you to set one up.
  await page.goto(`/w/${slug}/outreach/compose`);
  await page.getByRole("link", { name: "Set up the sender identity" }).click();
  await page.getByLabel("From name").fill("Sam at Glow Labs");
  await page.getByLabel("From address").fill("sam@glowlabs.test");
  await page.getByLabel("Brand name").fill("Glow Labs");
  await page.getByLabel("Brand links").fill("glowlabs.com\ninstagram.com/glowlabs");
  await page.getByLabel("Postal address").fill("12 Market Street, Portland, OR 97201");
  await page.getByLabel("Follow up after (days)").fill("5");
  await page.getByRole("button", { name: "Save sender identity" }).click();
  await expect(page.getByText("Sender identity saved.")).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/w/${slug}/outreach/compose`);
  await page.getByRole("checkbox", { name: /Sarah Lee/ }).check();
  const card = page.getByTestId("message-card");
  await card.getByLabel("Subject").fill("Collab with Glow Labs?");
  await card
    .getByLabel("Message", { exact: true })
    .fill("Hi there,\n\nWe love your content! We're Glow Labs and we'd like to work with you.\n\nThanks");
  await expect(card.locator('[data-code="GENERIC_GREETING"]')).toBeVisible();
  await expect(card.locator('[data-code="NO_SPECIFIC_APPRECIATION"]')).toBeVisible();
  await expect(card.getByTestId("lint-summary")).toContainText("problems to fix");
  await expectAccessible(page);

  // Sending is refused while errors remain.
  await page.getByRole("button", { name: "Send 1 message" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "still has problems" })).toBeVisible();

  await card.getByLabel("Their recent post (link)").fill(POST);
  await card.getByLabel("Message", { exact: true }).fill(GOOD_BODY);
  await expect(card.locator('[data-code="GENERIC_GREETING"]')).toHaveCount(0);
  await expect(card.locator('[data-code="NO_SPECIFIC_APPRECIATION"]')).toHaveCount(0);
  await expect(card.getByTestId("lint-summary")).toContainText("ready to send");
  await page.getByRole("button", { name: "Send 1 message" }).click();
  await page.waitForURL(`**/w/${slug}/outreach/messages?queued=1`);
  await expect(page.getByText("1 message queued.")).toBeVisible();

  // The job worker sends it; the pipeline card moves to Contacted.
  await page.goto(`/w/${slug}/outreach`);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("stage-contacted").getByRole("link", { name: "Sarah Lee" })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expectAccessible(page);

  const received = mailTo(creatorEmail);
  expect(received).toHaveLength(1);
  expect(received[0]).toContain(`To: ${creatorEmail}`);
  expect(received[0]).toContain("12 Market Street, Portland, OR 97201");
  expect(received[0]).toMatch(/List-Unsubscribe:\s+<http:\/\/localhost:\d+\/api\/outreach\/opt-out\?token=/);

  // Keyboard: focus the card and move it one stage right, announced in the live region.
  await page.getByTestId("pipeline-card").filter({ hasText: "Sarah Lee" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("status").filter({ hasText: "Moved Sarah Lee to Replied." })).toBeAttached();
  await expect(page.getByTestId("stage-replied").getByRole("link", { name: "Sarah Lee" })).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("stage-contacted").getByRole("link", { name: "Sarah Lee" })).toBeVisible();

  // Nothing is due today; planning 6 days ahead (past the 5-day delay) shows the follow-up.
  await page.goto(`/w/${slug}/outreach/follow-ups`);
  await expect(page.getByText("No follow-ups due")).toBeVisible();
  const ahead = new Date(Date.now() + 6 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Due by").fill(ahead);
  await page.getByRole("button", { name: "Show" }).click();
  const task = page.getByTestId("follow-up").filter({ hasText: "Sarah Lee" });
  await expect(task).toBeVisible();
  await expectAccessible(page);
  await task.getByRole("link", { name: "Draft follow-up to Sarah Lee" }).click();
  const followUp = page.getByTestId("message-card");
  await expect(followUp.getByLabel("Subject")).toHaveValue("Re: Collab with Glow Labs?");
  await expect(followUp.getByLabel("Message", { exact: true })).toHaveValue(/^Hi Sarah,\n\nFollowing up on my note/);
  await expect(followUp.getByTestId("lint-summary")).not.toContainText("problems to fix");
  await ctx.close();
});
