/** Reading imports: one job with its errors, the recent jobs, and a job's failed-rows file. */

import { z } from "zod";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

import { recoverStaleImports } from "./recovery";

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
