import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import {
  autoMapHeaders,
  CsvFormatError,
  failedRowsCsv,
  importButtonLabel,
  parseCsv,
  planImport,
  PREVIEW_ROW_COUNT,
  previewImport,
} from "@/lib/influencers/import";

/** Decodes like a careless upload handler: UTF-8, invalid bytes → U+FFFD, BOM kept. */
const fixture = (name: string): string =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(readFileSync(path.join(import.meta.dirname, "../fixtures/csv", name)));

const autoPlan = (text: string) => planImport(text, autoMapHeaders(parseCsv(text).headers));

describe("planImport on messy-roster.csv", () => {
  const text = fixture("messy-roster.csv");
  const plan = autoPlan(text);

  it("maps the headers automatically", () => {
    expect(autoMapHeaders(parseCsv(text).headers)).toEqual({
      Name: "display_name",
      Handle: "handle",
      Platform: "platform",
      Followers: "followers",
      ER: "engagement_rate",
      Email: "email",
      Country: "country",
      Niche: "niches",
      "Top Hashtags": "top_hashtags",
      Notes: "notes",
    });
  });

  it("imports the valid rows in file order, the later duplicate replacing the earlier", () => {
    expect(plan.totalRows).toBe(12);
    expect(plan.records.map((r) => [r.line, r.record.platform, r.record.handle, r.record.followers])).toEqual([
      [3, "tiktok", "tombakes", 2_400_000],
      [5, "instagram", "ana.lima", 120_500],
      [11, "instagram", "jane.doe", 50_000],
      [15, "pinterest", "pinlady", 15_000],
      [16, "twitter", "shorty", 3_000],
    ]);
  });

  it("normalises the messy values", () => {
    const byLine = new Map(plan.records.map((r) => [r.line, r.record]));
    expect(byLine.get(3)).toEqual({
      platform: "tiktok",
      handle: "tombakes",
      url: "https://www.tiktok.com/@TomBakes",
      displayName: "Tom Baker",
      email: "tom@bakes.co",
      followers: 2_400_000,
      engagementRate: 3.2,
      country: "GB",
      languages: [],
      niches: ["food", "baking"],
      tags: [],
      topHashtags: ["baking", "bread"],
      brandsWorkedWith: [],
    });
    expect(byLine.get(5)).toMatchObject({ email: "ANA@example.com", country: "BR", niches: ["travel", "food"], engagementRate: 0.061 });
    expect(byLine.get(15)).toMatchObject({ country: "FR", niches: ["home decor"], url: "https://www.pinterest.co.uk/pinlady/" });
  });

  it("reports each rejected row once, by line, with plain messages", () => {
    expect(plan.errors).toEqual([
      {
        row: 2,
        kind: "duplicate",
        message: "Replaced by line 11, which has the same Instagram handle @jane.doe; the later row is imported",
      },
      { row: 6, kind: "invalid", message: 'Followers "12abc" is not a number' },
      { row: 7, kind: "invalid", message: "Handle is missing (give a handle or a profile link)" },
      { row: 8, kind: "invalid", message: 'Email "gamer@" is not a valid email address' },
      { row: 10, kind: "invalid", message: 'Followers "1,2" uses a decimal comma; write 1.2' },
      {
        row: 13,
        kind: "invalid",
        message:
          'Platform "Snapchat" is not a supported platform (use Instagram, TikTok, YouTube, X (Twitter), Facebook, Twitch, Pinterest or Blog)',
      },
      {
        row: 14,
        kind: "invalid",
        message: "This row has 11 values but the header has 10 columns; a value containing the separator (like 120,500) must be in quotes",
      },
    ]);
  });

  it("collects warnings by line", () => {
    expect(plan.warnings).toEqual([
      { row: 5, message: 'ER "0.061" was read as 0.061%; if it is a fraction, write it as a percentage ("6.1%")' },
      { row: 16, message: 'Country "Narnia" is not a recognised country; it was left empty' },
    ]);
  });

  it("lists the invalid rows (not the superseded duplicate) with their original cells", () => {
    expect(plan.failed.map((f) => f.line)).toEqual([6, 7, 8, 10, 13, 14]);
    expect(plan.failed[2]?.cells[9]).toBe("Multi-line note:\nstreams at night");
  });
});

