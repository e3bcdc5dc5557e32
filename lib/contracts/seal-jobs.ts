/**
 * The background side of sealing. `contracts.seal` ({ workspaceId, contractId }, enqueued when a
 * contract completes) seals the contract and emails the PDF, both idempotent, so a retry or a
 * duplicate job does nothing twice. `contracts.seal-sweep` runs on a schedule and re-enqueues every
 * completed contract still unsealed or unmailed a few minutes after completion, so a failure in
 * sealing (or a lost job) is retried without anyone waiting on it.
 */
import { z } from "zod";

import { db } from "../db";
import { toAppError } from "../errors";
import { enqueue } from "../jobs";
import { log } from "../log";
import { emailExecutedContract } from "./executed-email";
import { sealContract } from "./seal";

export const SEAL_QUEUE = "contracts.seal";
export const SEAL_SWEEP_QUEUE = "contracts.seal-sweep";
/** Every 10 minutes (cron). */
export const SEAL_SWEEP_CRON = "*/10 * * * *";
/** The sweep leaves contracts younger than this to the job their completion enqueued. */
const SWEEP_GRACE_MS = 5 * 60_000;
const SWEEP_BATCH = 200;

const sealJobSchema = z.object({ workspaceId: z.string().min(1).max(64), contractId: z.string().min(1).max(64) });

export async function enqueueSeal(opts: { workspaceId: string; contractId: string }): Promise<void> {
  await enqueue(SEAL_QUEUE, { workspaceId: opts.workspaceId, contractId: opts.contractId }, { singletonKey: opts.contractId });
}

/** Seals and emails one contract. Unknown or not-completed contracts are logged and dropped (no retry). */
export async function sealContractJob(data: unknown): Promise<void> {
  const parsed = sealJobSchema.safeParse(data);
  if (!parsed.success) {
    log.warn("contracts.seal job with bad data dropped");
    return;
  }
  try {
    await sealContract(parsed.data);
  } catch (e) {
    const app = toAppError(e);
    if (app?.code === "NOT_FOUND" || app?.code === "CONFLICT") {
      log.warn("contract not sealed", { contractId: parsed.data.contractId, reason: app.message });
      return;
    }
    throw e;
  }
  await emailExecutedContract(parsed.data);
}

/**
 * Completed contracts, in every workspace, that still need sealing or mailing. Deliberately across
 * workspaces (a system sweep), hence the name; it returns ids only, and each job re-reads its contract
 * scoped by workspace.
 */
export async function unsafeFindContractsToSeal(now = new Date()) {
  return db.contract.findMany({
    where: {
      state: "completed",
      completedAt: { lt: new Date(now.getTime() - SWEEP_GRACE_MS) },
      OR: [{ sealedAt: null }, { executedEmailedAt: null }],
    },
    select: { workspaceId: true, id: true },
    orderBy: { completedAt: "asc" },
    take: SWEEP_BATCH,
  });
}

export async function sealSweepJob(): Promise<void> {
  const due = await unsafeFindContractsToSeal();
  for (const c of due) await enqueueSeal({ workspaceId: c.workspaceId, contractId: c.id });
  if (due.length > 0) log.info("contracts re-enqueued for sealing", { count: due.length });
}
