/**
 * The shared first step of every portal contract transition (signing.ts, signing-code.ts): find the
 * link's contract, lock its row and check the version on the influencer's screen is the current,
 * sent one; and the ContractEvent row each transition writes, with the request's IP, user agent and
 * the version's SHA-256. Scoped by the portal gate's context, never by an id from the client.
 */
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { PortalContext } from "@/lib/portal/gate";
import type { RequestMeta } from "@/lib/request-meta";

import { currentVersionFor, lockContract } from "./lock";

type Tx = Prisma.TransactionClient;

/** The collaboration's latest contract (a collaboration has at most one open contract at a time). */
export async function latestContractId(tx: Tx | typeof db, ctx: PortalContext): Promise<string | null> {
  const c = await tx.contract.findFirst({
    where: { workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return c?.id ?? null;
}

/** Locks this link's contract and checks that `version` is its current, sent version. */
export async function lockSent(tx: Tx, ctx: PortalContext, version: number) {
  const id = await latestContractId(tx, ctx);
  if (!id) throw new AppError("NOT_FOUND", "There is no contract to sign yet.");
  const contract = await lockContract(tx, ctx.workspaceId, id);
  if (contract.state !== "sent") {
    const why: Record<string, string> = {
      signed_by_influencer: "You have already signed this contract.",
      completed: "This contract is already signed by both sides.",
      declined: "You declined this contract.",
      voided: "The brand withdrew this contract.",
      draft: "The brand is revising this contract. You'll get the new version here.",
    };
    throw new AppError("CONFLICT", why[contract.state] ?? "This contract can't be signed now.");
  }
  const v = await currentVersionFor(tx, ctx.workspaceId, contract, version);
  return { contract, version: v };
}

export function event(
  ctx: PortalContext,
  contractId: string,
  kind: "viewed" | "consent_given" | "signed" | "declined" | "changes_requested" | "code_sent" | "code_verified" | "code_failed",
  v: { version: number; sha256: string },
  meta: RequestMeta,
  detail: Record<string, string | number> = {},
): Prisma.ContractEventCreateManyInput {
  return {
    workspaceId: ctx.workspaceId,
    contractId,
    kind,
    version: v.version,
    actor: "influencer",
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 500) ?? null,
    documentHash: v.sha256,
    detail,
  };
}