describe("planImport on the other sample files", () => {
  it("roster-paste.tsv (tabs)", () => {
    const plan = autoPlan(fixture("roster-paste.tsv"));
    expect(plan.records.map((r) => r.record)).toEqual([
      expect.objectContaining({
        platform: "instagram",
        handle: "mila.makes",
        followers: 12_400,
        engagementRate: 4.2,
        niches: ["diy", "crafts"],
        country: "DE",
      }),
      expect.objectContaining({ platform: "tiktok", handle: "chef_ko", followers: 1_100_000, country: "KR" }),
      expect.objectContaining({ platform: "youtube", handle: "techtalktim", followers: 310_000, country: "US" }),
    ]);
    expect(plan.errors).toEqual([{ row: 6, kind: "invalid", message: "Follower Count is missing" }]);
    expect(plan.warnings).toEqual([]);
  });

  it("roster-semicolon.csv (European export: decimal commas and dots are refused, not guessed)", () => {
    const plan = autoPlan(fixture("roster-semicolon.csv"));
    expect(plan.records.map((r) => [r.line, r.record.handle, r.record.followers, r.record.country])).toEqual([
      [2, "claire.style", 23_400, "FR"],
      [5, "sofia.ps", 45_000, "ES"],
    ]);
    expect(plan.errors).toEqual([
      { row: 3, kind: "invalid", message: 'Followers "8,5K" uses a decimal comma; write 8.5K' },
      { row: 4, kind: "invalid", message: 'Followers "1.234" must be a whole number' },
    ]);
  });

  it("bom-crlf.csv (BOM, CRLF, emoji and accents)", () => {
    const plan = autoPlan(fixture("bom-crlf.csv"));
    expect(plan.errors).toEqual([]);
    expect(plan.records).toEqual([
      {
        line: 2,
        record: expect.objectContaining({
          handle: "renee.cooks",
          followers: 18_500,
          bio: "Chef 👩‍🍳 in Lyon\nRecipes & café tips",
          country: "FR",
        }),
      },
      { line: 5, record: expect.objectContaining({ handle: "jose_travels", followers: 92_000, bio: "Viajes ✈️", country: "MX" }) },
    ]);
  });

  it("latin1-roster.csv throws CsvFormatError (not UTF-8)", () => {
    expect(() => autoPlan(fixture("latin1-roster.csv"))).toThrow(CsvFormatError);
  });
});

describe("planImport: duplicates and mapping problems", () => {
  it("lets the later of two valid duplicates win, and ignores an invalid duplicate", () => {
    const text = "handle,platform,followers\njane,IG,1\nbob,TikTok,2\n@Jane,Instagram,3\njane,IG,oops\n";
    const plan = autoPlan(text);
    expect(plan.records.map((r) => [r.line, r.record.handle, r.record.followers])).toEqual([
      [3, "bob", 2],
      [4, "jane", 3],
    ]);
    expect(plan.errors.map((e) => [e.row, e.kind])).toEqual([
      [2, "duplicate"],
      [5, "invalid"],
    ]);
    expect(plan.failed.map((f) => f.line)).toEqual([5]);
  });

  it("treats the same handle on two platforms as two influencers", () => {
    expect(autoPlan("handle,platform,followers\njane,IG,1\njane,TikTok,2").records).toHaveLength(2);
  });

  it("stops on mapping problems, reporting them on the header line", () => {
    const plan = planImport("handle,followers\njane,1", { handle: "handle", followers: null });
    expect(plan.records).toEqual([]);
    expect(plan.errors).toEqual([
      { row: 1, kind: "mapping", message: "No column is mapped to followers: the follower count is required." },
    ]);
    const missing = planImport("handle,followers\njane,1", { handle: "handle", followers: "followers", Platform: "platform" });
    expect(missing.errors[0]?.message).toBe('Column "Platform" (mapped to platform) is not in this file.');
  });
});

