/**
 * What happens once a contract is completed (both parties signed), after the transaction that
 * completed it has committed. Best-effort: nothing here can undo or block the completion — a failure
 * is logged and the work is retried by its own job.
 */
import { enqueue as enqueueJob, type EnqueueOptions } from "@/lib/jobs";
import { log } from "@/lib/log";

/** pg-boss queue that renders, seals and emails the executed PDF; data `{ workspaceId, contractId }`. */
export const CONTRACT_SEAL_QUEUE = "contracts.seal";

export type CompletedContract = { workspaceId: string; contractId: string };

export async function onContractCompleted(
  c: CompletedContract,
  enqueue: (queue: string, data: object, opts?: EnqueueOptions) => Promise<string | null> = enqueueJob,
): Promise<void> {
  try {
    // One sealing job per contract, however often this runs.
    await enqueue(CONTRACT_SEAL_QUEUE, { workspaceId: c.workspaceId, contractId: c.contractId }, { singletonKey: `seal:${c.contractId}` });
  } catch (e) {
    log.error("could not queue contract sealing", { err: e, workspaceId: c.workspaceId, contractId: c.contractId });
  }
  // Other work that follows a signed contract (payment schedule, usage rights, …) is added here,
  // each in its own try/catch so one failure doesn't skip the rest.
}
