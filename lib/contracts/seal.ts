/**
 * Sealing an executed contract: render the PDF (pdf.ts) from the signed version, its signatures and
 * its audit trail, sign it with the installation certificate (a PDF digital signature, adbe.pkcs7.detached,
 * that any PDF reader and Poppler's `pdfsig` verify), store it and record its key and SHA-256.
 *
 * Sealing never blocks signing: completion enqueues the `contracts.seal` job, a periodic sweep
 * re-enqueues completed contracts that are still unsealed or unmailed, and a download of an unsealed
 * contract seals it on the spot. It is idempotent: a sealed contract is never sealed again, and when
 * two sealers race, the first to record its PDF wins and the other's object is deleted.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { P12Signer } from "@signpdf/signer-p12";
import { SignPdf } from "@signpdf/signpdf";
import { PDFDocument } from "pdf-lib";

import { db } from "../db";
import { AppError } from "../errors";
import { spoolDir, storage } from "../storage";
import { sealCertificate, toPkcs12 } from "./certificate";
import { renderExecutedContractPdf, type AuditEntry, type ExecutedContractInput, type SignatureParty } from "./pdf";
import type { RenderedSection } from "./render";
import { contractTermsSchema } from "./schema";

/** Adds the installation's PDF signature to `pdf`; returns the sealed bytes. */
export async function sealPdf(pdf: Uint8Array, opts: { reason: string; signingTime?: Date }): Promise<Buffer> {
  const cert = await sealCertificate();
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: opts.reason,
    contactInfo: "",
    name: "Microcampaigns document seal",
    location: "",
    signingTime: opts.signingTime,
    appName: "Microcampaigns",
  });
  const prepared = await doc.save({ useObjectStreams: false });
  return new SignPdf().sign(Buffer.from(prepared), new P12Signer(toPkcs12(cert)), opts.signingTime);
}

const EVENT_WORDS: Record<string, string> = {
  created: "Contract created",
  sent: "Sent for signature",
  viewed: "Opened",
  consent_given: "Consent to electronic records",
  signed: "Signed",
  countersigned: "Countersigned",
  declined: "Declined",
  changes_requested: "Changes requested",
  voided: "Voided",
  completed: "Completed",
  downloaded: "Downloaded",
  code_sent: "Signing code emailed",
  code_verified: "Signing code verified",
  code_failed: "Wrong signing code",
};

