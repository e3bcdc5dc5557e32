/**
 * Layout helpers for the executed contract PDF (lib/contracts/pdf.ts): line wrapping, the text the
 * embedded font can draw, and the short forms the certificate page prints.
 *
 * Pure module: the width of a string is measured by a function the caller passes (the PDF font's
 * metrics), so these run and are tested without pdf-lib, a font file or a clock.
 */

/** Width of a string in points at the size being laid out. */
export type Measure = (text: string) => number;

/**
 * Breaks `text` into lines no wider than `maxWidth`.
 *
 * Every "\n" starts a new line and an empty line stays empty (paragraph breaks survive). Words are
 * separated by runs of spaces; a line never starts with the space it broke at. A word wider than the
 * whole line (a hash, a long URL) is cut by characters so nothing overflows the margin. A line that
 * starts with "- " (a list item in the rendered contract) continues with a two-space indent, so the
 * item reads as one block. Returns [""] for an empty text, never [].
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const out: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, "\n").split("\n")) {
    const bullet = /^\s*- /.test(paragraph);
    const indent = bullet ? "  " : "";
    const words = paragraph.trim() === "" ? [] : paragraph.trimEnd().split(/ +/);
    if (words.length === 0) {
      out.push("");
      continue;
    }
    let line = "";
    const flush = () => {
      out.push(line);
      line = indent;
    };
    for (const word of words) {
      const candidate = line.trim() === "" ? line + word : `${line} ${word}`;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line.trim() !== "") flush();
      // The word alone (after the indent) still doesn't fit: cut it into pieces that do.
      let rest = word;
      while (measure(line + rest) > maxWidth && rest.length > 1) {
        let take = 1;
        while (take < rest.length && measure(line + rest.slice(0, take + 1)) <= maxWidth) take++;
        line += rest.slice(0, take);
        rest = rest.slice(take);
        flush();
      }
      line += rest;
    }
    out.push(line);
  }
  return out;
}

/**
 * Replaces what the font can't draw. Tabs become spaces; other control and format characters are
 * dropped (they draw nothing and could reorder text); any other character without a glyph becomes "?",
 * so a name in a script the font lacks is visibly incomplete rather than silently blank. The exact
 * text stays in the signed version and its hash, which the certificate page prints.
 */
export function drawableText(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = "";
  for (const ch of text.replace(/\t/g, " ")) {
    if (/[\p{Cc}\p{Cf}]/u.test(ch) && ch !== "\n") continue;
    out += ch === "\n" || hasGlyph(ch.codePointAt(0)!) ? ch : "?";
  }
  return out;
}

/** "2026-03-01 14:05:09 UTC": the one time format of the PDF, independent of locale and time zone. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, "Edge"],
  [/OPR\/(\d+)/, "Opera"],
  [/SamsungBrowser\/(\d+)/, "Samsung Internet"],
  [/Firefox\/(\d+)/, "Firefox"],
  [/FxiOS\/(\d+)/, "Firefox"],
  [/CriOS\/(\d+)/, "Chrome"],
  [/Chrome\/(\d+)/, "Chrome"],
  [/Version\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

/**
 * A user agent short enough for one table cell: "Chrome 131 on macOS" when browser and system are
 * recognised, else the raw string cut to `max` characters with "…". null or blank → "—".
 */
export function shortUserAgent(userAgent: string | null | undefined, max = 48): string {
  const ua = (userAgent ?? "").trim();
  if (ua === "") return "—";
  const browser = BROWSERS.map(([re, name]) => {
    const m = re.exec(ua);
    return m ? `${name} ${m[1]}` : null;
  }).find((x) => x !== null);
  const system = SYSTEMS.find(([re]) => re.test(ua))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  if (browser) return browser;
  return ua.length > max ? `${ua.slice(0, max - 1)}…` : ua;
}
