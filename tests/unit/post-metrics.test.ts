// Pure pieces of post metrics: snapshot plausibility and equality (lib/metrics/snapshot.ts), post URL
// normalisation (lib/posts/url.ts) and reading a metrics CSV (lib/posts/import-rows.ts).
import { describe, expect, it } from "vitest";

import { checkSnapshot, MAX_SNAPSHOT_COUNT, sameSnapshotCounts } from "@/lib/metrics";
import { reportedImpressions } from "@/lib/metrics/snapshot";
import { autoMapMetricHeaders, metricMappingProblems, readMetricCsv } from "@/lib/posts/import-rows";
import { addSnapshotSchema } from "@/lib/posts/schemas";
import { normalisePostUrl } from "@/lib/posts/url";

describe("checkSnapshot", () => {
  it("accepts plausible figures and 0", () => {
    expect(checkSnapshot({ reach: 1000, impressions: 1000, likes: 0, comments: 0, saves: 0 })).toEqual({});
    expect(checkSnapshot({ avgWatchPct: 0 })).toEqual({});
    expect(checkSnapshot({ avgWatchPct: 100 })).toEqual({});
    expect(checkSnapshot({ frameViews: [10, 0] })).toEqual({});
  });

  it("needs at least one figure; null is not reported, not 0", () => {
    expect(checkSnapshot({})._form).toEqual(["Enter at least one figure."]);
    expect(checkSnapshot({ likes: null, reach: undefined, frameViews: [] })._form).toHaveLength(1);
  });

  it("refuses negative, fractional, non-finite and absurd counts, naming the field", () => {
    expect(checkSnapshot({ likes: -1 }).likes).toEqual(["Likes can't be negative."]);
    expect(checkSnapshot({ comments: 1.5 }).comments).toEqual(["Comments must be a whole number."]);
    expect(checkSnapshot({ views: Number.NaN }).views).toEqual(["Views must be a number."]);
    expect(checkSnapshot({ views: MAX_SNAPSHOT_COUNT }).views).toBeUndefined();
    expect(checkSnapshot({ views: MAX_SNAPSHOT_COUNT + 1 }).views?.[0]).toMatch(/larger than/);
  });

  it("keeps reach ≤ impressions and watch % within 0–100 (boundaries inclusive)", () => {
    expect(checkSnapshot({ reach: 1001, impressions: 1000 }).reach?.[0]).toMatch(/larger than impressions/);
    expect(checkSnapshot({ reach: 1001 })).toEqual({}); // impressions unknown: nothing to compare
    expect(checkSnapshot({ avgWatchPct: 100.01 }).avgWatchPct).toHaveLength(1);
    expect(checkSnapshot({ avgWatchPct: -0.1 }).avgWatchPct).toHaveLength(1);
  });

  it("flags likes above views × 10 only where views are known", () => {
    expect(checkSnapshot({ views: 100, likes: 1000 })).toEqual({});
    expect(checkSnapshot({ views: 100, likes: 1001 }).likes?.[0]).toMatch(/10 × views/);
    expect(checkSnapshot({ likes: 1_000_000 })).toEqual({});
  });

  it("checks story frames", () => {
    expect(checkSnapshot({ frameViews: [10, -1] }).frameViews).toEqual(["Frame 2: views must be a whole number ≥ 0."]);
    expect(checkSnapshot({ frameViews: Array.from({ length: 101 }, () => 1) }).frameViews?.[0]).toMatch(/at most 100/);
  });
});

describe("sameSnapshotCounts", () => {
  it("treats null and undefined alike, but not 0 and null; compares frames in order", () => {
    expect(sameSnapshotCounts({ likes: 1, reach: null }, { likes: 1 })).toBe(true);
    expect(sameSnapshotCounts({ likes: 0 }, { likes: null })).toBe(false);
    expect(sameSnapshotCounts({ frameViews: [3, 2] }, { frameViews: [3, 2] })).toBe(true);
    expect(sameSnapshotCounts({ frameViews: [3, 2] }, { frameViews: [2, 3] })).toBe(false);
    expect(sameSnapshotCounts({ avgWatchPct: 50 }, { avgWatchPct: 50.5 })).toBe(false);
  });
});

