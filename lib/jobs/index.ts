// Background jobs on a Postgres-backed queue (pg-boss, schema "pgboss"): no Redis, and every app
// server can both enqueue and work, coordinated by the database (SKIP LOCKED). Handlers are
// registered in lib/jobs/registry.ts; `startWorkers()` runs them in this process (the Next.js server
// calls it on start; `npm run worker` runs a dedicated worker process).
import PgBoss from "pg-boss";

import { timeBoxedPoolConfig } from "../db/pool-config";
import { resolveDatabaseUrl } from "../db/url";
import { env } from "../env";
import { log, withLogContext } from "../log";

const globalForBoss = globalThis as unknown as { __boss?: Promise<PgBoss>; __workersStarted?: boolean };

export function boss(): Promise<PgBoss> {
  globalForBoss.__boss ??= (async () => {
    const b = new PgBoss({
      connectionString: resolveDatabaseUrl(),
      schema: "pgboss",
      max: 4,
      application_name: "microcampaigns-jobs",
      // Queue maintenance may run long statements; a frozen database still can't hang it forever.
      ...timeBoxedPoolConfig(env.DB_JOB_QUERY_TIMEOUT_MS),
    });
    b.on("error", (e) => log.error("job queue error", { err: e }));
    await b.start();
    return b;
  })().catch((e) => {
    globalForBoss.__boss = undefined;
    throw e;
  });
  return globalForBoss.__boss;
}

export type EnqueueOptions = {
  singletonKey?: string;
  startAfter?: Date | number;
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
};

/** Queues a job; returns its id (null when a singletonKey job is already queued). */
export async function enqueue(queue: string, data: object, opts: EnqueueOptions = {}): Promise<string | null> {
  const b = await boss();
  await b.createQueue(queue);
  return b.send(queue, data, { retryLimit: 3, retryDelay: 30, retryBackoff: true, ...opts });
}

export type JobHandler = (data: unknown, meta: { id: string; retryCount: number }) => Promise<void>;

/** Starts polling every registered queue in this process, and (re)states the schedules. Idempotent. */
export async function startWorkers(handlers: Record<string, JobHandler>, schedules: Record<string, string> = {}): Promise<void> {
  if (globalForBoss.__workersStarted) return;
  globalForBoss.__workersStarted = true;
  const b = await boss();
  for (const [queue, handler] of Object.entries(handlers)) {
    await b.createQueue(queue);
    await b.work(queue, { batchSize: 1, pollingIntervalSeconds: 2, includeMetadata: true }, async (jobs) => {
      for (const job of jobs) {
        const data = job.data as { workspaceId?: unknown } | null;
        const workspaceId = typeof data?.workspaceId === "string" ? data.workspaceId : undefined;
        // Every log line of the job names the queue, the job and its workspace.
        await withLogContext({ job: queue, jobId: job.id, workspaceId }, () =>
          handler(job.data, { id: job.id, retryCount: job.retryCount }),
        );
      }
    });
  }
  // pg-boss keeps one schedule per queue in the database; every server stating it is harmless.
  for (const [queue, cron] of Object.entries(schedules)) await b.schedule(queue, cron);
}

export async function stopJobs(): Promise<void> {
  const b = await globalForBoss.__boss?.catch(() => undefined);
  globalForBoss.__boss = undefined;
  globalForBoss.__workersStarted = false;
  await b?.stop({ graceful: true, wait: true }).catch(() => {});
}
