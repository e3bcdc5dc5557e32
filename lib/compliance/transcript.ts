/**
 * Transcript parsers: SubRip (.srt), WebVTT (.vtt) and plain timestamp lines ("0:05 text",
 * "1:02:03 text", "[00:05] text", YouTube's copied "0:05" line followed by the text line).
 *
 * All three: strip a UTF-8 BOM, accept CRLF/CR line endings, drop markup (<i>, <b>, <font …>,
 * <v Speaker>, <c.class>, inline <00:00:01.000> timestamps, {\an8}), decode the common HTML
 * entities, join a cue's lines with a space, collapse whitespace, and skip cues whose text ends
 * up empty. Times are seconds (milliseconds kept as fractions). Cues are returned in file order.
 * Bad input throws TranscriptParseError naming the 1-based line. Timestamp lines have no end
 * time (`end` is omitted rather than guessed).
 */

import type { TranscriptCue } from "./types";

export class TranscriptParseError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`Line ${line}: ${message}`);
    this.name = "TranscriptParseError";
    this.line = line;
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", lrm: "", rlm: "" };

/** Removes markup and entities from one cue's text and collapses whitespace. */
export function cleanCueText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, "")
    .replace(/\{\\[^}]*\}/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

function splitLines(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
}

const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/;

/**
 * "h:mm:ss(.mmm)", "mm:ss(,mmm)" → seconds, or null when malformed: minutes and seconds must be
 * below 60 when a larger unit precedes them ("1:75" is null).
 */
export function parseClock(value: string): number | null {
  const m = CLOCK.exec(value.trim());
  if (!m) return null;
  const h = m[1] === undefined ? 0 : Number(m[1]);
  const min = Number(m[2]);
  const s = Number(m[3]);
  if (s >= 60 || (m[1] !== undefined && min >= 60)) return null;
  const frac = m[4] === undefined ? 0 : Number(m[4].padEnd(3, "0")) / 1000;
  return h * 3600 + min * 60 + s + frac;
}

const TIMING = /^\s*(\S+)\s+-->\s+(\S+)(?:\s+.*)?$/;

function parseTiming(line: string, lineNo: number, example: string): { start: number; end: number } {
  const m = TIMING.exec(line);
  const start = m?.[1] === undefined ? null : parseClock(m[1]);
  const end = m?.[2] === undefined ? null : parseClock(m[2]);
  if (start === null || end === null) {
    throw new TranscriptParseError(lineNo, `expected a timing line like "${example}", got "${line.trim().slice(0, 80)}"`);
  }
  if (end < start) throw new TranscriptParseError(lineNo, `cue ends (${m?.[2]}) before it starts (${m?.[1]})`);
  return { start, end };
}

interface Block {
  firstLine: number;
  lines: string[];
}

function blocks(lines: string[], from = 0): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i] ?? "";
    if (line.trim() === "") {
      if (current) out.push(current);
      current = null;
    } else if (current) current.lines.push(line);
    else current = { firstLine: i + 1, lines: [line] };
  }
  if (current) out.push(current);
  return out;
}

function cue(start: number, end: number | undefined, textLines: string[]): TranscriptCue | null {
  const text = cleanCueText(textLines.join("\n"));
  if (text === "") return null;
  return end === undefined ? { start, text } : { start, end, text };
}

/** Parses a SubRip file. Each block: optional index line, timing line, text lines. */
export function parseSrt(raw: string): TranscriptCue[] {
  const out: TranscriptCue[] = [];
  for (const block of blocks(splitLines(raw))) {
    let t = 0;
    if (/^\s*\d+\s*$/.test(block.lines[0] ?? "") && !(block.lines[0] ?? "").includes("-->")) t = 1;
    const timing = block.lines[t] ?? "";
    const { start, end } = parseTiming(timing, block.firstLine + t, "00:00:01,000 --> 00:00:04,000");
    const c = cue(start, end, block.lines.slice(t + 1));
    if (c) out.push(c);
  }
  if (out.length === 0) throw new TranscriptParseError(1, "no subtitle cues found in the SRT file");
  return out;
}

