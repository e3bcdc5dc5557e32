import { createWorkspace, expect, expectAccessible, newClient, signUp, test, uniqueEmail } from "./helpers";

test("the disclosure checker flags a caption as you type and offers a fix that clears it", async ({ browser }) => {
  const ctx = await newClient(browser);
  const page = await ctx.newPage();
  await signUp(page, { name: "Cora Checker", email: uniqueEmail("checker") });
  const slug = await createWorkspace(page, "Glowly");
  await page.goto(`/w/${slug}/compliance`);
  await expect(page.getByRole("heading", { name: "Disclosure checker" })).toBeVisible();

  const caption = page.getByLabel("Caption or description");
  await caption.fill("Obsessed with my new Glowly serum, my skin has never looked better! #skincare #spon");
  await expect(page.getByText(/Not compliant/)).toBeVisible();
  await expect(page.getByText("Vague disclosure")).toBeVisible();
  // The flagged term is highlighted in the text.
  await expect(page.locator("mark", { hasText: "#spon" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Use this caption" }).first().click();
  await expect(caption).toHaveValue(/^#ad /);
  await expect(page.getByText(/^Compliant/)).toBeVisible();

  // UK rules: "Sponsored" alone isn't enough there.
  await caption.fill("Sponsored: my Glowly routine");
  await page.getByLabel("Rules", { exact: true }).selectOption("UK");
  await expect(page.getByText("Vague disclosure")).toBeVisible();

  // A video transcript with a late spoken disclosure.
  await page.getByLabel("Rules", { exact: true }).selectOption("US");
  await page.getByLabel("Platform", { exact: true }).selectOption("youtube");
  await caption.fill("#ad My Glowly routine");
  await page.getByLabel("Video transcript (optional)").fill("0:05 Hi everyone\n0:45 this video is sponsored by Glowly");
  await expect(page.getByText("Said too late in the video")).toBeVisible();

  // The API gives the same answer to a signed-in member, called from the page as a browser does
  // (same Origin: state-changing routes refuse cookie-bearing requests from anywhere else).
  const { status, body } = await page.evaluate(async () => {
    const r = await fetch("/api/v1/compliance/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: "love it #collab", platform: "instagram" }),
    });
    return { status: r.status, body: (await r.json()) as { compliant: boolean; findings: { code: string }[] } };
  });
  expect(status).toBe(200);
  expect(body.compliant).toBe(false);
  expect(body.findings.map((f) => f.code)).toContain("VAGUE_DISCLOSURE");
  await ctx.close();
});

test("the compliance API refuses anonymous callers and bad input", async ({ request }) => {
  const anon = await request.post("/api/v1/compliance/check", { data: { text: "#ad hi", platform: "instagram" } });
  expect(anon.status()).toBe(401);
});
