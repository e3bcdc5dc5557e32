// The one mapping of a campaignReport to a report's headline (lib/reports/from-results.ts
// `reportHeadline`): every total, rate and reason read field for field, the same from the live report
// and from its serialised copy in the campaign Results, and the same in a workspace report's build.
import { describe, expect, it } from "vitest";

import { campaignReport, type ReportPost } from "@/lib/metrics";
import { buildReportData } from "@/lib/reports/build";
import { reportHeadline } from "@/lib/reports/from-results";

const posts: ReportPost[] = [
  {
    id: "a",
    cost: 120,
    revenue: 300,
    conversions: 3,
    snapshots: [
      { capturedAt: "2026-10-01T10:00:00Z", reach: 1_000, impressions: 2_000, likes: 50, comments: 5, saves: 1, shares: 2, clicks: 20 },
      {
        capturedAt: "2026-10-03T10:00:00Z",
        reach: 3_000,
        impressions: 5_000,
        views: 7_000,
        likes: 150,
        comments: 10,
        saves: 5,
        shares: 4,
        clicks: 60,
      },
    ],
  },
  { id: "b", cost: 80, snapshots: [{ capturedAt: "2026-10-02T10:00:00Z", reach: 500, likes: 20 }] },
  { id: "c", snapshots: [] },
];

describe("reportHeadline", () => {
  const report = campaignReport(posts);

  it("reads every total of the campaignReport into the report's totals", () => {
    const { totals } = reportHeadline(report);
    expect(totals).toEqual({
      posts: 3,
      postsWithMetrics: 2,
      reach: 3_500,
      impressions: 5_000,
      views: 7_000,
      likes: 170,
      comments: 10,
      saves: 5,
      shares: 4,
      engagements: 189,
      clicks: 60,
      conversions: 3,
      cost: 200,
      revenue: 300,
    });
  });

  it("copies the rates and the reasons for null rates (a copy: the report is not shared)", () => {
    const h = reportHeadline(report);
    expect(h.rates).toEqual(report.rates);
    expect(h.rates).not.toBe(report.rates);
    expect(h.missing).toEqual(report.missing);
    expect(h.missing).not.toBe(report.missing);
  });

  it("gives the same headline from the Results' serialised report as from the live one", () => {
    const serialised = JSON.parse(JSON.stringify(report)) as typeof report;
    expect(reportHeadline(serialised)).toEqual(reportHeadline(report));
  });

  it("is what a workspace report's build shows", () => {
    const built = buildReportData({
      workspaceName: "W",
      campaignName: null,
      period: { from: null, to: null },
      timeZone: "UTC",
      currency: "USD",
      now: new Date("2026-11-01T00:00:00Z"),
      posts: posts.map((p) => ({
        id: p.id,
        url: `https://instagram.com/p/${p.id}`,
        platform: "instagram",
        format: "post",
        postedAt: null,
        creator: { key: p.id, name: p.id, tier: "micro" },
        cost: p.cost ?? null,
        revenue: p.revenue ?? null,
        conversions: p.conversions ?? null,
        snapshots: p.snapshots.map((s) => ({
          capturedAt: new Date(s.capturedAt),
          views: s.views ?? null,
          reach: s.reach ?? null,
          impressions: s.impressions ?? null,
          likes: s.likes ?? null,
          comments: s.comments ?? null,
          saves: s.saves ?? null,
          shares: s.shares ?? null,
          clicks: s.clicks ?? null,
          frameViews: [],
        })),
      })),
    });
    const h = reportHeadline(report);
    expect({ totals: built.totals, rates: built.rates, missing: built.missing }).toEqual(h);
  });
});
