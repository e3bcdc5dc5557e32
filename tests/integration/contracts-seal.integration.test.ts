// Sealing executed contracts on real Postgres and real storage: the PDF's text (pdftotext), its
// digital signature (Poppler's pdfsig), the one installation certificate, verification by hash
// (a one-byte change fails), the job's idempotence, the email sent once with the PDF attached, and
// downloads scoped to members with contracts.read and to the token holder.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { GET as portalPdfRoute } from "@/app/(portal)/i/[token]/contract.pdf/route";
import { GET as memberPdfRoute } from "@/app/api/w/[workspaceSlug]/contracts/[contractId]/pdf/route";
import { POST as verifyRoute } from "@/app/api/w/[workspaceSlug]/contracts/verify/route";
import { forgetSealCertificate, sealCertificate } from "@/lib/contracts/certificate";
import { emailExecutedContract } from "@/lib/contracts/executed-email";
import { verifyExecutedPdf, type VerifyResult } from "@/lib/contracts/executed-pdf";
import { renderExecutedContractPdf } from "@/lib/contracts/pdf";
import { executedContractInput, readSealedPdf, sealContract } from "@/lib/contracts/seal";
import { sealContractJob, unsafeFindContractsToSeal } from "@/lib/contracts/seal-jobs";
import { db } from "@/lib/db";

import { createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createCompletedContract } from "../fixtures/contracts-seal";
import { addMember, createUser, createWorkspaceWith } from "../fixtures/factories";
import { startSmtp } from "../fixtures/outreach";
import { actAs } from "./session-double";

const run = promisify(execFile);
const HAS_POPPLER = existsSync("/usr/bin/pdfsig") && existsSync("/usr/bin/pdftotext");
if (!HAS_POPPLER) console.warn("pdfsig/pdftotext missing (apt-get install poppler-utils): the PDF checks below are skipped");

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "seal-test-"));
  // The installation certificate (an RSA-3072 key) is made once, here, so no test's time includes it.
  await sealCertificate();
});