/**
 * Parses a WebVTT file: the first line must start with "WEBVTT"; NOTE, STYLE and REGION blocks
 * are skipped; a cue may have an identifier line; cue settings after the timing are ignored.
 */
export function parseVtt(raw: string): TranscriptCue[] {
  const lines = splitLines(raw);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? "")) {
    throw new TranscriptParseError(1, `a WebVTT file must start with "WEBVTT", got "${(lines[0] ?? "").slice(0, 80)}"`);
  }
  const out: TranscriptCue[] = [];
  // The header is "WEBVTT" plus metadata lines ("Kind: captions") up to the first blank line.
  let headerEnd = 1;
  while (headerEnd < lines.length && (lines[headerEnd] ?? "").trim() !== "" && !(lines[headerEnd] ?? "").includes("-->")) headerEnd += 1;
  const body = blocks(lines, headerEnd);
  for (const block of body) {
    const head = block.lines[0] ?? "";
    if (/^(?:NOTE|STYLE|REGION)(?:\s|$)/.test(head)) continue;
    const t = head.includes("-->") ? 0 : 1;
    const timing = block.lines[t] ?? "";
    const { start, end } = parseTiming(timing, block.firstLine + t, "00:00:01.000 --> 00:00:04.000");
    const c = cue(start, end, block.lines.slice(t + 1));
    if (c) out.push(c);
  }
  return out;
}

const STAMP_LINE =
  /^\s*(?:\[\s*([\d:.,]+)\s*\]|\(\s*([\d:.,]+)\s*\)|(\d+:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)(?=\s|$|[-–—|:]))\s*(?:[-–—|:]\s*)?(.*)$/;

/**
 * Parses "timestamp text" lines: "0:05 text", "1:02:03 text", "[00:05] text", "(0:05) text",
 * "0:05 - text". A line that is only a timestamp starts a cue whose text is on the following
 * line(s); other lines without a timestamp continue the current cue. Text before the first
 * timestamp, or a malformed timestamp such as "1:75", throws naming the line.
 */
export function parseTimestampLines(raw: string): TranscriptCue[] {
  const out: TranscriptCue[] = [];
  let current: { start: number; lines: string[] } | null = null;
  const flush = () => {
    const c = current && cue(current.start, undefined, current.lines);
    if (c) out.push(c);
  };
  splitLines(raw).forEach((line, i) => {
    if (line.trim() === "") return;
    const m = STAMP_LINE.exec(line);
    if (!m) {
      if (!current)
        throw new TranscriptParseError(i + 1, `expected a timestamp such as "0:05" at the start, got "${line.trim().slice(0, 80)}"`);
      current.lines.push(line);
      return;
    }
    const stamp = m[1] ?? m[2] ?? m[3] ?? "";
    const start = parseClock(stamp);
    if (start === null) throw new TranscriptParseError(i + 1, `"${stamp}" is not a valid timestamp (use m:ss or h:mm:ss)`);
    flush();
    current = { start, lines: [m[4] ?? ""] };
  });
  flush();
  if (out.length === 0) throw new TranscriptParseError(1, "no timestamped lines found");
  return out;
}

/** A timing line with a mistyped arrow ("00:00:01,000 -> 00:00:02,000"): still SRT, reported as bad. */
const SRT_ARROW_TYPO = /^\s*\d[\d:.,]*\s*(?:-{1,3}|=+|—|–)>?\s*\d[\d:.,]*\s*$/;

/**
 * Detects the format and parses: "WEBVTT" first line → parseVtt; any "-->" timing line (or a
 * timing line with a mistyped arrow) → parseSrt; otherwise parseTimestampLines. Empty or blank
 * input throws.
 */
export function parseTranscript(raw: string): TranscriptCue[] {
  const lines = splitLines(raw);
  if (lines.every((l) => l.trim() === "")) throw new TranscriptParseError(1, "the transcript is empty");
  if (/^WEBVTT/.test(lines[0] ?? "")) return parseVtt(raw);
  if (lines.some((l) => l.includes("-->") || SRT_ARROW_TYPO.test(l))) return parseSrt(raw);
  return parseTimestampLines(raw);
}
