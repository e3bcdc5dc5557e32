/**
 * CSV reading for influencer imports: text in, header and rows (with their spreadsheet line
 * numbers) out, or a {@link CsvFormatError} that says in plain words what is wrong with the file.
 * Pure: the caller reads the upload and decodes it (as UTF-8, replacing invalid bytes with U+FFFD).
 */

import Papa from "papaparse";

import { autoMapHeaders } from "./fields";

export type CsvFormatErrorCode = "empty" | "binary" | "not_utf8" | "not_csv" | "unclosed_quote";

/** The file cannot be read as a CSV at all. `userMessage` is safe and meant to be shown as is. */
export class CsvFormatError extends Error {
  readonly code: CsvFormatErrorCode;
  readonly userMessage: string;

  constructor(code: CsvFormatErrorCode, userMessage: string) {
    super(userMessage);
    this.name = "CsvFormatError";
    this.code = code;
    this.userMessage = userMessage;
  }
}

export type CsvDelimiter = "," | ";" | "\t" | "|";

export interface CsvRow {
  /** Line in the file where the row starts (the first line is 1), as a spreadsheet numbers it. */
  line: number;
  /** Cells as written (quotes removed, whitespace kept), one per column of that row. */
  cells: string[];
}

export interface ParsedCsv {
  /** Trimmed header cells; empty ones become "Column 3", repeats become "Followers (2)". */
  headers: string[];
  /** Line of the header row (1 unless the file starts with blank lines or "sep=;"). */
  headerLine: number;
  /** Data rows, blank lines skipped. */
  rows: CsvRow[];
  delimiter: CsvDelimiter;
}

/** Delimiters tried, in tie-break order: a spreadsheet paste (tab) beats a European export (";"). */
const DELIMITERS: readonly CsvDelimiter[] = ["\t", ";", ",", "|"];

const MESSAGES = {
  empty: "The file is empty.",
  binary:
    "This file is not a CSV (it looks like an Excel workbook, PDF or other binary file). In your spreadsheet app, use Save as / Download → CSV UTF-8 and upload that file.",
  not_utf8:
    'The file is not UTF-8, so accented letters and emoji would come out garbled. Save it as CSV UTF-8 (in Excel: Save as → "CSV UTF-8 (Comma delimited)") and upload it again.',
  not_csv_markup: "This looks like a web page or JSON file, not a CSV.",
  not_csv_columns:
    "We couldn't find columns in this file. A CSV needs a header row such as handle,platform,followers, with columns separated by commas, semicolons or tabs.",
} as const;

/** NUL, a zip/xlsx or PDF signature, or more than 1% control characters in the first 64 KB. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000") || text.startsWith("PK\u0003\u0004") || text.startsWith("%PDF-")) return true;
  const head = text.slice(0, 65_536);
  const controls = head.match(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls > head.length / 100;
}

/** Counts each candidate delimiter outside double quotes in one line and picks the most frequent. */
function guessDelimiter(line: string): CsvDelimiter | null {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch as CsvDelimiter)) counts.set(ch as CsvDelimiter, (counts.get(ch as CsvDelimiter) ?? 0) + 1);
  }
  let best: CsvDelimiter | null = null;
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = d;
  return best;
}

function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const base = cell.trim() === "" ? `Column ${index + 1}` : cell.trim();
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === "");

/**
 * Parses CSV text with papaparse.
 *
 * - A leading byte-order mark is removed; CRLF, LF and CR line ends are all accepted.
 * - The delimiter is the most frequent of tab, ";", "," and "|" in the header line (outside
 *   quotes), so a paste from a spreadsheet (tabs) and a European Excel export (";") both work; an
 *   Excel "sep=;" first line is honoured and skipped.
 * - Quoted cells may contain delimiters, doubled quotes and line breaks; such a row's `line` is the
 *   line where it starts. Blank lines (and rows whose cells are all blank) are skipped without
 *   shifting the line numbers of later rows. The first non-blank row is the header.
 *
 * Throws {@link CsvFormatError} for: an empty file, or one whose rows are all blank ("empty"); NUL bytes, xlsx/PDF signatures or many control characters ("binary"); U+FFFD
 * replacement characters, which is what invalid UTF-8 becomes when decoded ("not_utf8"); HTML/XML or
 * JSON, or a single column whose header is not an import field ("not_csv"); a quote that is never
 * closed ("unclosed_quote", naming the line). A file with a header and no data rows is valid.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new CsvFormatError("empty", MESSAGES.empty);
  if (looksBinary(text)) throw new CsvFormatError("binary", MESSAGES.binary);
  if (text.includes("\uFFFD")) throw new CsvFormatError("not_utf8", MESSAGES.not_utf8);
  if (/^\s*[<{[]/.test(text)) throw new CsvFormatError("not_csv", MESSAGES.not_csv_markup);

  const lines = text.split("\n");
  let first = lines.findIndex((line) => line.trim() !== "");
  let delimiter: CsvDelimiter | null = null;
  const sep = /^sep=(.)\s*$/i.exec(lines[first] ?? "");
  if (sep && DELIMITERS.includes(sep[1] as CsvDelimiter)) {
    delimiter = sep[1] as CsvDelimiter;
    first = lines.findIndex((line, index) => index > first && line.trim() !== "");
    if (first === -1) throw new CsvFormatError("empty", MESSAGES.empty);
  }
  delimiter ??= guessDelimiter(lines[first] ?? "");
  const startOffset = lines.slice(0, first).reduce((sum, line) => sum + line.length + 1, 0);

  const parsed: CsvRow[] = [];
  let cursor = startOffset;
  let line = first + 1;
  Papa.parse<string[]>(text.slice(startOffset), {
    delimiter: delimiter ?? ",",
    newline: "\n",
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      if (result.errors.some((error) => error.type === "Quotes")) {
        throw new CsvFormatError(
          "unclosed_quote",
          `Line ${line}: a quote (") is opened but never closed, so the rest of the file would be read as one cell. Fix the quotes on that line and upload again.`,
        );
      }
      const end = startOffset + result.meta.cursor;
      parsed.push({ line, cells: result.data });
      for (let i = cursor; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      cursor = end;
    },
  });

  const [header, ...rest] = parsed.filter((row) => !isBlank(row.cells));
  if (!header) throw new CsvFormatError("empty", MESSAGES.empty);
  const headers = uniqueHeaders(header.cells);
  if (headers.length === 1 && Object.values(autoMapHeaders(headers)).every((field) => field === null)) {
    throw new CsvFormatError("not_csv", MESSAGES.not_csv_columns);
  }
  return { headers, headerLine: header.line, rows: rest, delimiter: delimiter ?? "," };
}
