/**
 * Import jobs: an upload becomes an ImportJob row. Up to {@link INLINE_ROW_LIMIT} rows are imported
 * during the request; larger files go to the "influencer-import" queue and are processed in chunks,
 * with progress saved on the row so the page can poll it, be left, and be come back to.
 *
 * Crash safety: a run holds a PostgreSQL advisory lock on its own connection for as long as it
 * works. The database drops that lock the moment the worker's process or connection dies, so "status
 * running and lock free" means the run was abandoned: the queue's retry (pg-boss re-delivers a job
 * whose worker never finished, after its expiry) or {@link recoverStaleImports} (run when workers
 * start and when the imports list is read) claims it again and imports the file from the start
 * (already imported rows come back as unchanged/updated, never duplicated).
 */

import { createHash } from "node:crypto";

import pg from "pg";
import { z } from "zod";

import { db, jobDb } from "@/lib/db";
import { timeBoxedPoolConfig } from "@/lib/db/pool-config";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { CsvFormatError, headerKey, IMPORT_FIELDS, mappingProblems, parseCsv, type ColumnMapping } from "@/lib/influencers/import";
import { enqueue } from "@/lib/jobs";
import { log } from "@/lib/log";
import { recordAudit } from "@/lib/workspaces/audit";

import { importRoster } from "./import-roster";

export const IMPORT_QUEUE = "influencer-import";
/** Largest upload accepted: 20 MB (about 150,000 typical roster rows). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Files with more data rows than this import in the background. */
export const INLINE_ROW_LIMIT = 2_000;
/** Errors kept on the job for display; all failed rows stay in the downloadable CSV. */
const STORED_ERRORS = 1_000;

export const mappingSchema = z.record(z.string().max(200), z.enum(IMPORT_FIELDS).nullable());

const JOB_SELECT = {
  id: true,
  fileName: true,
  status: true,
  totalRows: true,
  processedRows: true,
  created: true,
  updated: true,
  unchanged: true,
  errorCount: true,
  errors: true,
  failureReason: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

export type ImportJobView = Awaited<ReturnType<typeof getImport>>;

/** Key under which a mapping is remembered: the file's normalised headers, hashed. */
export function mappingKey(headers: readonly string[]): string {
  return createHash("sha256").update(headers.map(headerKey).join("\u0000")).digest("hex").slice(0, 32);
}

export async function rememberedMapping(workspaceId: string, headers: readonly string[]): Promise<ColumnMapping | null> {
  const row = await db.importMapping.findUnique({
    where: { workspaceId_headerKey: { workspaceId, headerKey: mappingKey(headers) } },
    select: { mapping: true },
  });
  const parsed = mappingSchema.safeParse(row?.mapping);
  return parsed.success ? parsed.data : null;
}

/** Reads an uploaded file's bytes as text; a clear AppError for empty, oversized or non-text files. */
export function decodeUpload(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new AppError("UNPROCESSABLE", "The file is empty.");
  if (bytes.byteLength > MAX_UPLOAD_BYTES)
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      "The file is larger than 20 MB. Split it into smaller files and import them one after the other.",
    );
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}

/**
 * Starts an import: checks the file and mapping, remembers the mapping for these headers, creates
 * the job, and either runs it now (small files) or queues it. Returns the job.
 */
