import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { failedRowsCsv, normalizeHandle, parseCsv, parseNumberish } from "@/lib/influencers/import";
import { formatCount } from "@/lib/metrics";
import { PLATFORMS } from "@/lib/vocabulary";

const hint = fc.constantFrom(...PLATFORMS, undefined, null);

/** Handle-like input: bits of URLs, "@", separators, letters, spaces and odd characters. */
const handleish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "@",
        "https://",
        "http://",
        "www.",
        "instagram.com/",
        "tiktok.com/@",
        "youtube.com/c/",
        "youtube.com/@",
        "x.com/",
        "twitch.tv/",
        "pinterest.co.uk/",
        "facebook.com/",
        "medium.com/",
        "janesbakes.com",
        "/",
        "?hl=en",
        "#top",
        ".",
        "_",
        "-",
        " ",
        "%40",
        "%2540",
        "p/",
        "stories/",
        "www.web.dev/",
      ),
      fc.stringMatching(/^[A-Za-z0-9]{1,6}$/),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));

const value = (input: string): number | null => {
  const result = parseNumberish(input);
  if (!result.ok) throw new Error(`${input}: ${result.error}`);
  return result.value;
};

/** Formats like a roster export: 48200 → "48.2K", 2400000 → "2.4M" (one decimal, trailing ".0" dropped). */
function abbreviate(n: number): { text: string; unit: number } {
  const [unit, suffix] = n >= 1e9 ? [1e9, "B"] : n >= 1e6 ? [1e6, "M"] : n >= 1e3 ? [1e3, "K"] : [1, ""];
  return { text: `${(n / unit).toFixed(1).replace(/\.0$/, "")}${suffix}`, unit };
}

describe("properties", () => {
  it("normalizeHandle is idempotent: a normalised handle normalises to itself on its own platform", () => {
    fc.assert(
      fc.property(fc.oneof(handleish, fc.string()), hint, (input, platformHint) => {
        const first = normalizeHandle(input, platformHint);
        if (!first.ok) return;
        // A profile link decides the platform (youtube.com/… with a blog hint is a YouTube handle);
        // the stored handle is re-read under that platform, not the hint it was imported with.
        const second = normalizeHandle(first.handle, first.platform ?? platformHint);
        expect(second).toMatchObject({ ok: true, handle: first.handle });
      }),
      { numRuns: 2_000 },
    );
  });

  it("normalizeHandle output is lower case, without a leading @ and within the loose charset", () => {
    fc.assert(
      fc.property(handleish, hint, (input, platformHint) => {
        const result = normalizeHandle(input, platformHint);
        if (!result.ok) return;
        expect(result.handle).toBe(result.handle.toLowerCase());
        expect(result.handle.startsWith("@")).toBe(false);
        if ((result.platform ?? platformHint) !== "blog") expect(result.handle).toMatch(/^[a-z0-9._-]+$/);
      }),
      { numRuns: 1_000 },
    );
  });

  it("parseNumberish(String(n)) = n for every non-negative safe integer", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(parseNumberish(String(n))).toEqual({ ok: true, value: n, percent: false, abbreviated: false });
      }),
    );
  });

  it("parseNumberish reads en-US thousands grouping back exactly", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(value(n.toLocaleString("en-US"))).toBe(n);
      }),
    );
  });

  it("K/M/B abbreviations parse back within the rounding of the abbreviation", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_000_000_000 }), (n) => {
        const { text, unit } = abbreviate(n);
        const parsed = value(text);
        expect(parsed).not.toBeNull();
        // one decimal of the unit: at most half of 0.1 unit away (plus float slack)
        expect(Math.abs((parsed ?? 0) - n)).toBeLessThanOrEqual(0.05 * unit + 1e-6 * unit);
      }),
    );
  });

  it("the app's own compact format (lib/metrics formatCount) parses back within its rounding", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_000_000_000 }), (n) => {
        const text = formatCount(n);
        const parsed = value(text);
        const unit = /B$/.test(text) ? 1e9 : /M$/.test(text) ? 1e6 : /K$/.test(text) ? 1e3 : 1;
        expect(Math.abs((parsed ?? 0) - n)).toBeLessThanOrEqual(0.05 * unit + 1e-6 * unit);
      }),
    );
  });

  it("the failed-rows file parses back to the original cells (with the formula guard)", () => {
    const cell = fc.string({ maxLength: 12, unit: "grapheme" }).filter((s) => !/[\u0000-\u0008\u000b-\u001f\u007f\r\uFFFD]/.test(s));
    const headers = fc
      .uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,8}[A-Za-z0-9]$/), {
        minLength: 1,
        maxLength: 5,
        comparator: (a, b) => a.toLowerCase() === b.toLowerCase(),
      })
      .filter((hs) => !hs.some((h) => ["line", "error"].includes(h.toLowerCase())));
    fc.assert(
      fc.property(
        headers.chain((hs) =>
          fc.tuple(fc.constant(hs), fc.array(fc.array(cell, { minLength: hs.length, maxLength: hs.length }), { maxLength: 5 })),
        ),
        ([hs, rows]) => {
          const failed = rows.map((cells, i) => ({ line: i + 2, cells, message: `problem ${i}` }));
          const parsed = parseCsv(failedRowsCsv(hs, failed));
          const guard = (s: string) => (/^[=+\-@\t]/.test(s) ? `'${s}` : s);
          expect(parsed.headers).toEqual(["line", "error", ...hs]);
          expect(parsed.rows.map((r) => r.cells)).toEqual(failed.map((f) => [String(f.line), f.message, ...f.cells.map(guard)]));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("normalizeHandle: the property's counterexamples, pinned", () => {
  it.each([
    ["youtube.com/c/www.web.dev/", "blog", "www.web.dev"],
    ["youtube.com/@aAA0Ajanesbakes.comfacebook.com/", "instagram", "aaa0ajanesbakes.comfacebook.com"],
  ] as const)("%s (hint %s) is a YouTube handle that re-normalises to itself", (input, hintPlatform, handle) => {
    const first = normalizeHandle(input, hintPlatform);
    expect(first).toMatchObject({ ok: true, handle, platform: "youtube" });
    expect(normalizeHandle(handle, "youtube")).toMatchObject({ ok: true, handle });
  });
});
