import { readFileSync } from "node:fs";
import path from "node:path";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  checkDisclosure,
  cleanCueText,
  parseClock,
  parseSrt,
  parseTimestampLines,
  parseTranscript,
  parseVtt,
  TranscriptParseError,
} from "@/lib/compliance";

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../fixtures/transcripts", name), "utf8");

/** Expects `fn` to throw a TranscriptParseError at `line` whose message matches `pattern`. */
function expectParseError(fn: () => unknown, line: number, pattern: RegExp) {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(TranscriptParseError);
  expect(caught).toBeInstanceOf(Error);
  const e = caught as TranscriptParseError;
  expect(e.line).toBe(line);
  expect(e.message).toMatch(new RegExp(`^Line ${line}: `));
  expect(e.message).toMatch(pattern);
}

describe("parseClock", () => {
  it.each([
    ["0:05", 5],
    ["00:05", 5],
    ["1:02:03", 3723],
    ["00:00:01,500", 1.5],
    ["00:00:01.5", 1.5],
    ["00:01.250", 1.25],
    ["100:00:00.000", 360_000],
  ])("%s → %d", (value, seconds) => {
    expect(parseClock(value)).toBeCloseTo(seconds, 6);
  });

  it.each(["1:75", "1:60:00", "abc", "", "5", "1:2", "1:02:03:04"])("%j → null", (value) => {
    expect(parseClock(value)).toBeNull();
  });
});

describe("cleanCueText", () => {
  it("drops markup, decodes entities and collapses whitespace", () => {
    expect(cleanCueText('<v Mia>Hi</v> <i>there</i> <font color="#fff">you</font>')).toBe("Hi there you");
    expect(cleanCueText("<c.yellow>a</c> <00:00:01.000>b &amp; c &lt;3 &#39;d&#x27;")).toBe("a b & c <3 'd'");
    expect(cleanCueText("{\\an8}top\n  line")).toBe("top line");
    expect(cleanCueText("&unknown; stays")).toBe("&unknown; stays");
    expect(cleanCueText("  ")).toBe("");
  });
});

describe("parseSrt", () => {
  it("parses a real-looking file: BOM, CRLF, multi-line cues, tags, entities", () => {
    const raw = fixture("sponsored-video.srt");
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw).toContain("\r\n");
    expect(parseSrt(raw)).toEqual([
      { start: 1, end: 4.2, text: "Hey everyone, welcome back!" },
      { start: 4.2, end: 8, text: "This video is sponsored by Glowly." },
      { start: 8, end: 12.5, text: "Let's get into my morning routine." },
      { start: 65, end: 69, text: "It honestly cures my acne overnight!" },
    ]);
  });

  it("accepts missing index lines, dot milliseconds, CR-only endings, extra blank lines and empty cues", () => {
    const raw =
      "\r\r00:00:01.000 --> 00:00:02.000\rfirst\r\r\r\r2\r00:00:03,000 --> 00:00:04,000 X1:10 X2:20\r\r3\r00:00:05,000 --> 00:00:06,000\rthird\r";
    expect(parseSrt(raw)).toEqual([
      { start: 1, end: 2, text: "first" },
      { start: 5, end: 6, text: "third" },
    ]);
  });

  it("names the bad line", () => {
    expectParseError(() => parseSrt("1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\nhello\nworld\n"), 6, /timing line/);
    expectParseError(() => parseSrt("1\n00:00:05,000 --> 00:00:02,000\nback in time\n"), 2, /ends .* before it starts/);
    expectParseError(() => parseSrt("1\n00:00:01,000 --> 00:01:75,000\nx\n"), 2, /timing line/);
    expectParseError(() => parseSrt(""), 1, /no subtitle cues/);
  });
});

describe("parseVtt", () => {
  it("parses a real-looking file: header metadata, NOTE/STYLE blocks, ids, settings, <v>, inline times", () => {
    expect(parseVtt(fixture("sponsored-video.vtt"))).toEqual([
      { start: 1, end: 4.2, text: "Hey everyone, welcome back!" },
      { start: 4.2, end: 8, text: "This video is sponsored by Glowly." },
      { start: 65, end: 69, text: "Let's try the serum & the cream." },
    ]);
  });

  it("handles BOM + CRLF and mm:ss.ttt timings", () => {
    const raw = "\uFEFFWEBVTT\r\n\r\n1\r\n00:01.000 --> 00:04.000 align:middle\r\n<v.loud Sam>Today's sponsor\r\nis Glowly</v>\r\n";
    expect(parseVtt(raw)).toEqual([{ start: 1, end: 4, text: "Today's sponsor is Glowly" }]);
  });

  it("names the bad line", () => {
    expectParseError(() => parseVtt("1\n00:00:01,000 --> 00:00:02,000\nx"), 1, /must start with "WEBVTT"/);
    expectParseError(() => parseVtt("WEBVTT\n\nintro\nnot a timing line\ntext\n"), 4, /timing line/);
    expectParseError(() => parseVtt("WEBVTT\n\n00:00:09.000 --> 00:00:08.000\nx\n"), 3, /before it starts/);
  });
});