export async function startImport(opts: { workspaceId: string; userId: string; fileName: string; text: string; mapping: ColumnMapping }) {
  let headers: string[];
  let totalRows: number;
  try {
    const csv = parseCsv(opts.text);
    headers = csv.headers;
    totalRows = csv.rows.length;
  } catch (e) {
    if (e instanceof CsvFormatError) throw new AppError("UNPROCESSABLE", e.userMessage);
    throw e;
  }
  if (totalRows === 0) throw new AppError("UNPROCESSABLE", "The file has a header row but no influencers below it.");
  const mapping: ColumnMapping = Object.fromEntries(headers.map((h) => [h, opts.mapping[h] ?? null]));
  const problems = mappingProblems(mapping);
  if (problems.length > 0) throw new AppError("BAD_REQUEST", problems[0]!, { fieldErrors: { mapping: problems } });

  await db.importMapping.upsert({
    where: { workspaceId_headerKey: { workspaceId: opts.workspaceId, headerKey: mappingKey(headers) } },
    create: { workspaceId: opts.workspaceId, headerKey: mappingKey(headers), mapping },
    update: { mapping },
  });
  const job = await db.importJob.create({
    data: {
      workspaceId: opts.workspaceId,
      createdById: opts.userId,
      fileName: opts.fileName.slice(0, 200),
      mapping,
      csvText: opts.text,
      totalRows,
    },
    select: { id: true },
  });
  await recordAudit(db, {
    workspaceId: opts.workspaceId,
    actorId: opts.userId,
    action: "influencers.import",
    targetType: "import",
    targetId: job.id,
    metadata: { fileName: opts.fileName, totalRows },
  });
  if (totalRows <= INLINE_ROW_LIMIT) await runImportJob(opts.workspaceId, job.id);
  else await queueImport(opts.workspaceId, job.id);
  return getImport(opts.workspaceId, job.id);
}

/** Retries cover a worker that died mid-run (the job is re-delivered once pg-boss expires it). */
function queueImport(workspaceId: string, importJobId: string) {
  return enqueue(
    IMPORT_QUEUE,
    { workspaceId, importJobId },
    { retryLimit: 5, retryDelay: 30, retryBackoff: true, singletonKey: `import:${importJobId}` },
  );
}

/** The advisory lock key of a job's run (64-bit hash, namespaced). */
const lockKeySql = "hashtextextended('influencer-import:' || $1, 0)";

/** A dedicated connection holding the job's run lock, or null when a live run already holds it. */
async function takeRunLock(importJobId: string): Promise<pg.Client | null> {
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
    select: { csvText: true, mapping: true, createdById: true },
  });
  try {
    const summary = await importRoster({
      workspaceId,
      text: job.csvText ?? "",
      mapping: mappingSchema.parse(job.mapping),
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

export async function getImport(workspaceId: string, id: string) {
  const job = await db.importJob.findUnique({
    where: { workspaceId_id: { workspaceId, id } },
    select: { ...JOB_SELECT, failedRowsCsv: false },
  });
  if (!job) throw new AppError("NOT_FOUND", "Import not found.");
  const hasFailedRows = (await db.importJob.count({ where: { workspaceId, id, failedRowsCsv: { not: null } } })) > 0;
  return {
    ...job,
    errors: z
      .array(z.object({ row: z.number(), message: z.string() }))
      .catch([])
      .parse(job.errors),
    hasFailedRows,
  };
}

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

let lastSweep = 0;

export async function listImports(workspaceId: string, take = 10) {
  // Someone looking at their imports after a crash sees them resume (at most one sweep a minute per process).
  if (Date.now() - lastSweep > 60_000) {
    lastSweep = Date.now();
    void recoverStaleImports({ workspaceId }).catch((e: unknown) => log.error("import recovery failed", { workspaceId, err: e }));
  }
  return db.importJob.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      fileName: true,
      status: true,
      totalRows: true,
      processedRows: true,
      created: true,
      updated: true,
      unchanged: true,
      errorCount: true,
      createdAt: true,
      finishedAt: true,
    },
  });
}

export async function getFailedRowsCsv(workspaceId: string, id: string): Promise<{ fileName: string; csv: string }> {
  const job = await db.importJob.findUnique({
    where: { workspaceId_id: { workspaceId, id } },
    select: { fileName: true, failedRowsCsv: true },
  });
  if (!job) throw new AppError("NOT_FOUND", "Import not found.");
  return { fileName: job.fileName, csv: job.failedRowsCsv ?? failedHeaderOnly() };
}

const failedHeaderOnly = () => "\uFEFFline,error\r\n";
