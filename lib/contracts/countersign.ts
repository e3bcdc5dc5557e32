/**
 * The brand's side of signing: countersign a contract the influencer has signed (a member with
 * `contracts.sign`), and void a contract that is not yet complete (`contracts.write`; the permission
 * is checked by the action gate). Both lock the contract row, check its state under that lock and
 * write their events in the same transaction; completion records rights and payments (`onContractCompleted`) in the same transaction, then hands over to `afterContractCompleted`
 * after the commit.
 */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { emitEvent } from "@/lib/webhooks/events";

import { afterContractCompleted, onContractCompleted } from "./completed";
import type { RequestMeta } from "./drafting";
import { currentVersionFor, lockContract } from "./lock";
import { contractTermsSchema } from "./schema";
import type { CountersignInput, VoidContractInput } from "./signing-schemas";

type Scope = { workspaceId: string; actorId: string };

/**
 * Countersigns the current version: only after the influencer (and, for a minor, the guardian) signed
 * that very version. The contract is then completed (`countersigned` and `completed` events with the
 * version's hash) and sealing is queued.
 */
export async function countersignContract(opts: Scope & Omit<CountersignInput, "confirm"> & RequestMeta) {
  const { workspaceId } = opts;
  const done = await db.$transaction(async (tx) => {
    const contract = await lockContract(tx, workspaceId, opts.contractId);
    if (contract.state !== "signed_by_influencer") {
      const why: Record<string, string> = {
        draft: "This contract hasn't been sent to the influencer yet.",
        sent: "The influencer hasn't signed this contract yet; you countersign after they do.",
        completed: "This contract is already countersigned.",
        declined: "The influencer declined this contract.",
        voided: "This contract was voided.",
      };
      throw new AppError("CONFLICT", why[contract.state] ?? "This contract can't be countersigned now.");
    }
    const version = await currentVersionFor(tx, workspaceId, contract, opts.version);
    const terms = contractTermsSchema.parse(version.terms);
    const signed = await tx.contractSignature.findMany({
      where: { workspaceId, contractId: contract.id, version: version.version, voidedAt: null, documentHash: version.sha256 },
      select: { party: true },
    });
    const parties = new Set(signed.map((s) => s.party));
    if (!parties.has("influencer") || (terms.influencerIsMinor && !parties.has("guardian"))) {
      throw new AppError("CONFLICT", "The influencer hasn't signed this version yet; you countersign after they do.");
    }
    const now = new Date();
    const userAgent = opts.userAgent?.slice(0, 500) ?? null;
    await tx.contractSignature.create({
      data: {
        workspaceId,
        contractId: contract.id,
        version: version.version,
        party: "brand",
        typedName: opts.typedName,
        signedById: opts.actorId,
        documentHash: version.sha256,
        ip: opts.ip,
        userAgent,
        signedAt: now,
      },
    });
    await tx.contract.update({
      where: { workspaceId_id: { workspaceId, id: contract.id } },
      data: { state: "completed", completedAt: now },
    });
    const common = { workspaceId, contractId: contract.id, version: version.version, documentHash: version.sha256 };
    await tx.contractEvent.create({
      data: {
        ...common,
        kind: "countersigned",
        actor: "user",
        actorUserId: opts.actorId,
        ip: opts.ip,
        userAgent,
        detail: { party: "brand", typedName: opts.typedName },
        createdAt: now,
      },
    });
    // One millisecond later, so the trail's order never depends on how ties are broken.
    await tx.contractEvent.create({ data: { ...common, kind: "completed", actor: "system", createdAt: new Date(now.getTime() + 1) } });
    await onContractCompleted(tx, { workspaceId, contractId: contract.id });
    await emitEvent(tx, workspaceId, "contract.signed", {
      contractId: contract.id,
      collaborationId: contract.collaborationId,
      version: version.version,
      party: "brand",
      state: "completed",
    });
    return { contractId: contract.id, version: version.version, sha256: version.sha256 };
  });
  await afterContractCompleted({ workspaceId, contractId: done.contractId });
  return { state: "completed" as const, ...done };
}

/**
 * Voids a contract that isn't complete (a draft, sent, or signed only by the influencer): its
 * signatures are voided, its versions superseded, and it can't be signed again; the collaboration can
 * then get a new contract.
 */
export async function voidContract(opts: Scope & VoidContractInput & RequestMeta) {
  const { workspaceId } = opts;
  return db.$transaction(async (tx) => {
    const contract = await lockContract(tx, workspaceId, opts.contractId);
    if (contract.state === "completed")
      throw new AppError("CONFLICT", "A completed contract can't be voided; agree a termination instead.");
    if (contract.state === "declined" || contract.state === "voided") {
      throw new AppError("CONFLICT", `This contract is already ${contract.state}.`);
    }
    const now = new Date();
    await tx.contractSignature.updateMany({ where: { workspaceId, contractId: contract.id, voidedAt: null }, data: { voidedAt: now } });
    await tx.contractVersion.updateMany({
      where: { workspaceId, contractId: contract.id, supersededAt: null },
      data: { supersededAt: now },
    });
    await tx.contract.update({
      where: { workspaceId_id: { workspaceId, id: contract.id } },
      data: { state: "voided", voidedAt: now, voidReason: opts.reason },
    });
    const v =
      contract.currentVersion > 0
        ? await tx.contractVersion.findUnique({
            where: { workspaceId_contractId_version: { workspaceId, contractId: contract.id, version: contract.currentVersion } },
            select: { sha256: true },
          })
        : null;
    await tx.contractEvent.create({
      data: {
        workspaceId,
        contractId: contract.id,
        kind: "voided",
        version: contract.currentVersion || null,
        actor: "user",
        actorUserId: opts.actorId,
        ip: opts.ip,
        userAgent: opts.userAgent?.slice(0, 500) ?? null,
        documentHash: v?.sha256 ?? null,
        detail: { reason: opts.reason },
      },
    });
    return { state: "voided" as const };
  });
}