async function pdfsig(bytes: Uint8Array): Promise<string> {
  const file = path.join(tmp, `sig-${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, bytes);
  // pdfsig exits non-zero for an invalid signature; its report is what we check.
  const out = await run("/usr/bin/pdfsig", [file]).catch((e: { stdout?: string; stderr?: string }) => ({
    stdout: `${e.stdout ?? ""}${e.stderr ?? ""}`,
  }));
  return out.stdout;
}
async function pdftotext(bytes: Uint8Array): Promise<string> {
  const file = path.join(tmp, `txt-${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, bytes);
  return (await run("/usr/bin/pdftotext", ["-layout", file, "-"], { maxBuffer: 10 * 1024 * 1024 })).stdout;
}

async function world(label: string, opts: { drawn?: boolean } = {}) {
  const owner = await createUser({ name: `Owner ${label}` });
  const { workspace } = await createWorkspaceWith({ name: `Brand ${label}`, owner });
  const collab = await createInvitedCollaboration(workspace.id, owner.id);
  const contract = await createCompletedContract({
    workspaceId: workspace.id,
    collaborationId: collab.collaborationId,
    countersignerId: owner.id,
    brandName: `Glow Labs ${label}`,
    creatorName: `Zoë Creator ${label}`,
    creatorEmail: `creator-${label.toLowerCase()}@example.test`,
    drawn: opts.drawn,
  });
  return { workspace, owner, collab, contract };
}

const contractRow = (workspaceId: string, id: string) =>
  db.contract.findUniqueOrThrow({
    where: { workspaceId_id: { workspaceId, id } },
    select: { executedPdfKey: true, executedPdfSha256: true, sealedAt: true, executedEmailedAt: true },
  });

describe("sealContract", () => {
  it(
    "stores a PDF whose signature pdfsig reports valid and whose text has the terms, both signers and the certificate page",
    { timeout: 60_000 },
    async () => {
      const w = await world("Seal", { drawn: true });
      const sealed = await sealContract({ workspaceId: w.workspace.id, contractId: w.contract.id });
      const row = await contractRow(w.workspace.id, w.contract.id);
      expect(row).toMatchObject({ executedPdfKey: sealed.key, executedPdfSha256: sealed.sha256 });
      expect(row.sealedAt).toBeInstanceOf(Date);
      expect(sealed.key.startsWith(`w/${w.workspace.id}/contracts/${w.contract.id}/`)).toBe(true);
      const bytes = await readSealedPdf(sealed.key);
      expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
      if (!HAS_POPPLER) return;

      const sig = await pdfsig(bytes);
      expect(sig).toContain("Signature is Valid");
      expect(sig).toContain("Microcampaigns document seal");
      expect(sig).toContain("Total document signed");

      const text = (await pdftotext(bytes)).replace(/\s+/g, " ");
      expect(text).toContain("1 × Post on Instagram, by 1 June 2026");
      expect(text).toContain("3 × Story on Instagram");
      expect(text).toContain("for 180 days"); // the usage term
      expect(text).toContain("TikTok Spark Ads");
      expect(text).toContain("Certificate of completion");
      expect(text).toContain(w.contract.sha256);
      expect(text).toContain("Zoë Creator Seal"); // the creator, typed name
      expect(text).toContain("Sam Rivera"); // the countersigner, typed name
      const certificate = text.slice(text.indexOf("Certificate of completion"));
      for (const s of [
        "Zoë Creator Seal",
        "Sam Rivera",
        "Creator",
        "Brand",
        "203.0.113.7",
        "198.51.100.4",
        "Safari 17 on iOS",
        "Chrome 131 on macOS",
      ])
        expect(certificate).toContain(s);
      for (const s of [
        "Sent for signature (version 1)",
        "Opened (version 1)",
        "Consent to electronic records",
        "Signed (version 1)",
        "Countersigned (version 1)",
        "Completed",
      ])
        expect(certificate).toContain(s);
    },
  );

  it("is deterministic before sealing: the same contract renders to the same bytes, dated at completion", async () => {
    const w = await world("Det");
    const input = await executedContractInput(w.workspace.id, w.contract.id);
    const [a, b] = [await renderExecutedContractPdf(input), await renderExecutedContractPdf(input)];
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it("refuses a contract that isn't completed and one of another workspace", async () => {
    const w = await world("Refuse");
    const other = await world("Other");
    await db.contract.update({
      where: { workspaceId_id: { workspaceId: w.workspace.id, id: w.contract.id } },
      data: { state: "signed_by_influencer" },
    });
    await expect(sealContract({ workspaceId: w.workspace.id, contractId: w.contract.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(sealContract({ workspaceId: w.workspace.id, contractId: other.contract.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await contractRow(other.workspace.id, other.contract.id)).sealedAt).toBeNull();
  });

  it("the installation certificate is made once, also when two servers race for it", { timeout: 90_000 }, async () => {
    await db.installationCertificate.deleteMany();
    forgetSealCertificate();
    const first = sealCertificate();
    forgetSealCertificate();
    const second = sealCertificate();
    const [a, b] = await Promise.all([first, second]);
    expect(a.fingerprintSha256).toBe(b.fingerprintSha256);
    expect(await db.installationCertificate.count()).toBe(1);
    forgetSealCertificate();
    expect((await sealCertificate()).fingerprintSha256).toBe(a.fingerprintSha256);
  });
});

describe("verification", () => {
  it("verifies the sealed PDF of this workspace; one changed byte, another workspace or a non-PDF do not verify", async () => {
    const w = await world("Verify");
    const other = await world("Elsewhere");
    const sealed = await sealContract({ workspaceId: w.workspace.id, contractId: w.contract.id });
    const bytes = await readSealedPdf(sealed.key);

    const ok = await verifyExecutedPdf({ workspaceId: w.workspace.id, bytes });
    expect(ok).toMatchObject({
      status: "verified",
      sha256: sealed.sha256,
      contract: {
        id: w.contract.id,
        brandName: "Glow Labs Verify",
        creatorName: "Zoë Creator Verify",
        version: 1,
        versionSha256: w.contract.sha256,
      },
    });

    // One byte inside the signed text of the first page.
    const changed = Buffer.from(bytes);
    const at = changed.indexOf("Creator agreement") >= 0 ? changed.indexOf("Creator agreement") : Math.floor(changed.length / 3);
    changed[at + 200] = changed[at + 200]! ^ 0x01;
    expect(await verifyExecutedPdf({ workspaceId: w.workspace.id, bytes: changed })).toMatchObject({ status: "unknown" });
    if (HAS_POPPLER) expect(await pdfsig(changed)).not.toContain("Signature is Valid");

    // The same PDF is not "of this workspace" for another one.
    expect(await verifyExecutedPdf({ workspaceId: other.workspace.id, bytes })).toMatchObject({ status: "unknown" });
    expect(await verifyExecutedPdf({ workspaceId: w.workspace.id, bytes: new TextEncoder().encode("<html>not a pdf</html>") })).toEqual({
      status: "not_pdf",
    });
  });

  it("the verify route takes raw bytes, answers JSON, and refuses a body over the cap with 413", async () => {
    const w = await world("Route");
    const sealed = await sealContract({ workspaceId: w.workspace.id, contractId: w.contract.id });
    actAs(w.owner);
    const post = (body: Uint8Array, headers: Record<string, string> = {}) =>
      verifyRoute(
        new Request(`http://test/api/w/${w.workspace.slug}/contracts/verify`, {
          method: "POST",
          body: new Uint8Array(body),
          headers: { "Content-Type": "application/pdf", ...headers },
        }),
        { params: Promise.resolve({ workspaceSlug: w.workspace.slug }) },
      );
    const res = await post(await readSealedPdf(sealed.key));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { result: VerifyResult }).result).toMatchObject({ status: "verified", contract: { id: w.contract.id } });
    const big = await post(new Uint8Array(9 * 1024 * 1024));
    expect(big.status).toBe(413);
  });
});

describe("the contracts.seal job and the email", () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(async () => smtp.close());
  beforeEach(() => {
    smtp.received.length = 0;
  });

  it("seals and mails once: a second run (or a duplicate job) changes nothing and sends nothing", async () => {
    const w = await world("Job");
    const outbox = () => db.outboxEmail.findMany({ where: { subject: { contains: "Glow Labs Job" } }, select: { to: true, text: true } });
    await sealContractJob({ workspaceId: w.workspace.id, contractId: w.contract.id });
    const first = await contractRow(w.workspace.id, w.contract.id);
    expect(first.sealedAt).toBeInstanceOf(Date);
    expect(first.executedEmailedAt).toBeInstanceOf(Date);
    const mails = await outbox();
    expect(mails.map((m) => m.to).sort()).toEqual(["creator-job@example.test", w.owner.email].sort());
    for (const m of mails) expect(m.text).toContain(`[attached: executed-contract-${w.contract.id}.pdf`);

    await sealContractJob({ workspaceId: w.workspace.id, contractId: w.contract.id });
    await sealContractJob({ workspaceId: w.workspace.id, contractId: w.contract.id });
    expect(await contractRow(w.workspace.id, w.contract.id)).toEqual(first);
    expect(await outbox()).toHaveLength(2);
  });

  it("drops bad or foreign job data without throwing (no retry storm)", async () => {
    const w = await world("Drop");
    await expect(sealContractJob({ nope: 1 })).resolves.toBeUndefined();
    await expect(sealContractJob({ workspaceId: "no-such-ws", contractId: w.contract.id })).resolves.toBeUndefined();
    expect((await contractRow(w.workspace.id, w.contract.id)).sealedAt).toBeNull();
  });

  it("over SMTP each party gets one message with the sealed PDF attached; a failed send releases the claim for the retry", async () => {
    const w = await world("Smtp");
    const admin = await addMember(w.workspace.id, "admin");
    const sealed = await sealContract({ workspaceId: w.workspace.id, contractId: w.contract.id });

    await expect(
      emailExecutedContract({ workspaceId: w.workspace.id, contractId: w.contract.id, smtpUrl: "smtp://127.0.0.1:1" }),
    ).rejects.toThrow();
    expect((await contractRow(w.workspace.id, w.contract.id)).executedEmailedAt).toBeNull();

    expect(await emailExecutedContract({ workspaceId: w.workspace.id, contractId: w.contract.id, smtpUrl: smtp.url })).toBe("sent");
    expect(await emailExecutedContract({ workspaceId: w.workspace.id, contractId: w.contract.id, smtpUrl: smtp.url })).toBe("already_sent");
    expect(smtp.received.map((m) => m.to).sort()).toEqual([["creator-smtp@example.test"], [w.owner.email]].sort());
    expect(smtp.received.flatMap((m) => m.to)).not.toContain(admin.email); // admins don't get it; the countersigner and owners do
    const pdf = (await readSealedPdf(sealed.key)).toString("base64");
    for (const m of smtp.received) {
      expect(m.raw).toContain("Content-Type: application/pdf");
      expect(m.raw).toContain(`executed-contract-${w.contract.id}.pdf`);
      // The attachment is the stored PDF, byte for byte.
      expect(m.raw.replace(/\r?\n/g, "")).toContain(pdf.slice(0, 2000));
    }
  });

  it("the sweep finds completed contracts still unsealed or unmailed after the grace period, in every workspace, and nothing else", async () => {
    const old = new Date(Date.now() - 60 * 60_000);
    const a = await world("SweepA");
    const b = await world("SweepB");
    const done = await world("SweepDone");
    await db.contract.updateMany({ where: { id: { in: [a.contract.id, b.contract.id, done.contract.id] } }, data: { completedAt: old } });
    await sealContractJob({ workspaceId: done.workspace.id, contractId: done.contract.id });
    const young = await world("SweepYoung");
    const ids = (await unsafeFindContractsToSeal()).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([a.contract.id, b.contract.id]));
    expect(ids).not.toContain(done.contract.id);
    expect(ids).not.toContain(young.contract.id);
  });
});

describe("downloads", () => {
  const memberGet = (slug: string, contractId: string, ua = "vitest member") =>
    memberPdfRoute(new Request(`http://test/api/w/${slug}/contracts/${contractId}/pdf`, { headers: { "user-agent": ua } }), {
      params: Promise.resolve({ workspaceSlug: slug, contractId }),
    });
  const portalGet = (token: string) =>
    portalPdfRoute(new Request(`http://test/i/${token}/contract.pdf`, { headers: { "user-agent": "vitest creator" } }), {
      params: Promise.resolve({ token }),
    });
  const downloads = (workspaceId: string, contractId: string) =>
    db.contractEvent.findMany({
      where: { workspaceId, contractId, kind: "downloaded" },
      select: { actor: true, actorUserId: true, userAgent: true },
    });

  it("a member with contracts.read gets the PDF as an attachment, sealed on this first view, and the download is recorded", async () => {
    const w = await world("Dl");
    const viewer = await addMember(w.workspace.id, "viewer");
    actAs(viewer);
    const res = await memberGet(w.workspace.slug, w.contract.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="executed-contract-${w.contract.id}.pdf"`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = new Uint8Array(await res.arrayBuffer());
    const row = await contractRow(w.workspace.id, w.contract.id);
    expect(row.sealedAt).toBeInstanceOf(Date);
    expect(await verifyExecutedPdf({ workspaceId: w.workspace.id, bytes })).toMatchObject({
      status: "verified",
      sha256: row.executedPdfSha256,
    });
    expect(await downloads(w.workspace.id, w.contract.id)).toEqual([{ actor: "user", actorUserId: viewer.id, userAgent: "vitest member" }]);

    // A second download serves the same sealed bytes.
    const again = new Uint8Array(await (await memberGet(w.workspace.slug, w.contract.id)).arrayBuffer());
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
  });

  it("is scoped: a member of B gets 404 for A's contract (with either slug); a client role gets 403; unsigned contracts 404", async () => {
    const A = await world("ScopeA");
    const B = await world("ScopeB");
    actAs(B.owner);
    expect((await memberGet(A.workspace.slug, A.contract.id)).status).toBe(404);
    expect((await memberGet(B.workspace.slug, A.contract.id)).status).toBe(404);
    const client = await addMember(A.workspace.id, "client");
    actAs(client);
    expect((await memberGet(A.workspace.slug, A.contract.id)).status).toBe(403);
    actAs(A.owner);
    await db.contract.update({
      where: { workspaceId_id: { workspaceId: A.workspace.id, id: A.contract.id } },
      data: { state: "signed_by_influencer" },
    });
    expect((await memberGet(A.workspace.slug, A.contract.id)).status).toBe(404);
    expect(await downloads(A.workspace.id, A.contract.id)).toEqual([]);
    expect((await contractRow(A.workspace.id, A.contract.id)).sealedAt).toBeNull();
  });

  it("the token holder gets their own contract's PDF; a wrong, another collaboration's or a revoked token gets 404", async () => {
    const A = await world("PortalA");
    const B = await world("PortalB");
    const res = await portalGet(A.collab.token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="executed-contract-${A.contract.id}.pdf"`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(await verifyExecutedPdf({ workspaceId: A.workspace.id, bytes })).toMatchObject({
      status: "verified",
      contract: { id: A.contract.id },
    });
    expect(await downloads(A.workspace.id, A.contract.id)).toEqual([
      { actor: "influencer", actorUserId: null, userAgent: "vitest creator" },
    ]);

    const wrong = `${A.collab.token.slice(0, -4)}${A.collab.token.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    expect((await portalGet(wrong)).status).toBe(404);
    // B's token reaches B's contract only.
    const bRes = await portalGet(B.collab.token);
    expect(await verifyExecutedPdf({ workspaceId: B.workspace.id, bytes: new Uint8Array(await bRes.arrayBuffer()) })).toMatchObject({
      contract: { id: B.contract.id },
    });
    // A collaboration without a completed contract: 404.
    const fresh = await createInvitedCollaboration(A.workspace.id, A.owner.id);
    expect((await portalGet(fresh.token)).status).toBe(404);
    await db.collaboration.update({
      where: { workspaceId_id: { workspaceId: A.workspace.id, id: A.collab.collaborationId } },
      data: { inviteRevokedAt: new Date() },
    });
    expect((await portalGet(A.collab.token)).status).toBe(404);
    expect(await downloads(A.workspace.id, A.contract.id)).toHaveLength(1);
  });
});