describe("parseTimestampLines", () => {
  it("reads 'm:ss text', 'h:mm:ss text', '[mm:ss] text', '(m:ss) text' and 'm:ss - text'", () => {
    const raw = "0:05 hello there\n1:02:03 an hour in\n[00:07] bracketed\n(0:09) parenthesised\n0:11 - dashed\n[1:00:00.5] fractional";
    expect(parseTimestampLines(raw)).toEqual([
      { start: 5, text: "hello there" },
      { start: 3723, text: "an hour in" },
      { start: 7, text: "bracketed" },
      { start: 9, text: "parenthesised" },
      { start: 11, text: "dashed" },
      { start: 3600.5, text: "fractional" },
    ]);
  });

  it("reads YouTube's copied transcript (timestamp line, then text lines)", () => {
    expect(parseTimestampLines(fixture("youtube-copy.txt"))).toEqual([
      { start: 0, text: "hey everyone welcome back to the channel" },
      { start: 4, text: "today's video is sponsored by Glowly" },
      { start: 31, text: "let's get into it" },
      { start: 3723, text: "thanks for hanging out this long" },
    ]);
  });

  it("names the bad line", () => {
    expectParseError(() => parseTimestampLines("Transcript of my video\n0:05 hi"), 1, /expected a timestamp/);
    expectParseError(() => parseTimestampLines("0:05 hi\n\n1:75 bad"), 3, /"1:75" is not a valid timestamp/);
    expectParseError(() => parseTimestampLines("\n \n"), 1, /no timestamped lines/);
  });

  it("round-trips generated transcripts", () => {
    const line = fc
      .string({ minLength: 1, maxLength: 40 })
      .map((s) => s.replace(/[\s<>&{}]+/g, " ").trim())
      .filter((s) => s !== "" && !/^[\d[(:\-–—|]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 40_000 }), line), { minLength: 1, maxLength: 20 }), (rows) => {
        const fmt = (t: number) =>
          `${Math.floor(t / 3600)}:${String(Math.floor((t % 3600) / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
        const raw = rows.map(([t, text]) => `${fmt(t)} ${text}`).join("\r\n");
        expect(parseTimestampLines(raw)).toEqual(rows.map(([start, text]) => ({ start, text })));
      }),
    );
  });
});

describe("parseTranscript", () => {
  it("detects each format", () => {
    expect(parseTranscript(fixture("sponsored-video.vtt"))[0]?.text).toBe("Hey everyone, welcome back!");
    expect(parseTranscript(fixture("sponsored-video.srt"))).toHaveLength(4);
    expect(parseTranscript(fixture("livestream.txt"))).toHaveLength(5);
    expect(parseTranscript("\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\nhi")).toEqual([{ start: 1, end: 2, text: "hi" }]);
  });

  it("rejects blank input and reports SRT mistakes as SRT", () => {
    expectParseError(() => parseTranscript(" \r\n "), 1, /empty/);
    expectParseError(() => parseTranscript("1\n00:00:01,000 -> 00:00:02,000\nhi"), 2, /timing line like "00:00:01,000 --> /);
  });
});

describe("parsed transcripts feed the checker", () => {
  it("SRT: spoken disclosure at 0:04 passes, the spoken claim at 1:05 is flagged", () => {
    const r = checkDisclosure({
      text: "#ad my routine",
      platform: "youtube",
      brand: "Glowly",
      transcript: parseTranscript(fixture("sponsored-video.srt")),
    });
    expect(r.findings.map((f) => f.code)).toEqual(["UNSUBSTANTIATED_CLAIM"]);
    expect(r.findings[0]?.message).toMatch(/1:05/);
  });

  it("timestamp lines: a livestream that stops repeating the disclosure", () => {
    const r = checkDisclosure({
      text: "Ad: skincare stream",
      platform: "twitch",
      brand: "Glowly",
      transcript: parseTranscript(fixture("livestream.txt")),
    });
    expect(r.findings.map((f) => f.code)).toEqual(["LIVESTREAM_DISCLOSURE_NOT_REPEATED"]);
    expect(r.findings[0]?.message).toMatch(/29:30 and 1:40:00/);
  });
});
