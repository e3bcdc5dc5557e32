/** Imports a dead worker left behind, handed to the queue again (see run.ts on crash safety). */

import { db } from "@/lib/db";

import { queueImport, takeRunLock } from "./run";

/** Jobs left queued this long without starting are handed to the queue again. */
const QUEUED_GRACE_MS = 2 * 60_000;

/**
 * Re-queues imports a dead worker left behind: "running" with nobody holding the run lock, or
 * "queued" for over {@link QUEUED_GRACE_MS} and not running. Across all workspaces (a worker
 * sweep), or one. Returns the ids re-queued. Safe to run anywhere, any time: a job another worker is
 * running is skipped, and a re-queued job that is already queued is de-duplicated by its singleton key.
 */
export async function recoverStaleImports(opts: { workspaceId?: string } = {}): Promise<string[]> {
  const candidates = await db.importJob.findMany({
    where: {
      ...(opts.workspaceId ? { workspaceId: opts.workspaceId } : {}),
      csvText: { not: null },
      OR: [{ status: "running" }, { status: "queued", createdAt: { lt: new Date(Date.now() - QUEUED_GRACE_MS) } }],
    },
    select: { workspaceId: true, id: true },
    take: 100,
  });
  const recovered: string[] = [];
  for (const job of candidates) {
    const lock = await takeRunLock(job.id);
    if (!lock) continue; // a live worker has it
    try {
      const reset = await db.importJob.updateMany({
        where: { workspaceId: job.workspaceId, id: job.id, status: { in: ["queued", "running"] }, csvText: { not: null } },
        data: { status: "queued" },
      });
      if (reset.count > 0) recovered.push(job.id);
    } finally {
      await lock.end().catch(() => {});
    }
  }
  for (const id of recovered) {
    const job = candidates.find((c) => c.id === id)!;
    await queueImport(job.workspaceId, id);
  }
  return recovered;
}
