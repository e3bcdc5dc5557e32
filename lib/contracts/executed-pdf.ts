/**
 * The executed PDF for the two kinds of reader allowed to have it — a workspace member with
 * contracts.read, and the holder of the collaboration's invite token — and the verify check.
 *
 * A download of a completed contract that isn't sealed yet seals it there and then (the first view
 * never waits for the background job). Every download is recorded in the audit trail as `downloaded`
 * with who, IP and user agent. Verification compares the uploaded file's SHA-256 with the sealed PDFs
 * of this workspace only: one changed byte, or an incremental update appended after sealing, gives a
 * different hash and so "not an unaltered executed contract".
 */
import { createHash } from "node:crypto";

import { db } from "../db";
import { AppError } from "../errors";
import type { PortalContext } from "../portal/gate";
import { executedPdfFileName } from "./executed-email";
import { contractTermsSchema } from "./schema";
import { readSealedPdf, sealContract } from "./seal";

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface ExecutedPdfFile {
  bytes: Buffer;
  fileName: string;
  sha256: string;
}

const notFound = () => new AppError("NOT_FOUND", "Contract not found.");

async function download(
  workspaceId: string,
  contractId: string,
  by: { actor: "user"; actorUserId: string } | { actor: "influencer" },
  meta: RequestMeta,
): Promise<ExecutedPdfFile> {
  const sealed = await sealContract({ workspaceId, contractId });
  const bytes = await readSealedPdf(sealed.key);
  const contract = await db.contract.findUnique({
    where: { workspaceId_id: { workspaceId, id: contractId } },
    select: { currentVersion: true, versions: { where: { supersededAt: null }, select: { version: true, sha256: true } } },
  });
  const version = contract?.versions.find((v) => v.version === contract.currentVersion);
  await db.contractEvent.create({
    data: {
      workspaceId,
      contractId,
      kind: "downloaded",
      version: version?.version ?? null,
      actor: by.actor,
      actorUserId: by.actor === "user" ? by.actorUserId : null,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
      documentHash: version?.sha256 ?? null,
      detail: { pdfSha256: sealed.sha256 },
    },
  });
  return { bytes, fileName: executedPdfFileName(contractId), sha256: sealed.sha256 };
}

/** For a member: the contract must be this workspace's and completed, else NOT_FOUND. */
export async function executedPdfForMember(opts: { workspaceId: string; contractId: string; userId: string } & RequestMeta) {
  const c = await db.contract.findUnique({
    where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.contractId } },
    select: { state: true },
  });
  if (!c || c.state !== "completed") throw notFound();
  return download(opts.workspaceId, opts.contractId, { actor: "user", actorUserId: opts.userId }, opts);
}

/** For the token holder: the latest completed contract of the token's own collaboration, else NOT_FOUND. */
export async function executedPdfForPortal(ctx: PortalContext, meta: RequestMeta) {
  const c = await db.contract.findFirst({
    where: { workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId, state: "completed" },
    orderBy: { completedAt: "desc" },
    select: { id: true },
  });
  if (!c) throw notFound();
  return download(ctx.workspaceId, c.id, { actor: "influencer" }, meta);
}

/** The HTTP answer for a PDF download: an attachment, never rendered by the browser as anything else. */
export function executedPdfResponse(file: ExecutedPdfFile): Response {
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cross-Origin-Resource-Policy": "same-origin",
      ETag: `"${file.sha256}"`,
    },
  });
}

/** Uploads on the verify page: executed contracts are about 1 MB; under the 10 MB proxy.ts buffers. */
export const VERIFY_MAX_BYTES = 8 * 1024 * 1024;

export type VerifyResult =
  | { status: "not_pdf" }
  | { status: "unknown"; sha256: string }
  | {
      status: "verified";
      sha256: string;
      contract: {
        id: string;
        campaignName: string;
        brandName: string;
        creatorName: string;
        version: number;
        versionSha256: string;
        completedAt: string;
        sealedAt: string;
      };
    };

/** Whether `bytes` are, unchanged, the sealed PDF of one of this workspace's contracts. Bytes are only hashed. */
export async function verifyExecutedPdf(opts: { workspaceId: string; bytes: Uint8Array }): Promise<VerifyResult> {
  if (opts.bytes.length < 5 || Buffer.from(opts.bytes.subarray(0, 5)).toString("latin1") !== "%PDF-") return { status: "not_pdf" };
  const sha256 = createHash("sha256").update(opts.bytes).digest("hex");
  const c = await db.contract.findFirst({
    where: { workspaceId: opts.workspaceId, executedPdfSha256: sha256, state: "completed" },
    select: {
      id: true,
      currentVersion: true,
      completedAt: true,
      sealedAt: true,
      collaboration: { select: { campaign: { select: { name: true } }, influencer: { select: { displayName: true } } } },
      versions: { select: { version: true, sha256: true, terms: true } },
    },
  });
  if (!c || !c.completedAt || !c.sealedAt) return { status: "unknown", sha256 };
  const v = c.versions.find((x) => x.version === c.currentVersion);
  const parties = contractTermsSchema.safeParse(v?.terms).data?.parties;
  return {
    status: "verified",
    sha256,
    contract: {
      id: c.id,
      campaignName: c.collaboration.campaign.name,
      brandName: parties?.brand?.legalName || "—",
      creatorName: parties?.influencer?.legalName || c.collaboration.influencer.displayName,
      version: c.currentVersion,
      versionSha256: v?.sha256 ?? "",
      completedAt: c.completedAt.toISOString(),
      sealedAt: c.sealedAt.toISOString(),
    },
  };
}