describe("previewImport", () => {
  it("maps automatically and shows per-cell problems and records for the first rows", () => {
    const preview = previewImport(fixture("messy-roster.csv"));
    expect(preview.totalRows).toBe(12);
    expect(preview.rows).toHaveLength(12);
    expect(preview.mappingProblems).toEqual([]);
    expect(preview.mapping.Followers).toBe("followers");
    const bad = preview.rows.find((r) => r.line === 6);
    expect(bad).toMatchObject({ record: null, problems: [{ column: "Followers", message: 'Followers "12abc" is not a number' }] });
    expect(preview.rows[0]?.record?.handle).toBe("jane.doe");
  });

  it("shows at most 20 rows but counts them all", () => {
    const text = ["handle,platform,followers", ...Array.from({ length: 45 }, (_, i) => `user${i},IG,${i}`)].join("\n");
    const preview = previewImport(text);
    expect(PREVIEW_ROW_COUNT).toBe(20);
    expect(preview.rows).toHaveLength(20);
    expect(preview.totalRows).toBe(45);
  });

  it("uses a given mapping, completing it with null and reporting its problems", () => {
    const preview = previewImport("User,Subs,Extra\njane,5", { User: "handle" });
    expect(preview.mapping).toEqual({ User: "handle", Subs: null, Extra: null });
    expect(preview.mappingProblems).toEqual(["No column is mapped to followers: the follower count is required."]);
  });

  it("throws CsvFormatError for unreadable files", () => {
    expect(() => previewImport("")).toThrow(CsvFormatError);
  });
});

describe("failedRowsCsv", () => {
  it("writes line and error columns before the original ones, quoting where needed", () => {
    const csv = failedRowsCsv(
      ["Handle", "Followers", "Notes"],
      [
        { line: 6, cells: ["badnum", "12abc", "a, b"], message: 'Followers "12abc" is not a number' },
        { line: 9, cells: ["short"], message: "Followers is missing" },
      ],
    );
    expect(csv).toBe(
      "\uFEFFline,error,Handle,Followers,Notes\r\n" +
        '6,"Followers ""12abc"" is not a number",badnum,12abc,"a, b"\r\n' +
        "9,Followers is missing,short,,\r\n",
    );
  });

  it("guards formula-like cells and keeps extra cells of an over-long row", () => {
    const csv = failedRowsCsv(["Handle", "Followers"], [{ line: 2, cells: ["@jane", "=1+1", "extra"], message: "bad" }]);
    expect(csv.split("\r\n")[1]).toBe("2,bad,'@jane,'=1+1,extra");
  });

  it("renames its columns when the file already has line/error columns, and has only a header for no rows", () => {
    expect(failedRowsCsv(["Line", "Error"], [])).toBe("\uFEFFimport line,import error,Line,Error\r\n");
  });

  it("round-trips: the downloaded file, fixed and re-uploaded, imports", () => {
    const text = fixture("messy-roster.csv");
    const csv = parseCsv(text);
    const plan = autoPlan(text);
    const download = failedRowsCsv(csv.headers, plan.failed);

    const again = parseCsv(download);
    expect(again.headers.slice(0, 2)).toEqual(["line", "error"]);
    expect(again.rows.map((r) => Number(r.cells[0]))).toEqual([6, 7, 8, 10, 13, 14]);
    expect(autoMapHeaders(again.headers)).toMatchObject({ line: null, error: null, Followers: "followers" });

    const fixed = download.replace(",12abc,", ",12000,").replace(",gamer@,", ",gamer@example.com,");
    const replan = autoPlan(fixed);
    expect(replan.records.map((r) => r.record.handle)).toEqual(["badnum", "gamerguy"]);
    // the Gamer Guy row spans lines 4–5 (its note has a line break)
    expect(replan.errors.map((e) => e.row)).toEqual([3, 6, 7, 8]);
  });
});

