/**
 * Starting an import: an upload becomes an ImportJob row. Up to {@link INLINE_ROW_LIMIT} rows are
 * imported during the request; larger files go to the queue (run.ts) and are processed in chunks,
 * with progress saved on the row so the page can poll it, be left, and be come back to.
 */

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CsvFormatError, mappingProblems, parseCsv, type ColumnMapping } from "@/lib/influencers/import";
import type { Platform } from "@/lib/vocabulary";
import { recordAudit } from "@/lib/workspaces/audit";

import { rememberMapping } from "./mappings";
import { getImport } from "./queries";
import { queueImport, runImportJob } from "./run";

/** Files with more data rows than this import in the background. */
export const INLINE_ROW_LIMIT = 2_000;

/**
 * Starts an import: checks the file and mapping, remembers the mapping (and the file-wide platform) for these headers, creates
 * the job, and either runs it now (small files) or queues it. Returns the job.
 */
export async function startImport(opts: {
  workspaceId: string;
  userId: string;
  fileName: string;
  text: string;
  mapping: ColumnMapping;
  /** Platform of handles that name none. */
  defaultPlatform?: Platform | null;
}) {
  const defaultPlatform = opts.defaultPlatform ?? null;
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

  await rememberMapping(opts.workspaceId, headers, { mapping, defaultPlatform });
  const job = await db.importJob.create({
    data: {
      workspaceId: opts.workspaceId,
      createdById: opts.userId,
      fileName: opts.fileName.slice(0, 200),
      mapping,
      defaultPlatform,
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
