/**
 * Whole-file import steps shared by the upload UI (preview), the background job and the CLI (plan).
 */

import { parseCsv, type CsvDelimiter, type CsvRow } from "./csv";
import { autoMapHeaders, mappingProblems, type ColumnMapping } from "./fields";
import { PLATFORM_LABELS } from "./platforms";
import { validateRow, type CellProblem, type ImportRecord, type RowOptions } from "./validate-row";

/** Rows shown in the preview table. */
export const PREVIEW_ROW_COUNT = 20;

export interface PreviewRow {
  line: number;
  cells: string[];
  /** Errors that keep the row out of the import; `column` is the header to highlight. */
  problems: CellProblem[];
  /** Accepted with a caveat (e.g. an unrecognised country left empty). */
  warnings: CellProblem[];
  record: ImportRecord | null;
  /** The row's further accounts (platform columns). */
  others: ImportRecord[];
}

export interface ImportPreview {
  headers: string[];
  delimiter: CsvDelimiter;
  /** The mapping used: the one passed in (completed with null for unmentioned headers) or the automatic one. */
  mapping: ColumnMapping;
  /** Problems that would make every row fail (see `mappingProblems`); empty when the mapping is usable. */
  mappingProblems: string[];
  /** The first {@link PREVIEW_ROW_COUNT} data rows, validated. */
  rows: PreviewRow[];
  /** Non-blank data rows in the file. */
  totalRows: number;
  /** Rows of the whole file that will import (valid, and not replaced by a later row with the same account). */
  importableRows: number;
  /** Rows of the whole file with problems (they will be skipped and reported). */
  invalidRows: number;
}

export interface ImportPlanError {
  /** File line of the row (the header's line for mapping problems). */
  row: number;
  message: string;
  kind: "mapping" | "invalid" | "duplicate";
}

export interface ImportPlan {
  /**
   * Accounts to import, in file order, at most one per (platform, handle). A row with several
   * accounts (platform columns) gives several records with its line, main account first: they are
   * one person.
   */
  records: { line: number; record: ImportRecord }[];
  /** Everything not imported, sorted by line. */
  errors: ImportPlanError[];
  /** Caveats on the imported rows (e.g. an unrecognised country left empty), by line. */
  warnings: { row: number; message: string }[];
  /** Invalid rows with their original cells, ready for {@link failedRowsCsv}. Excludes superseded duplicates. */
  failed: { line: number; cells: string[]; message: string }[];
  totalRows: number;
  /** Rows with at least one record to import. */
  importableRows: number;
  /** The file's headers (for {@link failedRowsCsv}). */
  headers: string[];
}

/** Every header present, a mapping key absent from the file reported. */
function resolveMapping(headers: readonly string[], mapping: ColumnMapping | undefined) {
  const resolved: ColumnMapping = {};
  for (const header of headers) resolved[header] = mapping ? (mapping[header] ?? null) : null;
  const auto = mapping ? resolved : autoMapHeaders(headers);
  const problems = mappingProblems(auto);
  if (mapping) {
    for (const [header, field] of Object.entries(mapping)) {
      if (field && !headers.includes(header)) problems.push(`Column "${header}" (mapped to ${field}) is not in this file.`);
    }
  }
  return { mapping: auto, problems };
}

/**
 * Parses the file, plans the whole import (so the counts are what will really import) and details
 * the first {@link PREVIEW_ROW_COUNT} rows. Without a mapping the headers are mapped automatically
 * ({@link autoMapHeaders}). Throws {@link CsvFormatError} when the file cannot be read as CSV.
 */
export function previewImport(text: string, mapping?: ColumnMapping, options: RowOptions = {}): ImportPreview {
  const csv = parseCsv(text);
  const resolved = resolveMapping(csv.headers, mapping);
  const rows = csv.rows.slice(0, PREVIEW_ROW_COUNT).map((row): PreviewRow => {
    const result = validateRow(row.cells, csv.headers, resolved.mapping, options);
    return {
      line: row.line,
      cells: row.cells,
      problems: result.ok ? [] : result.errors,
      warnings: result.warnings,
      record: result.ok ? result.record : null,
      others: result.ok ? result.others : [],
    };
  });
  const plan = resolved.problems.length > 0 ? null : planRows(csv.rows, csv.headers, resolved.mapping, options);
  return {
    headers: csv.headers,
    delimiter: csv.delimiter,
    mapping: resolved.mapping,
    mappingProblems: resolved.problems,
    rows,
    totalRows: csv.rows.length,
    importableRows: plan?.importableRows ?? 0,
    invalidRows: plan ? plan.failed.length : csv.rows.length,
  };
}

