/**
 * What happens once a contract is completed (both parties signed), in two halves:
 * - `onContractCompleted(tx, ref)` runs inside the transaction that completes it: the usage rights
 *   granted and the creator payment schedule are recorded from the signed terms, so a completed
 *   contract never exists without them, and the signed deliverable due dates become the
 *   collaboration's (signed-deliverables.ts). Each call is idempotent.
 * - `afterContractCompleted(ref)` runs after that transaction has committed: best-effort work that can't
 *   undo or block the completion (a failure is logged; the sealing sweep retries it).
 */
import type { Prisma } from "@/lib/db/generated/client";
import { enqueue as enqueueJob, type EnqueueOptions } from "@/lib/jobs";
import { log } from "@/lib/log";

import { createPaymentScheduleForCompletedContract } from "./payments";
import { recordRightsForCompletedContract } from "./rights";
import { applySignedDueDates } from "./signed-deliverables";

/** pg-boss queue that renders, seals and emails the executed PDF; data `{ workspaceId, contractId }` (lib/contracts/seal-jobs.ts). */
export const CONTRACT_SEAL_QUEUE = "contracts.seal";

export type CompletedContract = { workspaceId: string; contractId: string };

export async function onContractCompleted(tx: Prisma.TransactionClient, ref: CompletedContract): Promise<void> {
  await recordRightsForCompletedContract(tx, ref);
  await createPaymentScheduleForCompletedContract(tx, ref);
  await applySignedDueDates(tx, ref);
}

export async function afterContractCompleted(
  c: CompletedContract,
  enqueue: (queue: string, data: object, opts?: EnqueueOptions) => Promise<string | null> = enqueueJob,
): Promise<void> {
  try {
    // One sealing job per contract, however often this runs.
    await enqueue(CONTRACT_SEAL_QUEUE, { workspaceId: c.workspaceId, contractId: c.contractId }, { singletonKey: `seal:${c.contractId}` });
  } catch (e) {
    log.error("could not queue contract sealing", { err: e, workspaceId: c.workspaceId, contractId: c.contractId });
  }
}
