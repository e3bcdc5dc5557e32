/**
 * The "download failed rows" file: the rows that were not imported, as the user wrote them, with
 * the line they came from and what was wrong, so they can be fixed and uploaded again.
 */

import { toCsv } from "@/lib/csv";

/**
 * CSV text: columns `line`, `error`, then the original headers (leading, so the reason is visible
 * without scrolling; if the file already has a "line" or "error" column, the added ones are named
 * "import line" / "import error"). Each row's original cells follow, padded with empty cells;
 * cells beyond the header (a row with too many values) are kept, to the right.
 *
 * Written for spreadsheets with the app's CSV writer (lib/csv.ts: RFC 4180, CRLF, and a "'" before
 * cells that start with = + - @ so a spreadsheet does not run them as formulas; validateRow removes
 * that "'" when the file is uploaded again), preceded by a UTF-8 byte-order mark so Excel reads
 * accents and emoji correctly. No failed rows → header line only.
 */
export function failedRowsCsv(
  headers: readonly string[],
  failed: readonly { line: number; cells: readonly string[]; message: string }[],
): string {
  const taken = new Set(headers.map((header) => header.trim().toLowerCase()));
  const lineHeader = taken.has("line") ? "import line" : "line";
  const errorHeader = taken.has("error") ? "import error" : "error";
  const data = failed.map((row) => [
    String(row.line),
    row.message,
    ...headers.map((_, index) => row.cells[index] ?? ""),
    ...row.cells.slice(headers.length),
  ]);
  return `\uFEFF${toCsv([lineHeader, errorHeader, ...headers], data)}`;
}