/**
 * Validates every row against a confirmed mapping and decides what to import.
 *
 * - A mapping problem (no handle/profile_url/platform column or followers column, a scalar field
 *   mapped twice, a mapped header missing from the file) stops the plan: no records, one "mapping"
 *   error per problem on the header line.
 * - An invalid row becomes one "invalid" error (its problems joined with "; ") and a `failed` entry.
 * - Duplicates inside the file, same platform and handle: the **later** row wins, as it would if
 *   the rows were applied one by one, and the later row in a sheet is usually the updated one. The
 *   earlier row gets a "duplicate" error naming the line that superseded it. It is not in `failed`:
 *   re-importing it would overwrite the newer data. Only valid rows take part (an invalid later
 *   row does not hide a valid earlier one).
 *
 * Throws {@link CsvFormatError} when the file cannot be read as CSV.
 */
export function planImport(text: string, mapping: ColumnMapping, options: RowOptions = {}): ImportPlan {
  const csv = parseCsv(text);
  const resolved = resolveMapping(csv.headers, mapping);
  if (resolved.problems.length > 0) {
    return {
      records: [],
      errors: resolved.problems.map((message) => ({ row: csv.headerLine, message, kind: "mapping" })),
      warnings: [],
      failed: [],
      totalRows: csv.rows.length,
      importableRows: 0,
      headers: csv.headers,
    };
  }
  return { ...planRows(csv.rows, csv.headers, resolved.mapping, options), totalRows: csv.rows.length, headers: csv.headers };
}

function planRows(rows: readonly CsvRow[], headers: readonly string[], mapping: ColumnMapping, options: RowOptions) {
  const errors: ImportPlanError[] = [];
  const failed: ImportPlan["failed"] = [];
  const byKey = new Map<string, { line: number; order: number; record: ImportRecord }>();
  const warningsByLine = new Map<number, CellProblem[]>();
  let order = 0;
  for (const row of rows) {
    const result = validateRow(row.cells, headers, mapping, options);
    if (!result.ok) {
      const message = result.errors.map((error) => error.message).join("; ");
      errors.push({ row: row.line, message, kind: "invalid" });
      failed.push({ line: row.line, cells: row.cells, message });
      continue;
    }
    warningsByLine.set(row.line, result.warnings);
    for (const record of [result.record, ...result.others]) {
      const key = `${record.platform}\u0000${record.handle}`;
      const earlier = byKey.get(key);
      if (earlier) {
        const shown = record.platform === "blog" ? record.handle : `@${record.handle}`;
        errors.push({
          row: earlier.line,
          message: `Replaced by line ${row.line}, which has the same ${PLATFORM_LABELS[record.platform]} handle ${shown}; the later row is imported`,
          kind: "duplicate",
        });
        byKey.delete(key);
      }
      byKey.set(key, { line: row.line, order: order++, record });
    }
  }
  const imported = [...byKey.values()].sort((a, b) => a.line - b.line || a.order - b.order);
  const lines = [...new Set(imported.map((r) => r.line))];
  errors.sort((a, b) => a.row - b.row);
  return {
    records: imported.map(({ line, record }) => ({ line, record })),
    errors,
    warnings: lines.flatMap((line) => (warningsByLine.get(line) ?? []).map((w) => ({ row: line, message: w.message }))),
    failed,
    importableRows: lines.length,
  };
}

/** "Import 7 rows", or "Import 6 of 7 rows — 1 has problems": the count is what will really import. */
export function importButtonLabel(total: number, importable: number, invalid: number): string {
  const n = (count: number) => count.toLocaleString("en-US");
  if (importable === total) return `Import ${n(total)} ${total === 1 ? "row" : "rows"}`;
  const problems = invalid ? ` — ${n(invalid)} ${invalid === 1 ? "has" : "have"} problems` : "";
  return `Import ${n(importable)} of ${n(total)} rows${problems}`;
}
