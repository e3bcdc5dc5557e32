/**
 * The background side of imports: the "influencer-import" queue, and running one job.
 *
 * Crash safety: a run holds a PostgreSQL advisory lock on its own connection for as long as it
 * works. The database drops that lock the moment the worker's process or connection dies, so "status
 * running and lock free" means the run was abandoned: the queue's retry (pg-boss re-delivers a job
 * whose worker never finished, after its expiry) or recoverStaleImports (recovery.ts: run when
 * workers start and when the imports list is read) claims it again and imports the file from the
 * start (already imported rows come back as unchanged/updated, never duplicated).
 */

import pg from "pg";
import { z } from "zod";

import { db, jobDb } from "@/lib/db";
import { timeBoxedPoolConfig } from "@/lib/db/pool-config";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { env } from "@/lib/env";
import { CsvFormatError } from "@/lib/influencers/import";
import { enqueue } from "@/lib/jobs";
import { log } from "@/lib/log";

import { importRoster } from "../import-roster";
import { mappingSchema } from "./mappings";

export const IMPORT_QUEUE = "influencer-import";
/** Errors kept on the job for display; all failed rows stay in the downloadable CSV. */
const STORED_ERRORS = 1_000;

/** Retries cover a worker that died mid-run (the job is re-delivered once pg-boss expires it). */
export function queueImport(workspaceId: string, importJobId: string) {
  return enqueue(
    IMPORT_QUEUE,
    { workspaceId, importJobId },
    { retryLimit: 5, retryDelay: 30, retryBackoff: true, singletonKey: `import:${importJobId}` },
  );
}

/** The advisory lock key of a job's run (64-bit hash, namespaced). */
const lockKeySql = "hashtextextended('influencer-import:' || $1, 0)";

/** A dedicated connection holding the job's run lock, or null when a live run already holds it. */
export async function takeRunLock(importJobId: string): Promise<pg.Client | null> {
  const client = new pg.Client({
    connectionString: resolveDatabaseUrl(),
    application_name: "microcampaigns-import",
    ...timeBoxedPoolConfig(env.DB_JOB_QUERY_TIMEOUT_MS),
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${lockKeySql}) AS ok`, [importJobId]);
    if (rows[0]?.ok) return client;
  } catch (e) {
    await client.end().catch(() => {});
    throw e;
  }
  await client.end().catch(() => {});
  return null;
}

/**
 * Processes a queued job, or takes over one whose worker died (idempotent: a finished job, or one a
 * live worker is running, is left alone).
 */
export async function runImportJob(workspaceId: string, importJobId: string): Promise<void> {
  const lock = await takeRunLock(importJobId);
  if (!lock) return;
  try {
    await runLocked(workspaceId, importJobId);
  } finally {
    await lock.end().catch(() => {}); // closing the session releases the lock
  }
}

async function runLocked(workspaceId: string, importJobId: string): Promise<void> {
  const claimed = await db.importJob.updateMany({
    where: { workspaceId, id: importJobId, status: { in: ["queued", "running"] }, csvText: { not: null } },
    data: { status: "running", startedAt: new Date(), processedRows: 0, created: 0, updated: 0, unchanged: 0 },
  });
  if (claimed.count === 0) return;
  const job = await db.importJob.findUniqueOrThrow({
    where: { workspaceId_id: { workspaceId, id: importJobId } },
    select: { csvText: true, mapping: true, defaultPlatform: true, createdById: true },
  });
  try {
    const summary = await importRoster({
      workspaceId,
      text: job.csvText ?? "",
      mapping: mappingSchema.parse(job.mapping),
      defaultPlatform: job.defaultPlatform,
      ownerId: job.createdById,
      chunkSize: 1_000,
      client: jobDb,
      onProgress: async (c) => {
        await db.importJob.updateMany({
          where: { workspaceId, id: importJobId },
          data: { processedRows: c.processed, created: c.created, updated: c.updated, unchanged: c.unchanged },
        });
      },
    });
    await db.importJob.updateMany({
      where: { workspaceId, id: importJobId },
      data: {
        status: "completed",
        processedRows: summary.totalRows,
        created: summary.created,
        updated: summary.updated,
        unchanged: summary.unchanged,
        errorCount: summary.errors.length,
        errors: summary.errors.slice(0, STORED_ERRORS),
        failedRowsCsv: summary.failedRowsCsv,
        csvText: null,
        finishedAt: new Date(),
      },
    });
  } catch (e) {
    log.error("import failed", { workspaceId, importJobId, err: e });
    const reason =
      e instanceof CsvFormatError
        ? e.userMessage
        : "The import stopped because of an error on our side. Rows already processed were saved; upload the file again to finish.";
    await db.importJob.updateMany({
      where: { workspaceId, id: importJobId },
      data: { status: "failed", failureReason: reason, csvText: null, finishedAt: new Date() },
    });
  }
}

const jobDataSchema = z.object({ workspaceId: z.string().min(1), importJobId: z.string().min(1) });

/** Queue handler for "influencer-import". */
export async function importJobHandler(data: unknown): Promise<void> {
  const { workspaceId, importJobId } = jobDataSchema.parse(data);
  await runImportJob(workspaceId, importJobId);
}
