import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { CsvFormatError, parseCsv } from "@/lib/influencers/import";

/** Decodes like a careless upload handler: UTF-8, invalid bytes → U+FFFD, BOM kept. */
const fixture = (name: string): string =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(readFileSync(path.join(import.meta.dirname, "../fixtures/csv", name)));

function formatError(text: string): CsvFormatError {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof CsvFormatError) return error;
    throw error;
  }
  throw new Error("expected a CsvFormatError");
}

describe("parseCsv", () => {
  it("reads a plain comma file", () => {
    expect(parseCsv("handle,followers\njane,100\n")).toEqual({
      headers: ["handle", "followers"],
      headerLine: 1,
      delimiter: ",",
      rows: [{ line: 2, cells: ["jane", "100"] }],
    });
  });

  it("skips blank and whitespace-only lines but keeps spreadsheet line numbers", () => {
    const parsed = parseCsv("handle,followers\n\njane,100\n  ,  \n\nbob,200\n\n");
    expect(parsed.rows).toEqual([
      { line: 3, cells: ["jane", "100"] },
      { line: 6, cells: ["bob", "200"] },
    ]);
  });

  it("keeps quoted commas, doubled quotes and line breaks inside a cell; the row's line is where it starts", () => {
    const parsed = parseCsv('name,notes,followers\n"Doe, Jane","says ""hi""\nand bye",100\nbob,x,200');
    expect(parsed.rows).toEqual([
      { line: 2, cells: ["Doe, Jane", 'says "hi"\nand bye', "100"] },
      { line: 4, cells: ["bob", "x", "200"] },
    ]);
  });

  it("accepts CRLF and old-Mac CR line ends", () => {
    expect(parseCsv("handle,followers\r\njane,1\r\n\r\nbob,2\r\n").rows).toEqual([
      { line: 2, cells: ["jane", "1"] },
      { line: 4, cells: ["bob", "2"] },
    ]);
    expect(parseCsv("handle,followers\rjane,1\rbob,2").rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it("detects tab, semicolon and pipe delimiters from the header line", () => {
    expect(parseCsv("handle\tfollowers\njane\t1,200").delimiter).toBe("\t");
    expect(parseCsv("handle\tfollowers\njane\t1,200").rows[0]?.cells).toEqual(["jane", "1,200"]);
    expect(parseCsv("handle;followers\njane;1,5").rows[0]?.cells).toEqual(["jane", "1,5"]);
    expect(parseCsv("handle|followers\njane|1").delimiter).toBe("|");
  });

  it("honours an Excel sep= line and does not count it as the header", () => {
    const parsed = parseCsv("sep=;\nhandle;followers\njane;1");
    expect(parsed).toMatchObject({ delimiter: ";", headers: ["handle", "followers"], headerLine: 2 });
    expect(parsed.rows).toEqual([{ line: 3, cells: ["jane", "1"] }]);
  });

  it("names empty headers by position and makes repeated headers unique", () => {
    expect(parseCsv(" Handle ,,Followers,followers\na,b,1,2").headers).toEqual(["Handle", "Column 2", "Followers", "followers (2)"]);
  });

  it("accepts a single column when its header is an import field, and a header with no rows", () => {
    expect(parseCsv("Profile URL\nhttps://instagram.com/jane").rows).toEqual([{ line: 2, cells: ["https://instagram.com/jane"] }]);
    expect(parseCsv("handle,followers\n").rows).toEqual([]);
  });

  it("starts line numbers at the header's real line when the file opens with blank lines", () => {
    const parsed = parseCsv("\n\nhandle,followers\njane,1");
    expect(parsed.headerLine).toBe(3);
    expect(parsed.rows).toEqual([{ line: 4, cells: ["jane", "1"] }]);
  });
});

describe("parseCsv format errors", () => {
  it("rejects an empty file", () => {
    expect(formatError("")).toMatchObject({ code: "empty", userMessage: "The file is empty." });
    expect(formatError("\uFEFF \n\n ").code).toBe("empty");
    expect(formatError(" , ,\n,,").code).toBe("empty");
  });

  it("rejects binary content: NUL bytes, an xlsx (zip) or PDF signature, control characters", () => {
    const xlsx = new TextDecoder().decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08]));
    expect(formatError(xlsx)).toMatchObject({ code: "binary", name: "CsvFormatError" });
    expect(formatError("handle,followers\njane\u0000,1").code).toBe("binary");
    expect(formatError("%PDF-1.7\n...").code).toBe("binary");
    expect(formatError("\u0001\u0002\u0003abc\u0004\u0005").code).toBe("binary");
    expect(formatError(xlsx).userMessage).toContain("CSV UTF-8");
  });

  it("rejects text decoded from a non-UTF-8 file (replacement characters), saying how to fix it", () => {
    const error = formatError("handle,country\njos\uFFFD,M\uFFFDxico");
    expect(error.code).toBe("not_utf8");
    expect(error.userMessage).toBe(
      'The file is not UTF-8, so accented letters and emoji would come out garbled. Save it as CSV UTF-8 (in Excel: Save as → "CSV UTF-8 (Comma delimited)") and upload it again.',
    );
    expect(error.message).toBe(error.userMessage);
    expect(error).toBeInstanceOf(Error);
  });

  it("rejects HTML and JSON", () => {
    expect(formatError("<!DOCTYPE html><html>…</html>").code).toBe("not_csv");
    expect(formatError('[{"handle":"jane"}]').code).toBe("not_csv");
  });

  it("rejects text with no column structure and no recognisable header", () => {
    const error = formatError("Dear team\nplease find the list attached\nthanks");
    expect(error.code).toBe("not_csv");
    expect(error.userMessage).toContain("couldn't find columns");
  });

  it("rejects an unclosed quote, naming the line where it opens", () => {
    const error = formatError('handle,notes\njane,ok\nbob,"never closed\ncarl,x\n');
    expect(error.code).toBe("unclosed_quote");
    expect(error.userMessage).toMatch(/^Line 3: a quote/);
  });
});

