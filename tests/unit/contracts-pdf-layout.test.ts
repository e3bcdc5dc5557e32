// The executed PDF's layout helpers: wrapping (paragraphs, list items, words longer than a line),
// what the font can't draw, the UTC time format and the short user agent of the certificate page.
import { describe, expect, it } from "vitest";

import { drawableText, formatUtc, shortUserAgent, wrapText } from "@/lib/contracts/pdf-layout";

// One unit per character: widths are easy to reason about.
const mono = (s: string) => s.length;

describe("wrapText", () => {
  it("fills lines up to the width and breaks at spaces, never starting a line with the space", () => {
    expect(wrapText("the quick brown fox jumps", 10, mono)).toEqual(["the quick", "brown fox", "jumps"]);
    expect(wrapText("exactly ten", 11, mono)).toEqual(["exactly ten"]);
    expect(wrapText("exactly ten", 10, mono)).toEqual(["exactly", "ten"]);
  });

  it("keeps paragraph breaks and empty lines, and returns one empty line for empty text", () => {
    expect(wrapText("one\n\ntwo", 20, mono)).toEqual(["one", "", "two"]);
    expect(wrapText("a\r\nb", 20, mono)).toEqual(["a", "b"]);
    expect(wrapText("", 20, mono)).toEqual([""]);
  });

  it("continues a list item with a two-space indent", () => {
    expect(wrapText("- 1 × Post on Instagram, by 1 June 2026", 16, mono)).toEqual(["- 1 × Post on", "  Instagram, by", "  1 June 2026"]);
  });

  it("cuts a word wider than the line (a SHA-256) into pieces that fit", () => {
    const hash = "9936d3684d08051e253a26940b0f1472";
    const lines = wrapText(`hash ${hash} end`, 10, mono);
    expect(lines.every((l) => l.length <= 10)).toBe(true);
    expect(lines.join("").replace(/ /g, "")).toBe(`hash${hash}end`);
    expect(lines[0]).toBe("hash");
  });

  it("never loops or overflows when even one character is wider than the line", () => {
    expect(wrapText("abc", 0.5, mono)).toEqual(["a", "b", "c"]);
  });
});

describe("drawableText", () => {
  const latin = (cp: number) => cp < 0x250;
  it("keeps what the font has, turns tabs into spaces, drops control and format characters", () => {
    expect(drawableText("Zoë\tŁ", latin)).toBe("Zoë Ł");
    expect(drawableText("a\u0007b\u200ec\u202ed", latin)).toBe("abcd");
    expect(drawableText("line\nbreak", latin)).toBe("line\nbreak");
  });
  it("marks a character without a glyph with '?', so a missing script is visible", () => {
    expect(drawableText("Mei 王", latin)).toBe("Mei ?");
    expect(drawableText("😀", latin)).toBe("?");
  });
});

describe("formatUtc", () => {
  it("prints seconds in UTC whatever the time zone", () => {
    expect(formatUtc(new Date("2026-03-01T23:59:59.999+05:00"))).toBe("2026-03-01 18:59:59 UTC");
  });
});

describe("shortUserAgent", () => {
  it("names browser and system for common agents", () => {
    expect(
      shortUserAgent(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      ),
    ).toBe("Chrome 131 on macOS");
    expect(
      shortUserAgent(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("Safari 17 on iOS");
    expect(shortUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36 Edg/130.0.1")).toBe(
      "Edge 130 on Windows",
    );
    expect(shortUserAgent("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")).toBe("Firefox 128 on Linux");
    expect(shortUserAgent("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36")).toBe(
      "Chrome 126 on Android",
    );
  });
  it("cuts an unknown agent to the limit with an ellipsis, and shows a dash for none", () => {
    expect(shortUserAgent("curl/8.5.0")).toBe("curl/8.5.0");
    const long = shortUserAgent("x".repeat(100), 20);
    expect(long).toHaveLength(20);
    expect(long.endsWith("…")).toBe(true);
    expect(shortUserAgent(null)).toBe("—");
    expect(shortUserAgent("   ")).toBe("—");
  });
});
