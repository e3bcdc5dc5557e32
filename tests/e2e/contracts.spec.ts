// The contract loop as people do it: the marketer generates a contract for an accepted
// collaboration, fixes what the readiness check finds and sends it; the influencer, with only the
// invite link, consents to electronic signature and signs on a phone; the marketer countersigns;
// the executed PDF downloads with the deliverables, the usage term and a certificate page naming
// both signers; the payment schedule shows the first milestone due. Nobody else can open it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import type { Locator, Page } from "@playwright/test";

import { createWorkspace, DEMO, expect, expectAccessible, invite, newClient, signInAsDemo, signUp, test, uniqueEmail } from "./helpers";

/** Screenshots for a human to look at: SHOTS=dir npx playwright test … */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/contract-${name}.png`, fullPage: true });
}

/** The text of a PDF, as Poppler's pdftotext reads it (layout kept, so a line stays a line). */
function pdfText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "contract-pdf-"));
  try {
    const file = path.join(dir, "executed.pdf");
    fs.writeFileSync(file, bytes);
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Presses Tab until `target` has the focus (at most `max` times): proves it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, max = 12) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

const BRAND_SIGNER = "Maya Marketer";
const INFLUENCER = "Ivy Influencer";
const INFLUENCER_LEGAL = "Ivy Rose Influencer";

test("marketer drafts, fixes a finding and sends; the influencer consents and signs; the marketer countersigns; the executed PDF and the payment schedule follow", async ({
  browser,
}) => {
  test.setTimeout(240_000); // two browsers, a brief, a contract both sides sign, a PDF and accessibility scans
  const brand = await newClient(browser);
  const page = await brand.newPage();
  await signUp(page, { name: BRAND_SIGNER, email: uniqueEmail("marketer") });
  const slug = await createWorkspace(page, "Glow Labs");

  // A campaign whose brief has one deliverable without a due date (the contract will notice).
  await page.goto(`/w/${slug}/campaigns/new`);
  await page.getByLabel("Campaign name").fill("Summer SPF launch");
  await page.getByLabel("Budget").fill("2000");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await page.waitForURL(/\/brief$/);
  await page.getByLabel("Campaign goals").fill("Launch the new SPF serum");
  await page.getByRole("button", { name: "Add deliverable" }).click();
  await page.getByRole("button", { name: "Send brief" }).click();
  await expect(page.getByText(/Version 1 sent/)).toBeVisible();

  await page.getByRole("link", { name: "Overview" }).last().click();
  await page.getByRole("tab", { name: "New influencer" }).click();
  await page.getByLabel("Name", { exact: true }).fill(INFLUENCER);
  await page.getByLabel("Handle or profile link").fill("@ivy.glows");
  await page.getByLabel("Followers", { exact: true }).fill("12400");
  await page.getByLabel("Fee (USD)").fill("300");
  await page.getByLabel("Product").fill("SPF serum 50 ml");
  await page.getByRole("button", { name: "Add to campaign" }).click();
  const row = page.getByTestId("collaboration-row").filter({ hasText: INFLUENCER });
  await row.getByRole("button", { name: "Create invite link" }).click();
  const link = (await row.getByTestId("portal-url").textContent())!;
  // The link the influencer receives opens the portal page itself (no redirect first on a phone).
  expect(link).toMatch(/\/i\/[A-Za-z0-9_-]{43}\/portal$/);
  const tokenPath = new URL(link).pathname.replace(/\/portal$/, "");

  // The influencer accepts (a fresh context: only the link, on a phone).
  const influencer = await newClient(browser);
  const ip = await influencer.newPage();
  await ip.setViewportSize({ width: 390, height: 844 });
  await ip.goto(link);
  await ip.getByRole("button", { name: "Accept collaboration" }).click();
  await expect(ip.getByTestId("collaboration-status")).toHaveText("Accepted");
  await expect(ip.getByTestId("portal-contract")).toHaveCount(0); // nothing sent yet

  // The marketer generates the contract from the collaboration page.
  await page.reload();
  await page.getByTestId("collaboration-row").filter({ hasText: INFLUENCER }).getByRole("link", { name: INFLUENCER }).first().click();
  await page.waitForURL(/\/collaborations\/[^/]+$/);
  await expect(page.getByTestId("payments-section").getByTestId("payment-row")).toHaveCount(0);
  await page.getByTestId("collaboration-contract").getByRole("button", { name: "Create contract" }).click();
  await page.waitForURL(/\/contracts\/[^/]+$/);
  const contractPath = new URL(page.url()).pathname;

  // The readiness check finds the deliverable without a due date; sending is blocked.
  const findings = page.getByTestId("contract-findings");
  const noDueDate = findings.locator('[data-code="DELIVERABLE_NO_DUE_DATE"][data-severity="error"]');
  await expect(noDueDate).toHaveText("Deliverable 1 has no due date.");
  const send = page.getByRole("button", { name: "Send for signature" });
  await expect(send).toBeDisabled();
  await expectAccessible(page);
  await shot(page, "1-finding");

  // The finding links to its field; the marketer fixes it there and the finding goes away.
  await noDueDate.getByRole("link").click();
  const dueDate = page.locator("#terms-deliverables-0-dueDate");
  await expect(dueDate).toBeFocused();
  await dueDate.fill("2030-06-15");
  await expect(noDueDate).toHaveCount(0);
  await expect(findings.locator('[data-severity="error"]')).toHaveCount(0);

  // Half on signing, half when live; Spark Ads need a term (another finding, fixed the same way).
  await page.getByRole("button", { name: "50 % on signing, 50 % live" }).click();
  await page.getByLabel("TikTok Spark Ads").check();
  await expect(findings.locator('[data-code="PAID_USAGE_NO_TERM"]')).toBeVisible();
  await page.getByLabel("Duration (days from publication)").fill("90");
  await expect(findings.locator('[data-severity="error"]')).toHaveCount(0);
  await expect(send).toBeDisabled(); // unsaved changes
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("button", { name: "Saved" })).toBeVisible();
  await expect(send).toBeEnabled();
  await send.click();
  await expect(page.getByTestId("contract-signatures")).toContainText("No signatures yet.");
  await expect(page.getByText("v1", { exact: true }).first()).toBeVisible();

  // The influencer reads, consents, signs.
  await ip.goto(link);
  await ip.getByTestId("portal-contract").getByRole("link", { name: "Read and sign the contract" }).click();
  await ip.waitForURL(/\/contract$/);
  await expect(ip.getByRole("heading", { name: "Your contract" })).toBeVisible();
  const continueButton = ip.getByRole("button", { name: "Continue to the contract" });
  await expect(continueButton).toBeDisabled();
  await expectAccessible(ip);
  await shot(ip, "2-consent");
  // Consent and signature by keyboard alone, as a person without a pointer would.
  const consent = ip.getByRole("checkbox");
  await consent.focus();
  await ip.keyboard.press("Space");
  await expect(consent).toBeChecked();
  await tabTo(ip, continueButton);
  await ip.keyboard.press("Enter");
  const sign = ip.getByRole("button", { name: "Sign the contract" });
  await expect(sign).toBeDisabled();
  await expect(ip.getByText(/1 × .*Instagram, by 15 June 2030/)).toBeVisible();
  await ip.getByLabel("Your full legal name").fill(`  ${INFLUENCER_LEGAL}  `);
  const agree = ip.getByRole("checkbox", { name: /I agree and sign/ });
  await tabTo(ip, agree);
  await ip.keyboard.press("Space");
  await expect(agree).toBeChecked();
  await expectAccessible(ip);
  await shot(ip, "3-sign");
  await tabTo(ip, sign);
  await ip.keyboard.press("Enter");
  await expect(ip.getByText(/You signed the contract\. It is waiting for/)).toBeVisible();
  await expect(ip.getByText(INFLUENCER_LEGAL, { exact: true })).toBeVisible(); // trimmed

  // The marketer countersigns.
  await page.reload();
  const signatures = page.getByTestId("contract-signatures");
  await expect(signatures).toContainText(`Influencer: ${INFLUENCER_LEGAL}`);
  await signatures.getByLabel("Your full legal name").fill(BRAND_SIGNER);
  const authorised = signatures.getByRole("checkbox", { name: /I am authorised to sign for Glow Labs/ });
  await tabTo(page, authorised);
  await page.keyboard.press("Space");
  await expect(authorised).toBeChecked();
  await expectAccessible(page);
  await shot(page, "4-countersign");
  await tabTo(page, signatures.getByRole("button", { name: "Countersign" }));
  await page.keyboard.press("Enter");
  const download = signatures.getByRole("link", { name: "Download the executed PDF" });
  await expect(download).toBeVisible();
  await expect(signatures).toContainText(`Brand: ${BRAND_SIGNER}`);

  // The executed PDF: deliverables, usage term, certificate page naming both signers.
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  const bytes = fs.readFileSync((await file.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const text = pdfText(bytes);
  expect(text).toMatch(/1 × .*Instagram, by 15 June 2030/);
  expect(text).toContain("TikTok Spark Ads");
  expect(text).toMatch(/for 90 days from publication/);
  const certificate = text.slice(text.indexOf("Certificate of completion"));
  expect(text.indexOf("Certificate of completion")).toBeGreaterThan(0);
  expect(certificate).toContain(INFLUENCER_LEGAL);
  expect(certificate).toContain(BRAND_SIGNER);
  expect(certificate).toContain("Audit trail");

  // The schedule from the signed terms: the signing half is due now, the live half waits.
  await page.getByRole("link", { name: "Summer SPF launch" }).click();
  await page.waitForURL(/\/collaborations\/[^/]+$/);
  const payments = page.getByTestId("payments-section").getByTestId("payment-row");
  await expect(payments).toHaveCount(2);
  await expect(payments.first()).toHaveAttribute("data-state", "due");
  await expect(payments.first()).toContainText("50% on signing");
  await expect(payments.first()).toContainText("$150.00");
  await expect(payments.nth(1)).toHaveAttribute("data-state", "pending");
  await shot(page, "5-payments");

  // The influencer sees it completed and can download the same contract.
  await ip.reload();
  await expect(ip.getByText(/Signed by both sides/)).toBeVisible();
  const portalPdf = await ip.request.get(`${tokenPath}/contract.pdf`);
  expect(portalPdf.status()).toBe(200);
  expect((await portalPdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // Nobody else: an agency client in this workspace, and a member of another workspace.
  const clientEmail = uniqueEmail("client");
  const clientInvite = await invite(page, slug, clientEmail, "Client");
  const clientCtx = await newClient(browser);
  const cp = await clientCtx.newPage();
  await signUp(cp, { name: "Cleo Client", email: clientEmail, next: new URL(clientInvite).pathname });
  await cp.getByRole("button", { name: "Accept invitation" }).click();
  await cp.waitForURL((u) => u.pathname.startsWith(`/w/${slug}`));
  const contractId = contractPath.split("/").at(-1)!;
  expect((await cp.request.get(contractPath)).status(), "client role: the contract page").toBe(404);
  // The API answers a member whose role lacks the permission 403 for any id, as every gated route does.
  expect((await cp.request.get(`/api/w/${slug}/contracts/${contractId}/pdf`)).status(), "client role: the PDF").toBe(403);
  expect((await cp.request.get(`/w/${slug}/contracts`)).status(), "client role: the contracts list").toBe(404);
  await expect(cp.getByRole("link", { name: "Contracts", exact: true })).toHaveCount(0); // not offered in the navigation

  const other = await newClient(browser);
  const op = await other.newPage();
  await signInAsDemo(op);
  for (const url of [contractPath, `/w/${DEMO.slug}/contracts/${contractId}`, `/api/w/${slug}/contracts/${contractId}/pdf`]) {
    expect((await op.request.get(url)).status(), `other workspace: ${url}`).toBe(404);
  }

  await Promise.all([brand.close(), influencer.close(), clientCtx.close(), other.close()]);
});