describe("parseCsv on the sample files", () => {
  it("messy-roster.csv: quoted commas, a multi-line cell, blank lines and a whitespace-only row", () => {
    const parsed = parseCsv(fixture("messy-roster.csv"));
    expect(parsed.delimiter).toBe(",");
    expect(parsed.headers).toEqual(["Name", "Handle", "Platform", "Followers", "ER", "Email", "Country", "Niche", "Top Hashtags", "Notes"]);
    expect(parsed.rows.map((row) => row.line)).toEqual([2, 3, 5, 6, 7, 8, 10, 11, 13, 14, 15, 16]);
    expect(parsed.rows[0]?.cells[9]).toBe('Loves "clean" brands, vegan');
    expect(parsed.rows[5]?.cells[9]).toBe("Multi-line note:\nstreams at night");
    expect(parsed.rows[2]?.cells[3]).toBe("120,500");
  });

  it("roster-paste.tsv: a tab-separated paste from a spreadsheet", () => {
    const parsed = parseCsv(fixture("roster-paste.tsv"));
    expect(parsed.delimiter).toBe("\t");
    expect(parsed.headers).toEqual(["Username", "Platform", "Follower Count", "Engagement Rate (%)", "Category", "Location"]);
    expect(parsed.rows.map((row) => row.line)).toEqual([2, 3, 5, 6]);
    expect(parsed.rows[0]?.cells).toEqual(["@mila.makes", "Instagram", "12,400", "4.2", "DIY, Crafts", "Berlin, Germany"]);
  });

  it("roster-semicolon.csv: semicolons, with a quoted semicolon", () => {
    const parsed = parseCsv(fixture("roster-semicolon.csv"));
    expect(parsed.delimiter).toBe(";");
    expect(parsed.rows[2]?.cells[0]).toBe("Müller; Anna");
    expect(parsed.rows.map((row) => row.line)).toEqual([2, 3, 4, 5]);
  });

  it("bom-crlf.csv: the BOM is not part of the first header, CRLF inside a quoted cell becomes \\n", () => {
    const text = fixture("bom-crlf.csv");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = parseCsv(text);
    expect(parsed.headers[0]).toBe("handle");
    expect(parsed.rows.map((row) => row.line)).toEqual([2, 5]);
    expect(parsed.rows[0]?.cells[3]).toBe("Chef 👩‍🍳 in Lyon\nRecipes & café tips");
  });

  it("latin1-roster.csv decoded as UTF-8 is refused as not UTF-8", () => {
    const text = fixture("latin1-roster.csv");
    expect(text).toContain("\uFFFD");
    expect(formatError(text).code).toBe("not_utf8");
  });
});