/** Everything the PDF shows, read from the contract's own rows (all scoped by the workspace). */
export async function executedContractInput(workspaceId: string, contractId: string): Promise<ExecutedContractInput> {
  const contract = await db.contract.findUnique({
    where: { workspaceId_id: { workspaceId, id: contractId } },
    select: {
      id: true,
      state: true,
      currentVersion: true,
      completedAt: true,
      collaboration: { select: { campaign: { select: { name: true } }, influencer: { select: { displayName: true } } } },
    },
  });
  if (!contract) throw new AppError("NOT_FOUND", "Contract not found.");
  if (contract.state !== "completed" || !contract.completedAt) {
    throw new AppError("CONFLICT", "Only a contract both parties signed has an executed PDF.");
  }
  const [version, signatures, events] = await Promise.all([
    db.contractVersion.findUnique({
      where: { workspaceId_contractId_version: { workspaceId, contractId, version: contract.currentVersion } },
      select: { version: true, terms: true, sections: true, sha256: true },
    }),
    db.contractSignature.findMany({
      where: { workspaceId, contractId, version: contract.currentVersion, voidedAt: null },
      select: {
        party: true,
        typedName: true,
        drawnSignature: true,
        signedAt: true,
        ip: true,
        userAgent: true,
        documentHash: true,
        signedById: true,
      },
      orderBy: { signedAt: "asc" },
    }),
    db.contractEvent.findMany({
      where: { workspaceId, contractId },
      select: {
        kind: true,
        version: true,
        actor: true,
        actorUserId: true,
        ip: true,
        userAgent: true,
        documentHash: true,
        createdAt: true,
        detail: true,
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  if (!version) throw new AppError("NOT_FOUND", "The signed version of this contract is missing.");
  const terms = contractTermsSchema.parse(version.terms);
  const userIds = [
    ...new Set([...signatures.map((s) => s.signedById), ...events.map((e) => e.actorUserId)].filter((x): x is string => !!x)),
  ];
  // Members who acted, by id: only members of this workspace are named.
  const members = await db.membership.findMany({
    where: { workspaceId, userId: { in: userIds } },
    select: { userId: true, user: { select: { name: true, email: true } } },
  });
  const byId = new Map(members.map((m) => [m.userId, m.user]));
  const influencerName = terms.parties.influencer.legalName || contract.collaboration.influencer.displayName;

  const audit: AuditEntry[] = events
    // Downloads after completion would make every copy differ; the PDF records the trail up to completion.
    .filter((e) => e.createdAt <= contract.completedAt! && e.kind !== "downloaded")
    .map((e) => {
      const party = (e.detail as { party?: unknown } | null)?.party;
      const who =
        e.actor === "system"
          ? "System"
          : e.actor === "influencer"
            ? party === "guardian"
              ? terms.guardianName || "Guardian"
              : influencerName
            : (() => {
                const u = e.actorUserId ? byId.get(e.actorUserId) : undefined;
                return u ? `${u.name ?? u.email}` : "A workspace member";
              })();
      const words = EVENT_WORDS[e.kind] ?? e.kind;
      return {
        at: e.createdAt,
        event: e.version !== null ? `${words} (version ${e.version})` : words,
        actor: who,
        ip: e.ip,
        userAgent: e.userAgent,
        documentHash: e.documentHash,
      };
    });

  return {
    contractId: contract.id,
    campaignName: contract.collaboration.campaign.name,
    version: version.version,
    versionSha256: version.sha256,
    brand: terms.parties.brand,
    influencer: { ...terms.parties.influencer, legalName: influencerName },
    guardianName: terms.influencerIsMinor ? terms.guardianName : null,
    sections: version.sections as unknown as RenderedSection[],
    signatures: signatures.map((s) => {
      const member = s.signedById ? byId.get(s.signedById) : undefined;
      return {
        party: s.party as SignatureParty,
        typedName: s.typedName,
        drawnSignature: s.drawnSignature,
        signedAt: s.signedAt,
        email:
          s.party === "brand"
            ? (member?.email ?? null)
            : s.party === "influencer"
              ? terms.parties.influencer.email || null
              : terms.guardianEmail,
        ip: s.ip,
        userAgent: s.userAgent,
        documentHash: s.documentHash,
      };
    }),
    audit,
    completedAt: contract.completedAt,
  };
}

/** Storage key of a sealed PDF; the random part keeps a losing racer from overwriting the winner. */
function sealedKey(workspaceId: string, contractId: string, version: number): string {
  return `w/${workspaceId}/contracts/${contractId}/executed-v${version}-${randomBytes(6).toString("hex")}.pdf`;
}

export type SealedPdf = { key: string; sha256: string; sealedAt: Date };

/**
 * Seals a completed contract once. Returns the stored PDF (the existing one when already sealed).
 * NOT_FOUND for a contract of another workspace; CONFLICT for one that isn't completed.
 */
export async function sealContract(opts: { workspaceId: string; contractId: string }): Promise<SealedPdf> {
  const { workspaceId, contractId } = opts;
  const sealed = async () =>
    db.contract.findUnique({
      where: { workspaceId_id: { workspaceId, id: contractId } },
      select: { executedPdfKey: true, executedPdfSha256: true, sealedAt: true },
    });
  const before = await sealed();
  if (before?.sealedAt && before.executedPdfKey && before.executedPdfSha256) {
    return { key: before.executedPdfKey, sha256: before.executedPdfSha256, sealedAt: before.sealedAt };
  }
  const input = await executedContractInput(workspaceId, contractId);
  const pdf = await sealPdf(await renderExecutedContractPdf(input), {
    reason: `Executed contract ${contractId}, version ${input.version} (SHA-256 ${input.versionSha256})`,
  });
  const sha256 = createHash("sha256").update(pdf).digest("hex");
  const key = sealedKey(workspaceId, contractId, input.version);
  await putBytes(key, pdf, "application/pdf");
  const now = new Date();
  const won = await db.contract.updateMany({
    where: { workspaceId, id: contractId, sealedAt: null },
    data: { executedPdfKey: key, executedPdfSha256: sha256, sealedAt: now },
  });
  if (won.count === 1) return { key, sha256, sealedAt: now };
  await storage()
    .delete(key)
    .catch(() => {});
  const after = await sealed();
  if (!after?.sealedAt || !after.executedPdfKey || !after.executedPdfSha256) throw new AppError("NOT_FOUND", "Contract not found.");
  return { key: after.executedPdfKey, sha256: after.executedPdfSha256, sealedAt: after.sealedAt };
}

/** Stores bytes through the driver (which takes a local file): spooled, put, removed. */
async function putBytes(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
  const dir = spoolDir();
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `seal-${randomBytes(8).toString("hex")}.pdf`);
  try {
    await writeFile(file, bytes);
    await storage().put(key, { path: file, size: bytes.length, contentType });
  } finally {
    await rm(file, { force: true });
  }
}

/** The sealed PDF's bytes, read back from storage. */
export async function readSealedPdf(key: string): Promise<Buffer> {
  const obj = await storage().get(key);
  if (!obj) throw new AppError("NOT_FOUND", "The executed PDF is missing from storage.");
  const chunks: Buffer[] = [];
  for await (const chunk of obj.body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