/** A normal spreadsheet: one "Instagram" column of handles, no platform column. */
const INSTAGRAM_SHEET = [
  "Name,Instagram,Followers,Email",
  "Ava Rivera,@ava.rivera,12.4K,ava@example.com",
  "Noah Kim,noahkim,8200,",
  "Maya Silva,https://www.instagram.com/maya.silva/,48K,",
  "Leo Novak,leo_novak,15000,leo@example.com",
  "Zoe Hill,@zoehill,not sure,",
  "Omar Khan,omar.khan,2.1M,",
  "Isla Costa,isla.costa,31000,",
].join("\n");

describe("a sheet with a platform-named column", () => {
  it("maps the column to that platform's handles, so every good row imports", () => {
    const preview = previewImport(INSTAGRAM_SHEET);
    expect(preview.mapping.Instagram).toBe("instagram_handle");
    expect(preview.mappingProblems).toEqual([]);
    expect(preview).toMatchObject({ totalRows: 7, importableRows: 6, invalidRows: 1 });
    const plan = autoPlan(INSTAGRAM_SHEET);
    expect(plan.records.map((r) => `${r.record.platform}:${r.record.handle}`)).toEqual([
      "instagram:ava.rivera",
      "instagram:noahkim",
      "instagram:maya.silva",
      "instagram:leo_novak",
      "instagram:omar.khan",
      "instagram:isla.costa",
    ]);
    expect(plan.errors).toEqual([{ row: 6, kind: "invalid", message: 'Followers "not sure" is not a number' }]);
  });

  it("counts what will import when the rows need the file-wide platform", () => {
    const sheet = "Name,Handle,Followers\nA,a1,100\nB,b1,200\nC,,300\n";
    expect(previewImport(sheet)).toMatchObject({ totalRows: 3, importableRows: 0, invalidRows: 3 });
    expect(previewImport(sheet, undefined, { defaultPlatform: "tiktok" })).toMatchObject({ importableRows: 2, invalidRows: 1 });
    expect(
      planImport(sheet, autoMapHeaders(["Name", "Handle", "Followers"]), { defaultPlatform: "tiktok" }).records.map(
        (r) => r.record.platform,
      ),
    ).toEqual(["tiktok", "tiktok"]);
  });

  it("plans each account of a multi-platform row with the row's line, and a later row's account replaces only that account", () => {
    const sheet = ["Name,Instagram,IG followers,TikTok,TikTok followers", "Jane,jane,1000,janetok,5000", "Jane again,jane,1200,,"].join(
      "\n",
    );
    const plan = autoPlan(sheet);
    expect(plan.records.map((r) => [r.line, r.record.platform, r.record.followers])).toEqual([
      [2, "tiktok", 5000],
      [3, "instagram", 1200],
    ]);
    expect(plan.importableRows).toBe(2);
    expect(plan.errors.map((e) => e.kind)).toEqual(["duplicate"]);
  });
});

describe("importButtonLabel", () => {
  it("counts what will import", () => {
    expect(importButtonLabel(7, 7, 0)).toBe("Import 7 rows");
    expect(importButtonLabel(1, 1, 0)).toBe("Import 1 row");
    expect(importButtonLabel(7, 6, 1)).toBe("Import 6 of 7 rows — 1 has problems");
    expect(importButtonLabel(2_500, 2_000, 300)).toBe("Import 2,000 of 2,500 rows — 300 have problems");
    expect(importButtonLabel(3, 2, 0)).toBe("Import 2 of 3 rows");
  });

  it("reads 'Import 6 of 7 rows' for a 7-row sheet with an Instagram column and one bad row", () => {
    const p = previewImport(INSTAGRAM_SHEET);
    expect(importButtonLabel(p.totalRows, p.importableRows, p.invalidRows)).toBe("Import 6 of 7 rows — 1 has problems");
  });
});
