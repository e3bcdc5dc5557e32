import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { aggregateMetrics, campaignReport, campaignSummary, type ReportPost } from "@/lib/metrics";

const d = (day: number) => new Date(Date.UTC(2026, 10, day));

describe("campaignReport", () => {
  it("takes each post's latest snapshot by capturedAt, whatever the order, never a sum", () => {
    const posts: ReportPost[] = [
      {
        id: "a",
        cost: 100,
        snapshots: [
          { capturedAt: d(10), reach: 9_000, impressions: 12_000, likes: 500, comments: 40, saves: 60, clicks: 90 },
          { capturedAt: d(2), reach: 1_000, impressions: 1_500, likes: 50, comments: 4, saves: 6, clicks: 9 },
          { capturedAt: d(5), reach: 5_000, impressions: 6_000, likes: 200, comments: 20, saves: 30, clicks: 40 },
        ],
      },
    ];
    const report = campaignReport(posts);
    expect(report.totals.reach).toBe(9_000);
    expect(report.totals.impressions).toBe(12_000);
    expect(report.perPost[0]?.latest?.capturedAt).toEqual(d(10));
    expect(report.rates.engagementRateByReach).toBeCloseTo(((500 + 40 + 60) / 9_000) * 100, 12);
    expect(report.rates.ctr).toBe(0.75);
    expect(report.rates.cpm).toBeCloseTo((100 / 12_000) * 1000, 12);
  });

  it("accepts ISO strings and epoch numbers as capture times", () => {
    const report = campaignReport([
      {
        id: "a",
        snapshots: [
          { capturedAt: "2026-11-03T00:00:00Z", reach: 10 },
          { capturedAt: d(1).getTime(), reach: 99 },
        ],
      },
    ]);
    expect(report.totals.reach).toBe(10);
  });

  it("reproduces the seed's skincare case: 3,414,400 impressions at a $5.13 CPM", () => {
    const cost = 17_515.872; // 3,414,400 × 5.13 ÷ 1,000
    const report = campaignReport([
      { id: "a", cost: cost / 2, snapshots: [{ capturedAt: d(1), impressions: 2_000_000 }] },
      { id: "b", cost: cost / 2, snapshots: [{ capturedAt: d(1), impressions: 1_414_400 }] },
    ]);
    expect(report.totals.impressions).toBe(3_414_400);
    expect(report.rates.cpm).toBeCloseTo(5.13, 10);
  });

  it("counts posts without snapshots, adds their money, and reports no figures for them", () => {
    const report = campaignReport([
      { id: "live", cost: 50, revenue: 80, conversions: 2, snapshots: [{ capturedAt: d(3), reach: 1_000, likes: 30 }] },
      { id: "not-yet", cost: 50, snapshots: [] },
    ]);
    expect(report.posts).toBe(2);
    expect(report.postsWithMetrics).toBe(1);
    expect(report.totals.cost).toBe(100);
    expect(report.reported.reach).toBe(1);
    expect(report.reported.cost).toBe(2);
    expect(report.perPost[1]).toMatchObject({ id: "not-yet", latest: null });
    expect(report.rates.roi).toBe(-20);
  });

  it("shows a missing input as null with its reason, never as a 0 from a 0 total", () => {
    const report = campaignReport([{ id: "a", snapshots: [{ capturedAt: d(1), likes: 100, comments: 5 }] }]);
    expect(report.rates.engagementRateByReach).toBeNull();
    expect(report.missing.engagementRateByReach).toBe("reach not reported");
    // cost never entered: CPM is "—", not $0.00, even though impressions are unknown too.
    expect(report.rates.cpm).toBeNull();
    expect(report.missing.cpm).toBe("no cost recorded");
    expect(report.missing.ctr).toBe("no clicks recorded");
    expect(report.missing.roi).toBe("no revenue recorded");
    expect(report.missing.cpa).toBe("no cost recorded");
  });

  it("says 'is 0' when the input was reported but its total is 0", () => {
    const report = campaignReport([
      { id: "a", cost: 10, snapshots: [{ capturedAt: d(1), reach: 0, likes: 0, clicks: 0, impressions: 100 }] },
    ]);
    expect(report.rates.engagementRateByReach).toBeNull();
    expect(report.missing.engagementRateByReach).toBe("reach is 0");
    expect(report.rates.ctr).toBe(0);
    expect(report.missing.ctr).toBeUndefined();
    expect(report.rates.cpc).toBeNull();
    expect(report.missing.cpc).toBe("no clicks yet");
  });

  it("uses views as impressions where the platform reports no impressions, and says how many", () => {
    const report = campaignReport([
      { id: "ig", cost: 10, snapshots: [{ capturedAt: d(1), views: 4_000, clicks: 40 }] },
      { id: "tt", cost: 10, snapshots: [{ capturedAt: d(1), views: 9_000, impressions: 6_000, clicks: 60 }] },
    ]);
    expect(report.totals.impressions).toBe(10_000);
    expect(report.totals.views).toBe(13_000);
    expect(report.impressionsFromViews).toBe(1);
    expect(report.perPost[0]?.latest?.impressionsFrom).toBe("views");
    expect(report.perPost[1]?.latest?.impressionsFrom).toBe("impressions");
    expect(report.rates.ctr).toBe(1);
  });

  it("gives each post its own rates and reasons", () => {
    const report = campaignReport([
      { id: "a", cost: 100, snapshots: [{ capturedAt: d(1), impressions: 10_000, clicks: 100 }] },
      { id: "b", snapshots: [{ capturedAt: d(1), impressions: 10_000 }] },
    ]);
    expect(report.perPost[0]?.rates.cpc).toBe(1);
    expect(report.perPost[1]?.rates.cpm).toBeNull();
    expect(report.perPost[1]?.missing.cpm).toBe("no cost recorded");
  });

  it("at [] has no posts, zero totals and every rate null", () => {
    const report = campaignReport([]);
    expect(report.posts).toBe(0);
    expect(report.totals.impressions).toBe(0);
    expect(Object.values(report.rates).every((r) => r === null)).toBe(true);
  });

  it("names the bad field", () => {
    expect(() => campaignReport([{ id: "a", snapshots: [{ capturedAt: d(1), likes: -1 }] }])).toThrow(/posts\[0\]\.snapshots\[0\]\.likes/);
    expect(() => campaignReport([{ id: "a", snapshots: [{ capturedAt: "soon" }] }])).toThrow(/posts\[0\]\.snapshots\[0\]\.capturedAt/);
    expect(() => campaignReport([{ id: "a", cost: Number.NaN, snapshots: [] }])).toThrow(/posts\[0\]\.cost/);
  });

  const count = fc.option(fc.nat({ max: 5_000_000 }), { nil: null });
  const snapshot = fc.record({
    capturedAt: fc.integer({ min: 0, max: 1e12 }),
    reach: count,
    impressions: count,
    likes: count,
    comments: count,
    saves: count,
    shares: count,
    clicks: count,
  });
  const post = fc.record({
    id: fc.uuid(),
    cost: fc.option(fc.nat({ max: 100_000 }), { nil: null }),
    revenue: fc.option(fc.nat({ max: 100_000 }), { nil: null }),
    conversions: fc.option(fc.nat({ max: 1_000 }), { nil: null }),
    snapshots: fc.uniqueArray(snapshot, { maxLength: 5, selector: (s) => s.capturedAt }),
  });

  it("agrees with aggregateMetrics over the latest snapshots wherever every input is reported", () => {
    fc.assert(
      fc.property(fc.array(post, { maxLength: 12 }), (posts) => {
        const report = campaignReport(posts);
        const rows = posts.map((p) => {
          const latest = [...p.snapshots].sort((a, b) => b.capturedAt - a.capturedAt)[0];
          return { ...latest, conversions: p.conversions, cost: p.cost, revenue: p.revenue };
        });
        const agg = aggregateMetrics(rows);
        expect({ ...report.totals, views: undefined }).toEqual({ ...agg.totals, views: undefined });
        for (const [key, value] of Object.entries(report.rates)) {
          if (value !== null) expect(value).toBe(agg.rates[key as keyof typeof agg.rates]);
          else expect(report.missing[key as keyof typeof report.missing]).toMatch(/./);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("campaignSummary is campaignReport without the per-post breakdown", () => {
    fc.assert(
      fc.property(fc.array(post, { maxLength: 12 }), (posts) => {
        const { perPost, ...summary } = campaignReport(posts);
        expect(perPost).toHaveLength(posts.length);
        expect(campaignSummary(posts)).toEqual({ ...summary, perPost: [] });
      }),
      { numRuns: 200 },
    );
  });

  it("is independent of the order of posts and of snapshots", () => {
    fc.assert(
      fc.property(fc.array(post, { maxLength: 8 }), fc.nat(), (posts, seed) => {
        const shuffle = <T>(xs: readonly T[]) =>
          [...xs].sort((a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 17 + seed) % 5));
        const shuffled = shuffle(posts).map((p) => ({ ...p, snapshots: shuffle(p.snapshots) }));
        const a = campaignReport(posts);
        const b = campaignReport(shuffled);
        expect(b.totals).toEqual(a.totals);
        expect(b.rates).toEqual(a.rates);
        expect(b.reported).toEqual(a.reported);
      }),
      { numRuns: 200 },
    );
  });
});