describe("normalisePostUrl", () => {
  it.each([
    ["https://www.instagram.com/p/AbC123/?igshid=xyz#c", "https://instagram.com/p/AbC123", "instagram"],
    ["instagram.com/reel/XyZ", "https://instagram.com/reel/XyZ", "instagram"],
    ["http://m.youtube.com/watch?v=dQw4&t=10s", "https://youtube.com/watch?v=dQw4", "youtube"],
    ["https://youtu.be/dQw4?si=abc", "https://youtube.com/watch?v=dQw4", "youtube"],
    ["https://www.tiktok.com/@ava/video/123?lang=en", "https://tiktok.com/@ava/video/123", "tiktok"],
    ["https://x.com/ava/status/1", "https://x.com/ava/status/1", "twitter"],
    ["https://janesbakes.com/blog/spf/", "https://janesbakes.com/blog/spf", null],
  ])("%s → %s", (input, url, platform) => {
    const r = normalisePostUrl(input);
    expect(r).toEqual({ ok: true, url, platform });
    // Idempotent.
    if (r.ok) expect(normalisePostUrl(r.url)).toEqual(r);
  });

  it.each(["", "javascript:alert(1)", "https://user:pw@instagram.com/p/x", "https://localhost/p", "not a link"])("refuses %j", (input) => {
    expect(normalisePostUrl(input).ok).toBe(false);
  });
});

describe("metrics CSV", () => {
  it("maps headers by their aliases, each field once", () => {
    expect(autoMapMetricHeaders(["Permalink", "Date", "Accounts reached", "Likes", "Hearts", "@", "Favourite colour"])).toEqual({
      Permalink: "post_url",
      Date: "captured_at",
      "Accounts reached": "reach",
      Likes: "likes",
      Hearts: null,
      "@": "handle",
      "Favourite colour": null,
    });
  });

  it("needs a capture date and a way to find the post", () => {
    expect(metricMappingProblems({ Likes: "likes" })).toHaveLength(2);
    expect(metricMappingProblems({ P: "platform", H: "handle", D: "captured_at" })).toEqual([]);
  });

  it("reads numbers as spreadsheets write them and reports bad rows by line", () => {
    const text = [
      "Post URL,Captured at,Reach,Impressions,Likes,Frame views",
      'https://instagram.com/p/a,2026-11-01,"12,500",15.2K,900,',
      "",
      "https://instagram.com/p/b,yesterday,1,2,3,",
      "https://instagram.com/p/c,2026-11-01,n/a,,-4,",
      "https://instagram.com/stories/x/1,2026-11-01,,,,1200;950;700",
    ].join("\n");
    const { results } = readMetricCsv(text);
    expect(results[0]).toMatchObject({ ok: true, row: { line: 2, counts: { reach: 12500, impressions: 15200, likes: 900 } } });
    expect(results[1]).toMatchObject({ ok: false, line: 4 });
    expect(results[2]).toMatchObject({ ok: false, line: 5, message: "Likes can't be negative." });
    expect(results[3]).toMatchObject({ ok: true, row: { counts: { frameViews: [1200, 950, 700], reach: null } } });
  });

  it("form input: empty is not reported, typos name the field", () => {
    const r = addSnapshotSchema.parse({ postId: "p", capturedAt: "2026-11-01", likes: "", reach: "1,200" });
    expect(r).toMatchObject({ likes: null, reach: 1200, capturedAt: new Date("2026-11-01T00:00:00Z") });
    expect(addSnapshotSchema.safeParse({ postId: "p", capturedAt: "" }).success).toBe(false);
  });
});

describe("reportedImpressions", () => {
  it("sums what was reported, skips what wasn't, and is null rather than 0 when nothing was", () => {
    expect(reportedImpressions([1000, null, undefined, 2500])).toBe(3500);
    expect(reportedImpressions([0])).toBe(0);
    expect(reportedImpressions([null, undefined])).toBeNull();
    expect(reportedImpressions([])).toBeNull();
    expect(reportedImpressions([Number.NaN, -5, 10])).toBe(10);
  });
});
