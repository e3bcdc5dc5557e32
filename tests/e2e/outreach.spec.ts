// Outreach end to end: sender identity → compose (the check flags a generic greeting and generic
// praise) → fix → send through a real SMTP server → pipeline shows "Contacted" → planning ahead past
// the follow-up delay shows the follow-up task, and one click drafts it.
//
// Needs the app server to send mail to an SMTP server this spec starts, so run it with SMTP_URL:
//   SMTP_URL=smtp://127.0.0.1:5203 E2E_PORT=3203 E2E_DATA_DIR=.data/e2e-outreach E2E_DIST_DIR=.next-outreach \
//     npx playwright test tests/e2e/outreach.spec.ts
// (`next start` runs with NODE_ENV=production, where mail without SMTP is not sent at all.)
// The roster is issue 5's: this spec puts one influencer into it directly through the e2e database.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";
import pg from "pg";
import { SMTPServer } from "smtp-server";

import { createWorkspace, expectAccessible, newClient, signUp, uniqueEmail } from "./helpers";

const SMTP_URL = process.env.SMTP_URL;
const received: string[] = [];
let smtp: SMTPServer | null = null;

test.beforeAll(async () => {
  if (!SMTP_URL) return;
  const port = Number(new URL(SMTP_URL).port);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push(
          Buffer.concat(chunks)
            .toString("utf8")
            .replace(/=\r?\n/g, ""),
        );
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => smtp!.listen(port, "127.0.0.1", resolve));
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

/** Puts an influencer into the workspace's roster through the e2e database (the roster UI is issue 5's). */
async function addRosterInfluencer(slug: string, inf: { name: string; email: string; handle: string }) {
  const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
  const state = JSON.parse(fs.readFileSync(path.join(dataDir, "postgres.json"), "utf8")) as {
    port: number;
    user: string;
    password: string;
  };
  const client = new pg.Client({
    host: "127.0.0.1",
    port: state.port,
    user: state.user,
    password: state.password,
    database: "microcampaigns",
  });
  await client.connect();
  try {
    const ws = await client.query<{ id: string }>(`SELECT "id" FROM "Workspace" WHERE "slug" = $1`, [slug]);
    const workspaceId = ws.rows[0]!.id;
    const id = `e2e${randomBytes(8).toString("hex")}`;
    await client.query(
      `INSERT INTO "Influencer" ("workspaceId", "id", "displayName", "email", "platforms", "followers", "searchText", "updatedAt") VALUES ($1, $2, $3, $4, '{instagram}', 24000, $5, now())`,
      [workspaceId, id, inf.name, inf.email, `${inf.name} ${inf.handle}`.toLowerCase()],
    );
    await client.query(
      `INSERT INTO "SocialAccount" ("workspaceId", "id", "influencerId", "platform", "handle", "followers", "url", "updatedAt") VALUES ($1, $2, $3, 'instagram', $4, 24000, $5, now())`,
      [workspaceId, `${id}a`, id, inf.handle, `https://instagram.com/${inf.handle}`],
    );
  } finally {
    await client.end();
  }
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
  test.skip(!SMTP_URL, "Set SMTP_URL=smtp://127.0.0.1:<free port> for this spec (see the header comment).");
  const ctx = await newClient(browser);
  const page = await ctx.newPage();
  await signUp(page, { name: "Sam Sender", email: uniqueEmail("outreach") });
  const slug = await createWorkspace(page, "Glow Labs");
  const creatorEmail = uniqueEmail("sarah");
  await addRosterInfluencer(slug, { name: "Sarah Lee", email: creatorEmail, handle: "sarahglows" });

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
