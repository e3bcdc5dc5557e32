/**
 * Contract drafting on the brand side: generate a contract from a collaboration, edit its terms, and
 * send it for signature (which freezes a version). Every query carries the workspace.
 *
 * Rules: a collaboration has at most one open contract (draft, sent or signed by the influencer);
 * sending is refused while checkContract reports an error; any edit after sending voids the pending
 * signatures and supersedes the frozen version, so the next send makes version N+1 and a signature
 * for version N no longer counts.
 */
import { COLLABORATION_STATUSES, STATUS_LABELS, type CollaborationStatus } from "@/lib/collaborations/status";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";

import { checkContract } from "./check";
import { contractHash } from "./hash";
import { lockContract } from "./lock";
import { renderContract } from "./render";
import { contractTermsSchema, type ContractTerms, type ContractTermsInput } from "./schema";
import { contractTemplateSchema, DEFAULT_CONTRACT_TEMPLATE } from "./template";

type Tx = Prisma.TransactionClient;

const OPEN_STATES = ["draft", "sent", "signed_by_influencer"] as const;

/**
 * Collaborations a contract can be made for: the influencer has accepted and it is still running.
 * Not before acceptance (invited), nor after it ended without content (declined, cancelled).
 */
const CONTRACTABLE_STATUSES: ReadonlySet<CollaborationStatus> = new Set(
  COLLABORATION_STATUSES.filter((s) => !["invited", "declined", "cancelled"].includes(s)),
);

/** Request details kept in the audit trail. */
export type { RequestMeta } from "@/lib/request-meta";

/** Terms prefilled from what the campaign already knows: parties, deliverables, fee, product, jurisdiction. */
async function termsFromCollaboration(tx: Tx, workspaceId: string, collaborationId: string): Promise<ContractTerms> {
  const c = await tx.collaboration.findUnique({
    where: { workspaceId_id: { workspaceId, id: collaborationId } },
    select: {
      status: true,
      feeMinor: true,
      currency: true,
      productDescription: true,
      campaign: {
        select: {
          jurisdiction: true,
          workspace: { select: { name: true, settings: { select: { brandName: true, postalAddress: true } } } },
        },
      },
      influencer: { select: { displayName: true, email: true, country: true } },
      deliverables: { select: { type: true, platform: true, count: true, dueDate: true }, orderBy: { position: "asc" } },
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "Collaboration not found.");
  if (!CONTRACTABLE_STATUSES.has(c.status)) {
    throw new AppError(
      "CONFLICT",
      `A contract can only be made once the influencer has accepted. This collaboration is "${STATUS_LABELS[c.status]}".`,
    );
  }
  const fee = c.feeMinor === null ? null : Number(c.feeMinor);
  return contractTermsSchema.parse({
    parties: {
      // The sender identity's brand name and postal address are the workspace's legal name and address.
      brand: {
        legalName: c.campaign.workspace.settings?.brandName?.trim() || c.campaign.workspace.name,
        address: c.campaign.workspace.settings?.postalAddress?.trim() ?? "",
      },
      influencer: { legalName: c.influencer.displayName, email: c.influencer.email ?? "", country: c.influencer.country ?? "" },
    },
    currency: c.currency,
    feeMinor: fee,
    agreedFeeMinor: fee,
    product: c.productDescription?.trim() || null,
    deliverables: c.deliverables.map((d) => ({
      type: d.type,
      platform: d.platform,
      count: d.count,
      dueDate: d.dueDate ? d.dueDate.toISOString().slice(0, 10) : null,
    })),
    paymentNetDays: fee ? 30 : null,
    jurisdiction: c.campaign.jurisdiction === "UK" ? "UK" : "US",
  });
}

export async function generateContract(opts: { workspaceId: string; actorId: string; collaborationId: string }) {
  return db.$transaction(async (tx) => {
    const terms = await termsFromCollaboration(tx, opts.workspaceId, opts.collaborationId);
    const open = await tx.contract.findFirst({
      where: { workspaceId: opts.workspaceId, collaborationId: opts.collaborationId, state: { in: [...OPEN_STATES] } },
      select: { id: true },
    });
    if (open) throw new AppError("CONFLICT", "This collaboration already has a contract in progress.");
    return tx.contract.create({
      data: {
        workspaceId: opts.workspaceId,
        collaborationId: opts.collaborationId,
        terms,
        createdById: opts.actorId,
        events: { create: { kind: "created", actor: "user", actorUserId: opts.actorId } },
      },
      select: { id: true, state: true },
    });
  });
}

/** Locks the contract row first (lock.ts), so an edit or a send never interleaves with a signature. */
async function loadContract(tx: Tx, workspaceId: string, contractId: string) {
  await lockContract(tx, workspaceId, contractId);
  const contract = await tx.contract.findUnique({
    where: { workspaceId_id: { workspaceId, id: contractId } },
    select: { id: true, state: true, terms: true, currentVersion: true },
  });
  if (!contract) throw new AppError("NOT_FOUND", "Contract not found.");
  return contract;
}

/** Voids what was sent: pending signatures, the frozen version; the contract goes back to draft. */
async function voidPending(
  tx: Tx,
  opts: { workspaceId: string; contractId: string; version: number; actorId: string; reason: string } & RequestMeta,
) {
  const now = new Date();
  await tx.contractSignature.updateMany({
    where: { workspaceId: opts.workspaceId, contractId: opts.contractId, voidedAt: null },
    data: { voidedAt: now },
  });
  await tx.contractVersion.updateMany({
    where: { workspaceId: opts.workspaceId, contractId: opts.contractId, supersededAt: null },
    data: { supersededAt: now },
  });
  await tx.contractEvent.create({
    data: {
      workspaceId: opts.workspaceId,
      contractId: opts.contractId,
      kind: "voided",
      version: opts.version,
      actor: "user",
      actorUserId: opts.actorId,
      ip: opts.ip,
      userAgent: opts.userAgent,
      detail: { reason: opts.reason },
    },
  });
}

/**
 * Saves new terms. On a sent or influencer-signed contract this voids the pending signatures and the
 * frozen version first (the contract is back in draft and must be sent again). Completed, declined
 * and voided contracts are not edited.
 */
export async function updateContractTerms(
  opts: { workspaceId: string; actorId: string; contractId: string; terms: ContractTermsInput } & RequestMeta,
) {
  const terms = contractTermsSchema.parse(opts.terms);
  return db.$transaction(async (tx) => {
    const contract = await loadContract(tx, opts.workspaceId, opts.contractId);
    if (!(OPEN_STATES as readonly string[]).includes(contract.state)) {
      throw new AppError("CONFLICT", `A ${contract.state.replaceAll("_", " ")} contract can't be edited.`);
    }
    if (contract.state !== "draft") {
      await voidPending(tx, { ...opts, version: contract.currentVersion, reason: "Terms edited after sending" });
    }
    await tx.contract.update({
      where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.contractId } },
      data: { terms, state: "draft", influencerSignedAt: null },
    });
    return { terms, findings: checkContract(terms).findings };
  });
}

