// CSV writing (lib/csv.ts): RFC 4180 quoting and spreadsheet-formula neutralising.
import { describe, expect, it } from "vitest";

import { csvCell, toCsv } from "@/lib/csv";

describe("csvCell", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    ["", ""],
    ["plain", "plain"],
    [42, "42"],
    [0, "0"],
    [true, "true"],
    ["with space", "with space"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["carriage\rreturn", '"carriage\rreturn"'],
    ["crlf\r\nend", '"crlf\r\nend"'],
    ['"', '""""'],
  ])("%j → %j", (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tTAB", "'\tTAB"],
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ["=1,2", `"'=1,2"`],
    ["\r=1", `"'\r=1"`],
  ])("neutralises a formula: %j → %j", (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it("writes a negative number as a number, not as neutralised text", () => {
    expect(csvCell(-86.75)).toBe("-86.75");
    expect(csvCell(-0.5)).toBe("-0.5");
    expect(csvCell(-1e-7)).toBe("-1e-7");
    expect(csvCell(-12n)).toBe("-12");
    // The same text as a string is still neutralised, and a non-finite number is not a number to a spreadsheet.
    expect(csvCell("-86.75")).toBe("'-86.75");
    expect(csvCell(-Infinity)).toBe("'-Infinity");
  });

  it("leaves a formula character that isn't first alone", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("x@example.com")).toBe("x@example.com");
  });
});

describe("toCsv", () => {
  it("writes a header row and rows, CRLF-terminated", () => {
    expect(
      toCsv(
        ["name", "note"],
        [
          ["Ada", "likes, commas"],
          ["=bad", null],
        ],
      ),
    ).toBe('name,note\r\nAda,"likes, commas"\r\n\'=bad,\r\n');
  });

  it("no rows: just the header", () => {
    expect(toCsv(["a", "b"], [])).toBe("a,b\r\n");
  });

  it("neutralises headers too", () => {
    expect(toCsv(["=h"], [])).toBe("'=h\r\n");
  });
});
