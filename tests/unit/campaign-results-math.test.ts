// The Results tab's pure rules: KPI status against a target (met / on track / behind), the daily curve
// carrying snapshots forward, and the per-creator sort (unknowns last) and CSV ("—" is an empty cell
// with its reason, never 0).
import { describe, expect, it } from "vitest";

import { dailySeries, kpiStatus } from "@/lib/analytics/campaign-math";
import type { CreatorRow } from "@/lib/analytics/campaign-types";
import { creatorsCsv, parseCreatorSort, sortCreators } from "@/lib/analytics/creators-table";

const base = { target: 100, startDate: "2026-05-01", endDate: "2026-05-30" };

describe("kpiStatus", () => {
  it("is met at or above the target, null without an actual", () => {
    expect(kpiStatus({ ...base, metric: "impressions", actual: 100, today: "2026-05-02" })).toBe("met");
    expect(kpiStatus({ ...base, metric: "err", actual: null, today: "2026-05-02" })).toBeNull();
  });
  it("paces counts by the share of the campaign elapsed", () => {
    // Day 15 of 30: half the target is on track, less is behind.
    expect(kpiStatus({ ...base, metric: "clicks", actual: 50, today: "2026-05-15" })).toBe("on track");
    expect(kpiStatus({ ...base, metric: "clicks", actual: 49, today: "2026-05-15" })).toBe("behind");
  });
  it("judges rates within 90 % of the target as on track while the campaign runs; after its end, behind", () => {
    expect(kpiStatus({ ...base, metric: "err", actual: 90, today: "2026-05-15" })).toBe("on track");
    expect(kpiStatus({ ...base, metric: "err", actual: 89, today: "2026-05-15" })).toBe("behind");
    expect(kpiStatus({ ...base, metric: "err", actual: 99, today: "2026-06-01" })).toBe("behind");
  });
});

describe("dailySeries", () => {
  const dayEnd = (d: string) => Date.parse(`${d}T23:59:59.999Z`);
  const at = (d: string) => Date.parse(`${d}T12:00:00Z`);
  it("carries each post's latest snapshot forward and gives the per-day increase", () => {
    const out = dailySeries({
      from: "2026-05-01",
      to: "2026-05-04",
      dayEnd,
      posts: [
        [
          { at: at("2026-05-03"), impressions: 300, engagements: 30, clicks: 5 },
          { at: at("2026-05-01"), impressions: 100, engagements: 10, clicks: 1 },
        ],
        [{ at: at("2026-05-02"), impressions: 50, engagements: null, clicks: 9 }],
      ],
      platformClickPosts: new Set([0]),
      trackedClicksByDay: new Map([["2026-05-02", 7]]),
      conversionsByDay: new Map([["2026-05-04", 2]]),
    });
    expect(out.map((d) => d.impressionsTotal)).toEqual([100, 150, 350, 350]);
    expect(out.map((d) => d.impressions)).toEqual([100, 50, 200, 0]);
    expect(out.map((d) => d.engagementsTotal)).toEqual([10, 10, 30, 30]);
    // Post 0's platform clicks rise 1 → 5; post 1's clicks are its collaboration's tracked clicks.
    expect(out.map((d) => d.clicks)).toEqual([1, 7, 4, 0]);
    expect(out.map((d) => d.conversions)).toEqual([0, 0, 0, 2]);
    expect(out.every((d) => d.impressionsCorrection === 0 && d.engagementsCorrection === 0)).toBe(true);
  });
  it("never gives a negative day: a post's lowered figures are a correction, not negative growth", () => {
    const out = dailySeries({
      from: "2026-05-01",
      to: "2026-05-03",
      dayEnd,
      posts: [
        // A deleted comment and a platform correction: engagements 50 → 40, impressions 1000 → 900.
        [
          { at: at("2026-05-01"), impressions: 1000, engagements: 50, clicks: 10 },
          { at: at("2026-05-02"), impressions: 900, engagements: 40, clicks: 8 },
        ],
        // Another post grows the same day: its growth still shows.
        [
          { at: at("2026-05-01"), impressions: 100, engagements: 5, clicks: 0 },
          { at: at("2026-05-02"), impressions: 130, engagements: 8, clicks: 0 },
        ],
      ],
      platformClickPosts: new Set([0, 1]),
      trackedClicksByDay: new Map(),
      conversionsByDay: new Map(),
    });
    expect(out.map((d) => d.engagements)).toEqual([55, 3, 0]);
    expect(out.map((d) => d.engagementsCorrection)).toEqual([0, -10, 0]);
    expect(out.map((d) => d.impressions)).toEqual([1100, 30, 0]);
    expect(out.map((d) => d.impressionsCorrection)).toEqual([0, -100, 0]);
    expect(out.map((d) => d.clicks)).toEqual([10, 0, 0]);
    // The running total is the latest figures, corrections included.
    expect(out.map((d) => d.engagementsTotal)).toEqual([55, 48, 48]);
    expect(out.map((d) => d.impressionsTotal)).toEqual([1100, 1030, 1030]);
    for (const d of out) expect(Math.min(d.impressions, d.engagements, d.clicks)).toBeGreaterThanOrEqual(0);
  });
});

const row = (name: string, err: number | null, costMinor: number | null): CreatorRow => ({
  collaborationId: name,
  influencer: { id: name, name, handle: null, platform: null, followers: 0 },
  tier: "micro",
  collaborationStatus: "live",
  live: "live",
  posts: 1,
  postsWithMetrics: 1,
  reach: err === null ? null : 1000,
  impressions: null,
  engagements: null,
  clicks: null,
  clicksSource: "platform",
  err,
  errRating: null,
  ctr: null,
  cost: costMinor === null ? null : { minor: costMinor, currency: "USD" },
  conversions: 0,
  revenue: null,
  roi: null,
  missing: err === null ? { err: "reach not reported" } : {},
});

describe("creators table", () => {
  const rows = [row("Cleo", 2, 10_000), row("Abe", null, null), row("Bo", 5, 30_000)];
  it("sorts by a column either way with unknown values last", () => {
    expect(sortCreators(rows, "err", "desc").map((r) => r.influencer.name)).toEqual(["Bo", "Cleo", "Abe"]);
    expect(sortCreators(rows, "err", "asc").map((r) => r.influencer.name)).toEqual(["Cleo", "Bo", "Abe"]);
    expect(sortCreators(rows, "name", "asc").map((r) => r.influencer.name)).toEqual(["Abe", "Bo", "Cleo"]);
  });
  it("reads the sort from the URL, falling back to ROI high first", () => {
    expect(parseCreatorSort({ sort: "cost", dir: "asc" })).toEqual({ key: "cost", dir: "asc" });
    expect(parseCreatorSort({ sort: "'; drop", dir: "sideways" })).toEqual({ key: "roi", dir: "desc" });
  });
  it("exports unknown figures as empty cells with their reason, money in currency units", () => {
    const lines = creatorsCsv(sortCreators(rows, "err", "desc"))
      .trim()
      .split("\r\n");
    expect(lines[1]).toContain("Bo,,micro,live,1,1000,,,5.00,,platform,,300,USD,0,,,,");
    expect(lines[3]).toMatch(/^Abe,,micro,live,1,,,,,,platform,,,,0,,,,err: reach not reported$/);
  });
});
