import {
  confirmEmailAndSignIn,
  createWorkspace,
  expect,
  expectAccessible,
  invite,
  newClient,
  PASSWORD,
  signUp,
  test,
  uniqueEmail,
} from "./helpers";

test("sign up, create a workspace, invite a teammate who accepts in another browser", async ({ browser }) => {
  const owner = await newClient(browser);
  const ownerPage = await owner.newPage();
  await signUp(ownerPage, { name: "Olivia Owner", email: uniqueEmail("owner") });
  await expectAccessible(ownerPage);
  const slug = await createWorkspace(ownerPage, "Glow Labs");
  await expect(ownerPage.getByRole("heading", { name: "Glow Labs" })).toBeVisible();
  await expectAccessible(ownerPage);

  const teammateEmail = uniqueEmail("teammate");
  const link = await invite(ownerPage, slug, teammateEmail, "Admin");
  await expect(ownerPage.getByText(teammateEmail, { exact: true })).toBeVisible();
  await expectAccessible(ownerPage);

  const teammate = await newClient(browser);
  const tPage = await teammate.newPage();
  await tPage.goto(link);
  await expect(tPage.getByRole("heading", { name: "Join Glow Labs" })).toBeVisible();
  await tPage.getByRole("link", { name: "Create an account" }).click();
  await expect(tPage.getByLabel("Work email")).toHaveValue(teammateEmail);
  await tPage.getByLabel("Your name").fill("Tom Teammate");
  await tPage.getByLabel("Password").fill(PASSWORD);
  await tPage.getByRole("button", { name: "Create account" }).click();
  await confirmEmailAndSignIn(tPage, teammateEmail);
  await tPage.waitForURL(/\/invite\//);
  await tPage.getByRole("button", { name: "Accept invitation" }).click();
  await tPage.waitForURL(new RegExp(`/w/${slug}$`));

  await ownerPage.reload();
  const row = ownerPage.getByTestId("member-row").filter({ hasText: teammateEmail });
  await expect(row.getByRole("combobox")).toHaveValue("admin");

  // The link is single use.
  await tPage.goto(link);
  await expect(tPage.getByText("This invitation has already been used.")).toBeVisible();
  await owner.close();
  await teammate.close();
});

test("a viewer sees no admin actions and the server refuses them", async ({ browser }) => {
  const owner = await newClient(browser);
  const ownerPage = await owner.newPage();
  await signUp(ownerPage, { name: "Vera Owner", email: uniqueEmail("owner") });
  const slug = await createWorkspace(ownerPage, "Viewer Test Brand");
  const viewerEmail = uniqueEmail("viewer");
  const link = await invite(ownerPage, slug, viewerEmail, "Viewer");

  const viewer = await newClient(browser);
  const vPage = await viewer.newPage();
  await signUp(vPage, { name: "Victor Viewer", email: viewerEmail, next: new URL(link).pathname });
  await vPage.waitForURL(/\/invite\//);
  await vPage.getByRole("button", { name: "Accept invitation" }).click();
  await vPage.waitForURL(new RegExp(`/w/${slug}$`));

  await vPage.goto(`/w/${slug}/settings/members`);
  await expect(vPage.getByRole("heading", { name: /Members/ })).toBeVisible();
  await expect(vPage.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await expect(vPage.getByRole("combobox")).toHaveCount(0);
  await expect(vPage.getByRole("button", { name: "Remove" })).toHaveCount(0);
  await expectAccessible(vPage);

  await vPage.goto(`/w/${slug}/settings`);
  await expect(vPage.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expect(vPage.getByRole("heading", { name: "Delete workspace" })).toHaveCount(0);

  // Straight to the server: admin-only routes answer 403 for a viewer.
  const audit = await vPage.request.get(`/api/w/${slug}/audit-log`);
  expect(audit.status()).toBe(403);
  await vPage.goto(`/w/${slug}/settings/audit-log`);
  await expect(vPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await owner.close();
  await viewer.close();
});

test("health endpoint reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: "ok" });
});