/** Freezes version N+1 (terms, rendered text, SHA-256) and sends it; refused while the terms have an error. */
export async function sendContract(opts: { workspaceId: string; actorId: string; contractId: string } & RequestMeta) {
  return db.$transaction(async (tx) => {
    const contract = await loadContract(tx, opts.workspaceId, opts.contractId);
    if (contract.state !== "draft") throw new AppError("CONFLICT", "Only a draft contract can be sent; edit it to send a new version.");
    const terms = contractTermsSchema.parse(contract.terms);
    const errors = checkContract(terms).findings.filter((f) => f.severity === "error");
    if (errors.length > 0) {
      throw new AppError("UNPROCESSABLE", `Fix the contract before sending: ${errors.map((f) => f.message).join(" ")}`, {
        fieldErrors: Object.fromEntries(errors.map((f) => [f.field, [f.message]])),
      });
    }
    const stored = await tx.contractTemplate.findFirst({
      where: { workspaceId: opts.workspaceId, isDefault: true },
      select: { clauses: true },
    });
    const template = stored ? contractTemplateSchema.parse({ clauses: stored.clauses }) : DEFAULT_CONTRACT_TEMPLATE;
    const sections = renderContract(terms, template);
    const version = contract.currentVersion + 1;
    const sha256 = contractHash({ version, terms, sections });
    await tx.contractVersion.create({
      data: {
        workspaceId: opts.workspaceId,
        contractId: opts.contractId,
        version,
        terms,
        sections: sections.map((s) => ({ ...s })),
        sha256,
        createdById: opts.actorId,
      },
    });
    await tx.contract.update({
      where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.contractId } },
      data: { state: "sent", currentVersion: version, sentAt: new Date() },
    });
    await tx.contractEvent.create({
      data: {
        workspaceId: opts.workspaceId,
        contractId: opts.contractId,
        kind: "sent",
        version,
        actor: "user",
        actorUserId: opts.actorId,
        ip: opts.ip,
        userAgent: opts.userAgent,
        documentHash: sha256,
      },
    });
    return { version, sha256 };
  });
}
