// Client reports, the pure parts: ReportData from posts and snapshots (latest wins, daily growth adds
// up to the latest values, creators, stories), the KPI lines with their formulas, the input schema.
import { describe, expect, it } from "vitest";

import { buildReportData, type BuildPost, type BuildSnapshot } from "@/lib/reports/build";
import { reportKpis } from "@/lib/reports/figures";
import { niceMax, reportPdfFileName } from "@/lib/reports/pdf";
import { createReportSchema } from "@/lib/reports/schemas";

const snap = (at: string, counts: Partial<BuildSnapshot>): BuildSnapshot => ({
  capturedAt: new Date(at),
  views: null,
  reach: null,
  impressions: null,
  likes: null,
  comments: null,
  saves: null,
  shares: null,
  clicks: null,
  frameViews: [],
  ...counts,
});

const post = (id: string, creator: string, snapshots: BuildSnapshot[], extra: Partial<BuildPost> = {}): BuildPost => ({
  id,
  url: `https://instagram.com/p/${id}`,
  platform: "instagram",
  format: "post",
  postedAt: null,
  creator: { key: creator, name: `Creator ${creator}`, tier: "micro" },
  cost: null,
  revenue: null,
  conversions: null,
  snapshots,
  ...extra,
});

const build = (posts: BuildPost[], period = { from: null as string | null, to: null as string | null }, timeZone = "UTC") =>
  buildReportData({
    workspaceName: "W",
    campaignName: "C",
    period,
    timeZone,
    currency: "USD",
    now: new Date("2026-11-01T00:00:00Z"),
    posts,
  });

describe("buildReportData", () => {
  it("takes each post's latest snapshot (out of order), and its daily growth adds up to it", () => {
    const d = build([
      post("a", "1", [
        snap("2026-10-03T10:00:00Z", { reach: 3000, impressions: 5000, likes: 150, comments: 10, saves: 5, clicks: 60 }),
        snap("2026-10-01T10:00:00Z", { reach: 1000, impressions: 2000, likes: 50, comments: 5, saves: 1, clicks: 20 }),
      ]),
      post("b", "2", [snap("2026-10-02T10:00:00Z", { reach: 500, impressions: 1000, likes: 20, clicks: 5 })]),
    ]);
    expect(d.totals).toMatchObject({ posts: 2, reach: 3500, impressions: 6000, clicks: 65, likes: 170 });
    expect(d.rates.engagementRateByReach).toBeCloseTo(((150 + 10 + 5 + 20) / 3500) * 100, 12);
    expect(d.daily.map((x) => x.date)).toEqual(["2026-10-01", "2026-10-02", "2026-10-03"]);
    expect(d.daily.map((x) => x.impressions)).toEqual([2000, 1000, 3000]);
    expect(d.daily.reduce((s, x) => s + x.clicks, 0)).toBe(65);
    expect(d.creators.map((c) => [c.name, c.reach])).toEqual([
      ["Creator 1", 3000],
      ["Creator 2", 500],
    ]);
  });

  it("days are the workspace's local days, and a falling count adds nothing that day", () => {
    const d = build(
      [
        post("a", "1", [
          snap("2026-10-01T23:30:00Z", { impressions: 100 }),
          snap("2026-10-02T12:00:00Z", { impressions: 80 }), // a platform correction
          snap("2026-10-03T12:00:00Z", { impressions: 150 }),
        ]),
      ],
      { from: null, to: null },
      "Europe/Berlin",
    );
    expect(d.daily).toEqual([
      { date: "2026-10-02", impressions: 100, engagements: 0, clicks: 0 },
      { date: "2026-10-03", impressions: 50, engagements: 0, clicks: 0 },
    ]);
  });

  it("a missing input is null with its reason, never 0", () => {
    const d = build([post("a", "1", [snap("2026-10-01T00:00:00Z", { likes: 10, impressions: 1000 })])]);
    expect(d.rates.engagementRateByReach).toBeNull();
    expect(d.missing.engagementRateByReach).toBe("reach not reported");
    expect(d.creators[0]).toMatchObject({ reach: null, clicks: null, cost: null, err: null });
    const kpi = reportKpis(d).find((k) => k.key === "engagementRateByReach")!;
    expect(kpi).toMatchObject({ value: "—", note: "reach not reported", formula: "(likes + comments + saves) ÷ reach × 100" });
  });

  it("fills the period's days, and a story gives its completion and drops", () => {
    const d = build(
      [post("s", "1", [snap("2026-10-02T00:00:00Z", { views: 1000, frameViews: [1000, 900, 500, 480] })], { format: "story" })],
      { from: "2026-10-01", to: "2026-10-04" },
    );
    expect(d.daily.map((x) => x.date)).toEqual(["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04"]);
    expect(d.stories).toHaveLength(1);
    expect(d.stories[0]!.completion).toBeCloseTo(48, 10);
    expect(d.stories[0]!.drops).toEqual([{ afterFrame: 2, dropPct: (400 / 900) * 100 }]);
  });

  it("is plain JSON: it survives a round trip unchanged (what a frozen report stores)", () => {
    const d = build([post("a", "1", [snap("2026-10-01T00:00:00Z", { reach: 10, likes: 1 })], { cost: 12.5 })]);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe("reportKpis", () => {
  it("every KPI carries its formula; ERR carries the seed band", () => {
    const d = build([post("a", "1", [snap("2026-10-01T00:00:00Z", { reach: 1000, likes: 40, comments: 5, saves: 3, impressions: 1500 })])]);
    const kpis = reportKpis(d);
    expect(kpis.every((k) => k.formula.length > 0)).toBe(true);
    expect(kpis.find((k) => k.key === "engagementRateByReach")).toMatchObject({
      label: "ERR",
      value: "4.80%", // two decimals, as on the Results tab
      note: "Seed band: solid (above 2 %)",
    });
    expect(kpis.find((k) => k.key === "ctr")).toMatchObject({ value: "—", note: "no clicks recorded" });
  });
});

describe("createReportSchema", () => {
  it("needs dates for a workspace report, keeps sections in display order, refuses an end before the start", () => {
    expect(createReportSchema.safeParse({ title: "All", sections: ["summary"], mode: "live" }).success).toBe(false);
    const ok = createReportSchema.parse({
      title: "All",
      from: "2026-10-01",
      to: "2026-10-31",
      sections: ["comment", "summary"],
      mode: "frozen",
    });
    expect(ok.sections).toEqual(["summary", "comment"]);
    expect(ok.campaignId).toBeNull();
    expect(
      createReportSchema.safeParse({ title: "All", from: "2026-10-31", to: "2026-10-01", sections: ["summary"], mode: "live" }).success,
    ).toBe(false);
    expect(createReportSchema.safeParse({ title: "C", campaignId: "c1", sections: [], mode: "live" }).success).toBe(false);
    expect(createReportSchema.safeParse({ title: "C", campaignId: "c1", sections: ["nope"], mode: "live" }).success).toBe(false);
  });
});

describe("PDF helpers", () => {
  it("niceMax rounds an axis up to 1, 2 or 5 × 10ⁿ; reportPdfFileName is a safe slug", () => {
    expect([0, 1, 3, 7, 12, 4500, 3_414_400].map(niceMax)).toEqual([1, 1, 5, 10, 20, 5000, 5_000_000]);
    expect(reportPdfFileName("Summer Glow — results / Q3")).toBe("summer-glow-results-q3.pdf");
    expect(reportPdfFileName("“”")).toBe("report.pdf");
  });
});
