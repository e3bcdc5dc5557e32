// Content-type sniffing from the first bytes of a file. Binary formats by their magic numbers, read
// by the `file-type` package (only the types in kinds.ts are then accepted); text has no magic number,
// so plain text that is not markup is taken as CSV — the one text kind we accept. The file name and
// the type the client claims are never consulted: a ".png" that is really HTML sniffs as null.
import { fileTypeFromBuffer } from "file-type";

import { kindOf, type FileKind } from "./kinds";

/** How many leading bytes sniffing needs (file-type reads at most 4,100 for the formats we accept). */
export const SNIFF_BYTES = 4100;

export type Sniffed = { contentType: string; kind: FileKind };

/** The content type and kind of a file from its first bytes, or null when it is none we accept. */
export async function sniff(head: Uint8Array): Promise<Sniffed | null> {
  if (head.length === 0) return null;
  const detected = await fileTypeFromBuffer(head);
  if (detected) {
    const kind = kindOf(detected.mime);
    return kind ? { contentType: detected.mime, kind } : null;
  }
  return looksLikeCsv(head) ? { contentType: "text/csv", kind: "csv" } : null;
}

/**
 * Text without NUL or other control bytes (tab, line breaks and form feed allowed) whose first
 * non-blank character is not "<": HTML, SVG and XML are refused even when named .csv. Any 8-bit
 * encoding passes (rosters arrive in Latin-1 as well as UTF-8; the importer decodes them).
 */
export function looksLikeCsv(head: Uint8Array): boolean {
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3; // UTF-8 byte-order mark
  let firstVisible: number | null = null;
  for (; i < head.length; i++) {
    const b = head[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
    if (b === 0x7f) return false;
    if (firstVisible === null && b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) firstVisible = b;
  }
  return firstVisible !== null && firstVisible !== 0x3c; // "<"
}
