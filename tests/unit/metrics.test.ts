import { describe, expect, it } from "vitest";

import * as metrics from "@/lib/metrics";
import {
  aggregateMetrics,
  classifyTier,
  compareCtr,
  cpa,
  cpc,
  cpe,
  cpm,
  ctr,
  CTR_BENCHMARKS,
  currencyExponent,
  DEFAULT_TIER_BOUNDS,
  emv,
  engagementRate,
  engagementRateByImpressions,
  engagementRateByReach,
  engagementRateFormula,
  estimateMicroRate,
  findViewershipDrops,
  formatCount,
  formatMoney,
  formatPercent,
  formatRatio,
  fromMinorUnits,
  METRIC_FORMULAS,
  MICRO_RATE_CARD,
  rateErr,
  rateStoryCompletion,
  resolveTierBounds,
  roas,
  roi,
  storyCompletionRate,
  TIERS,
  toMinorUnits,
} from "@/lib/metrics";

describe("public API", () => {
  it("exports every name the spec lists, with the right kind", () => {
    const functions = [
      "classifyTier",
      "engagementRate",
      "engagementRateByReach",
      "rateErr",
      "storyCompletionRate",
      "rateStoryCompletion",
      "findViewershipDrops",
      "ctr",
      "compareCtr",
      "cpm",
      "cpe",
      "cpc",
      "cpa",
      "roi",
      "roas",
      "emv",
      "estimateMicroRate",
      "aggregateMetrics",
      "formatPercent",
      "formatMoney",
      "formatCount",
      "fromMinorUnits",
      "toMinorUnits",
    ];
    for (const name of functions) expect(typeof (metrics as Record<string, unknown>)[name], name).toBe("function");
    for (const name of ["DEFAULT_TIER_BOUNDS", "TIERS", "CTR_BENCHMARKS", "MICRO_RATE_CARD", "METRIC_FORMULAS"]) {
      expect(typeof (metrics as Record<string, unknown>)[name], name).toBe("object");
    }
  });

  it("freezes its constant tables so no caller can change a benchmark", () => {
    for (const table of [DEFAULT_TIER_BOUNDS, TIERS, CTR_BENCHMARKS, MICRO_RATE_CARD, METRIC_FORMULAS]) {
      expect(Object.isFrozen(table)).toBe(true);
    }
    expect(Object.isFrozen(CTR_BENCHMARKS.beauty)).toBe(true);
    expect(Object.isFrozen(MICRO_RATE_CARD.instagram)).toBe(true);
  });
});

describe("classifyTier", () => {
  it("orders TIERS smallest first and uses the seed guide's default bounds", () => {
    expect(TIERS).toEqual(["none", "nano", "micro", "macro", "mega"]);
    expect(DEFAULT_TIER_BOUNDS).toEqual({ nano: 1_000, micro: 10_000, macro: 100_000, mega: 1_000_000 });
  });

  it.each([
    [0, "none"],
    [999, "none"],
    [1_000, "nano"],
    [9_999, "nano"],
    [10_000, "micro"],
    [99_999, "micro"],
    [100_000, "macro"],
    [999_999, "macro"],
    [1_000_000, "mega"],
    [250_000_000, "mega"],
  ] as const)("%i followers → %s (lower bounds inclusive)", (followers, tier) => {
    expect(classifyTier(followers)).toBe(tier);
  });

  it("returns null for an unknown follower count", () => {
    expect(classifyTier(null)).toBeNull();
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "throws a RangeError naming followers for %s",
    (bad) => {
      expect(() => classifyTier(bad)).toThrow(RangeError);
      expect(() => classifyTier(bad)).toThrow(/followers/);
    },
  );

  it("accepts a workspace's custom bounds (HypeAuditor: micro ends at 50k)", () => {
    const bounds = { macro: 50_000 };
    expect(classifyTier(49_999, bounds)).toBe("micro");
    expect(classifyTier(50_000, bounds)).toBe("macro");
    expect(classifyTier(50_000)).toBe("micro");
    expect(resolveTierBounds(bounds)).toEqual({ nano: 1_000, micro: 10_000, macro: 50_000, mega: 1_000_000 });
  });

  it("returns the defaults themselves when no override is given", () => {
    expect(resolveTierBounds()).toBe(DEFAULT_TIER_BOUNDS);
    expect(resolveTierBounds({})).toBe(DEFAULT_TIER_BOUNDS);
  });

  it("rejects custom bounds that do not increase, naming the bounds", () => {
    expect(() => classifyTier(5, { macro: 5_000 })).toThrow(RangeError);
    expect(() => classifyTier(5, { macro: 5_000 })).toThrow(/bounds\.micro.*bounds\.macro/);
    expect(() => classifyTier(5, { micro: 10_000, macro: 10_000 })).toThrow(/must increase/);
    expect(() => classifyTier(5, { mega: 999_999, macro: 999_999 })).toThrow(RangeError);
  });

  it.each([0, -10, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects a bound of %s", (bad) => {
    expect(() => classifyTier(5, { nano: bad })).toThrow(/bounds\.nano/);
  });
});

describe("engagementRate (by followers)", () => {
  it("is (likes + comments) ÷ followers × 100 without shares and saves", () => {
    expect(engagementRate({ likes: 180, comments: 20, followers: 10_000 })).toBe(2);
  });

  it("adds shares and saves to the numerator only when given", () => {
    expect(engagementRate({ likes: 180, comments: 20, shares: 50, saves: 50, followers: 10_000 })).toBe(3);
    expect(engagementRate({ likes: 180, comments: 20, shares: null, saves: 100, followers: 10_000 })).toBe(3);
  });

  it("records which numerator was used", () => {
    expect(engagementRateFormula({})).toBe("(likes + comments) ÷ followers × 100");
    expect(engagementRateFormula({ saves: 3 })).toBe("(likes + comments + saves) ÷ followers × 100");
    expect(engagementRateFormula({ shares: 0, saves: 0 })).toBe("(likes + comments + shares + saves) ÷ followers × 100");
  });

  it("returns null for 0 followers or unknown required inputs, 0 for no engagement", () => {
    expect(engagementRate({ likes: 10, comments: 1, followers: 0 })).toBeNull();
    expect(engagementRate({ likes: null, comments: 1, followers: 10 })).toBeNull();
    expect(engagementRate({ likes: 1, comments: 1, followers: null })).toBeNull();
    expect(engagementRate({ likes: 0, comments: 0, followers: 10 })).toBe(0);
  });

  it("throws RangeError naming the field", () => {
    expect(() => engagementRate({ likes: -1, comments: 0, followers: 10 })).toThrow(/likes/);
    expect(() => engagementRate({ likes: 1, comments: 0, saves: Number.NaN, followers: 10 })).toThrow(/saves/);
    expect(() => engagementRate({ likes: 1, comments: 0, followers: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

describe("engagementRateByReach (ERR) and rateErr", () => {
  it("is (likes + comments + saves) ÷ reach × 100", () => {
    expect(engagementRateByReach({ likes: 300, comments: 50, saves: 150, reach: 10_000 })).toBe(5);
    expect(engagementRateByReach({ likes: 1, comments: 0, saves: 0, reach: 3 })).toBeCloseTo(33.3333333333, 9);
  });

  it("returns null at reach 0 or any unknown input", () => {
    expect(engagementRateByReach({ likes: 5, comments: 5, saves: 5, reach: 0 })).toBeNull();
    expect(engagementRateByReach({ likes: 5, comments: 5, saves: null, reach: 100 })).toBeNull();
    expect(engagementRateByReach({ likes: 5, comments: 5, saves: 5, reach: null })).toBeNull();
  });

  it("throws RangeError naming the field", () => {
    expect(() => engagementRateByReach({ likes: 1, comments: -2, saves: 0, reach: 10 })).toThrow(/comments/);
    expect(() => engagementRateByReach({ likes: 1, comments: 2, saves: 0, reach: -10 })).toThrow(/reach/);
  });

  it("rates exactly 2 as below, just above 2 as solid, exactly 5 as solid, just above 5 as exceptional", () => {
    expect(rateErr(0)).toBe("below");
    expect(rateErr(2)).toBe("below");
    expect(rateErr(2.000001)).toBe("solid");
    expect(rateErr(5)).toBe("solid");
    expect(rateErr(5.000001)).toBe("exceptional");
    expect(rateErr(null)).toBeNull();
  });

  it("lands exactly on the boundaries when computed from whole counts", () => {
    expect(rateErr(engagementRateByReach({ likes: 1, comments: 0, saves: 1, reach: 100 }))).toBe("below");
    expect(rateErr(engagementRateByReach({ likes: 3, comments: 1, saves: 1, reach: 100 }))).toBe("solid");
    expect(rateErr(engagementRateByReach({ likes: 3, comments: 2, saves: 1, reach: 100 }))).toBe("exceptional");
  });

  it("rejects a negative or non-finite ERR", () => {
    expect(() => rateErr(-0.1)).toThrow(/err/);
    expect(() => rateErr(Number.NaN)).toThrow(RangeError);
  });
});

describe("engagementRateByImpressions", () => {
  it("is engagements ÷ impressions × 100, null at 0 impressions", () => {
    expect(engagementRateByImpressions({ engagements: 448, impressions: 10_000 })).toBe(4.48);
    expect(engagementRateByImpressions({ engagements: 3, impressions: 0 })).toBeNull();
    expect(() => engagementRateByImpressions({ engagements: -3, impressions: 1 })).toThrow(/engagements/);
  });
});

describe("story completion", () => {
  it("is last frame ÷ first frame × 100", () => {
    expect(storyCompletionRate([1_000, 900, 800, 700])).toBe(70);
    expect(storyCompletionRate([400])).toBe(100);
    expect(storyCompletionRate([400, 0])).toBe(0);
  });

  it("returns null for no frames or a first frame with 0 views", () => {
    expect(storyCompletionRate([])).toBeNull();
    expect(storyCompletionRate([0, 0, 0])).toBeNull();
  });

  it("throws RangeError naming the frame", () => {
    expect(() => storyCompletionRate([10, -1, 5])).toThrow(/frameViews\[1\]/);
  });

  it("rates exactly 70 as strong and just below as weak", () => {
    expect(rateStoryCompletion(70)).toBe("strong");
    expect(rateStoryCompletion(69.999999)).toBe("weak");
    expect(rateStoryCompletion(0)).toBe("weak");
    expect(rateStoryCompletion(100)).toBe("strong");
    expect(rateStoryCompletion(null)).toBeNull();
    expect(() => rateStoryCompletion(-1)).toThrow(/rate/);
  });
});

describe("findViewershipDrops", () => {
  it("lists each 0-based frame that fell by at least 20 % from the one before", () => {
    expect(findViewershipDrops([1_000, 800, 799, 500, 500, 0])).toEqual([
      { frame: 1, dropPct: 20 },
      { frame: 3, dropPct: (299 / 799) * 100 },
      { frame: 5, dropPct: 100 },
    ]);
  });

  it("does not list a fall just under the threshold, nor growth", () => {
    expect(findViewershipDrops([1_000, 801, 1_200])).toEqual([]);
  });

  it("treats the threshold as inclusive for a custom minDropPct", () => {
    expect(findViewershipDrops([100, 90, 81], 10)).toEqual([
      { frame: 1, dropPct: 10 },
      { frame: 2, dropPct: 10 },
    ]);
    expect(findViewershipDrops([100, 91], 10)).toEqual([]);
  });

  it("returns [] for no frame or one frame, and skips a frame after a 0-view frame", () => {
    expect(findViewershipDrops([])).toEqual([]);
    expect(findViewershipDrops([500])).toEqual([]);
    expect(findViewershipDrops([10, 0, 0, 5])).toEqual([{ frame: 1, dropPct: 100 }]);
  });

  it("rejects a bad frame count or threshold, naming it", () => {
    expect(() => findViewershipDrops([10, Number.NaN])).toThrow(/frameViews\[1\]/);
    expect(() => findViewershipDrops([10, 5], -1)).toThrow(/minDropPct/);
    expect(() => findViewershipDrops([10, 5], 101)).toThrow(/minDropPct/);
  });
});

describe("ctr and compareCtr", () => {
  it("is clicks ÷ impressions × 100, null at 0 impressions", () => {
    expect(ctr({ clicks: 25, impressions: 1_000 })).toBe(2.5);
    expect(ctr({ clicks: 0, impressions: 1_000 })).toBe(0);
    expect(ctr({ clicks: 5, impressions: 0 })).toBeNull();
    expect(ctr({ clicks: null, impressions: 10 })).toBeNull();
    expect(() => ctr({ clicks: -1, impressions: 10 })).toThrow(/clicks/);
    expect(() => ctr({ clicks: 1, impressions: Number.NaN })).toThrow(/impressions/);
  });

  it("reproduces the seed's CTR table", () => {
    expect(CTR_BENCHMARKS).toEqual({
      beauty: { low: 1.5, high: 2.5 },
      fashion: { low: 1, high: 2 },
      food_beverage: { low: 2, high: 3 },
      tech: { low: 1.8, high: 2.8 },
    });
  });

  it.each([
    ["beauty", 1.49, "below"],
    ["beauty", 1.5, "within"],
    ["beauty", 2.5, "within"],
    ["beauty", 2.51, "above"],
    ["fashion", 0.99, "below"],
    ["fashion", 1, "within"],
    ["fashion", 2, "within"],
    ["fashion", 2.01, "above"],
    ["food_beverage", 1.99, "below"],
    ["food_beverage", 2, "within"],
    ["food_beverage", 3, "within"],
    ["food_beverage", 3.01, "above"],
    ["tech", 1.79, "below"],
    ["tech", 1.8, "within"],
    ["tech", 2.8, "within"],
    ["tech", 2.81, "above"],
  ] as const)("%s CTR %d → %s (bounds inclusive)", (industry, value, expected) => {
    expect(compareCtr(value, industry)).toBe(expected);
  });

  it("hits an inclusive bound exactly when CTR comes from whole counts", () => {
    expect(compareCtr(ctr({ clicks: 25, impressions: 1_000 }), "beauty")).toBe("within");
    expect(compareCtr(ctr({ clicks: 28, impressions: 1_000 }), "tech")).toBe("within");
    expect(compareCtr(ctr({ clicks: 18, impressions: 1_000 }), "tech")).toBe("within");
  });

  it("returns null for a null CTR or an industry without a seed benchmark", () => {
    expect(compareCtr(null, "beauty")).toBeNull();
    expect(compareCtr(2, "pets")).toBeNull();
    expect(compareCtr(2, "toString")).toBeNull();
    expect(() => compareCtr(-1, "beauty")).toThrow(/ctr/);
  });
});

describe("cost and return metrics", () => {
  it("computes CPM, CPE, CPC and CPA", () => {
    expect(cpm({ cost: 500, impressions: 100_000 })).toBe(5);
    expect(cpe({ cost: 500, engagements: 250 })).toBe(2);
    expect(cpc({ cost: 500, clicks: 400 })).toBe(1.25);
    expect(cpa({ cost: 500, conversions: 20 })).toBe(25);
  });

  it("returns null when the denominator is 0 and 0 when cost is 0", () => {
    expect(cpm({ cost: 500, impressions: 0 })).toBeNull();
    expect(cpe({ cost: 500, engagements: 0 })).toBeNull();
    expect(cpc({ cost: 500, clicks: 0 })).toBeNull();
    expect(cpa({ cost: 500, conversions: 0 })).toBeNull();
    expect(cpa({ cost: 0, conversions: 3 })).toBe(0);
    expect(cpm({ cost: null, impressions: 10 })).toBeNull();
  });

  it("throws RangeError naming the field", () => {
    expect(() => cpm({ cost: -1, impressions: 10 })).toThrow(/cost/);
    expect(() => cpe({ cost: 1, engagements: -1 })).toThrow(/engagements/);
    expect(() => cpc({ cost: 1, clicks: Number.POSITIVE_INFINITY })).toThrow(/clicks/);
    expect(() => cpa({ cost: Number.NaN, conversions: 1 })).toThrow(/cost/);
  });

  it("computes ROI in % and ROAS as a ratio", () => {
    expect(roi({ revenue: 1_500, cost: 1_000 })).toBe(50);
    expect(roi({ revenue: 1_000, cost: 1_000 })).toBe(0);
    expect(roi({ revenue: 0, cost: 1_000 })).toBe(-100);
    expect(roas({ revenue: 1_500, cost: 1_000 })).toBe(1.5);
    expect(roas({ revenue: 0, cost: 1_000 })).toBe(0);
  });

  it("returns null ROI and ROAS at cost 0 or unknown inputs", () => {
    expect(roi({ revenue: 1_500, cost: 0 })).toBeNull();
    expect(roas({ revenue: 1_500, cost: 0 })).toBeNull();
    expect(roi({ revenue: null, cost: 10 })).toBeNull();
    expect(roas({ revenue: 10, cost: null })).toBeNull();
    expect(() => roi({ revenue: -5, cost: 10 })).toThrow(/revenue/);
  });

  it("computes EMV as impressions × CPM ÷ 1,000 and labels it an estimate", () => {
    expect(emv({ impressions: 200_000, cpm: 5 })).toBe(1_000);
    expect(emv({ impressions: 0, cpm: 5 })).toBe(0);
    expect(emv({ impressions: null, cpm: 5 })).toBeNull();
    expect(() => emv({ impressions: 1, cpm: -5 })).toThrow(/cpm/);
    expect(METRIC_FORMULAS.emv.estimate).toBe(true);
    expect(METRIC_FORMULAS.emv.label).toMatch(/estimate/i);
  });

  it("throws rather than return Infinity when a finite input overflows the result", () => {
    expect(() => cpm({ cost: 1e300, impressions: 1e-300 })).toThrow(/cpm/);
    expect(cpm({ cost: 1e306, impressions: 1e10 })).toBe(1e299);
  });
});

describe("the seed's own figures", () => {
  it("reproduces the $5.13 CPM case (3,414,400 impressions)", () => {
    const impressions = 3_414_400;
    const cost = (impressions * 5.13) / 1_000;
    expect(cost).toBeCloseTo(17_515.87, 2);
    expect(formatMoney(cost)).toBe("$17,515.87");
    expect(Math.abs(cpm({ cost, impressions })! - 5.13)).toBeLessThan(1e-9);
    // The figure as a finance team would store it, in cents, still gives $5.13 CPM to the cent.
    const storedCost = fromMinorUnits(toMinorUnits(cost, "USD"), "USD");
    expect(storedCost).toBe(17_515.87);
    expect(formatMoney(cpm({ cost: storedCost, impressions }))).toBe("$5.13");
    expect(emv({ impressions, cpm: 5.13 })).toBeCloseTo(17_515.872, 9);
  });

  it("reproduces the $2 CPM Spark Ads figure", () => {
    expect(cpm({ cost: 2_000, impressions: 1_000_000 })).toBe(2);
  });

  it("reproduces the hair-loss case: 1,453,900 impressions at 4.48 % engagement", () => {
    const engagements = Math.round(1_453_900 * 0.0448);
    expect(formatPercent(engagementRateByImpressions({ engagements, impressions: 1_453_900 }), 2)).toBe("4.48%");
  });

  it("reproduces the razor case's 2.2 % average engagement on 476,000 followers", () => {
    expect(formatPercent(engagementRate({ likes: 9_800, comments: 672, followers: 476_000 }))).toBe("2.2%");
    expect(formatCount(476_000)).toBe("476K");
  });

  it("reproduces the micro-influencer rate card", () => {
    expect(MICRO_RATE_CARD).toEqual({
      instagram: { low: 100, high: 500, unit: "post", currency: "USD" },
      youtube: { low: 200, high: 1_000, unit: "video", currency: "USD" },
      tiktok: { low: 25, high: 125, unit: "video", currency: "USD" },
      twitter: { low: 20, high: 100, unit: "tweet", currency: "USD" },
      facebook: { low: 250, high: 1_250, unit: "post", currency: "USD" },
    });
    expect(estimateMicroRate("tiktok")).toEqual({ low: 25, high: 125, unit: "video", currency: "USD" });
    expect(estimateMicroRate("facebook")?.high).toBe(1_250);
  });

  it("has no rate for platforms the seed gives no figure for", () => {
    for (const platform of ["twitch", "pinterest", "blog", "toString", "Instagram", ""]) {
      expect(estimateMicroRate(platform), platform).toBeNull();
    }
  });

  it("states the seed's formulas and sources", () => {
    expect(METRIC_FORMULAS.engagementRateByReach).toMatchObject({
      formula: "(likes + comments + saves) ÷ reach × 100",
      source: "seed",
      unit: "percent",
    });
    expect(METRIC_FORMULAS.storyCompletionRate.source).toBe("seed");
    expect(METRIC_FORMULAS.cpm.formula).toBe("cost ÷ impressions × 1,000");
    expect(METRIC_FORMULAS.roi.formula).toBe("(revenue − cost) ÷ cost × 100");
    expect(METRIC_FORMULAS.roas.unit).toBe("ratio");
    for (const [key, entry] of Object.entries(METRIC_FORMULAS)) {
      expect(entry.formula.length, key).toBeGreaterThan(0);
      expect(["seed", "industry"], key).toContain(entry.source);
    }
  });
});

describe("aggregateMetrics", () => {
  it("gives totals 0 and every rate null for no rows", () => {
    const result = aggregateMetrics([]);
    expect(result.posts).toBe(0);
    expect(Object.values(result.totals).every((v) => v === 0)).toBe(true);
    expect(Object.values(result.rates).every((v) => v === null)).toBe(true);
    expect(Object.keys(result.rates).sort()).toEqual([
      "cpa",
      "cpc",
      "cpe",
      "cpm",
      "ctr",
      "engagementRateByImpressions",
      "engagementRateByReach",
      "roas",
      "roi",
    ]);
  });

  it("sums the columns and computes every rate from the sums", () => {
    const result = aggregateMetrics([
      {
        likes: 100,
        comments: 10,
        saves: 5,
        shares: 5,
        reach: 2_000,
        impressions: 4_000,
        clicks: 40,
        conversions: 2,
        cost: 150,
        revenue: 300,
      },
      {
        likes: 50,
        comments: 5,
        saves: 5,
        shares: 0,
        reach: 1_000,
        impressions: 1_000,
        clicks: 10,
        conversions: 3,
        cost: 100,
        revenue: 200,
      },
    ]);
    expect(result.posts).toBe(2);
    expect(result.totals).toEqual({
      likes: 150,
      comments: 15,
      saves: 10,
      shares: 5,
      engagements: 180,
      reach: 3_000,
      impressions: 5_000,
      clicks: 50,
      conversions: 5,
      cost: 250,
      revenue: 500,
    });
    expect(result.rates).toEqual({
      engagementRateByReach: (175 / 3_000) * 100,
      engagementRateByImpressions: 3.6,
      ctr: 1,
      cpm: 50,
      cpe: 250 / 180,
      cpc: 5,
      cpa: 50,
      roi: 100,
      roas: 2,
    });
  });

  it("is a ratio of sums, not a mean of per-post ratios", () => {
    const rows = [
      { clicks: 10, impressions: 100 },
      { clicks: 1, impressions: 1_000 },
    ];
    const meanOfRatios = (ctr(rows[0]!)! + ctr(rows[1]!)!) / 2;
    expect(meanOfRatios).toBeCloseTo(5.05, 10);
    expect(aggregateMetrics(rows).rates.ctr).toBe(1);
  });

  it("sums money the same in any row order (plain left-to-right addition would not)", () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.3 + 0.2 + 0.1);
    const forward = aggregateMetrics([{ cost: 0.1 }, { cost: 0.2 }, { cost: 0.3 }]);
    const backward = aggregateMetrics([{ cost: 0.3 }, { cost: 0.2 }, { cost: 0.1 }]);
    expect(forward.totals.cost).toBe(0.6);
    expect(backward.totals.cost).toBe(0.6);
  });

  it("treats a missing or null field as a 0 contribution", () => {
    const result = aggregateMetrics([{ clicks: 5, impressions: 100 }, { clicks: null, impressions: 100 }, {}]);
    expect(result.posts).toBe(3);
    expect(result.totals.clicks).toBe(5);
    expect(result.rates.ctr).toBe(2.5);
    expect(result.rates.cpm).toBe(0);
    expect(result.rates.cpc).toBe(0);
    expect(result.rates.roi).toBeNull();
  });

  it("throws RangeError naming the row and field", () => {
    expect(() => aggregateMetrics([{ likes: 1 }, { likes: -1 }])).toThrow(/rows\[1\]\.likes/);
    expect(() => aggregateMetrics([{ cost: Number.NaN }])).toThrow(/rows\[0\]\.cost/);
    expect(() => aggregateMetrics([{ cost: 1e308 }, { cost: 1e308 }])).toThrow(/total cost/);
  });
});

describe("formatting", () => {
  it("formats percentages with fixed decimals and null as a dash", () => {
    expect(formatPercent(2.2)).toBe("2.2%");
    expect(formatPercent(2.25)).toBe("2.3%");
    expect(formatPercent(0)).toBe("0.0%");
    expect(formatPercent(4.48, 2)).toBe("4.48%");
    expect(formatPercent(33.333333, 0)).toBe("33%");
    expect(formatPercent(1_234.5)).toBe("1,234.5%");
    expect(formatPercent(-100)).toBe("-100.0%");
    expect(formatPercent(null)).toBe("—");
    expect(() => formatPercent(Number.NaN)).toThrow(RangeError);
  });

  it("formats money with the currency's own decimals", () => {
    expect(formatMoney(5.13)).toBe("$5.13");
    expect(formatMoney(0)).toBe("$0.00");
    expect(formatMoney(-0.001)).toBe("$0.00");
    expect(formatMoney(1_234.5, "JPY")).toBe("¥1,235");
    expect(formatMoney(1_250, "EUR", "de-DE")).toBe("1.250,00\u00a0€");
    expect(formatMoney(null)).toBe("—");
    expect(() => formatMoney(Number.POSITIVE_INFINITY)).toThrow(/amount/);
  });

  it("formats counts compactly", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1_000)).toBe("1K");
    expect(formatCount(48_200)).toBe("48.2K");
    expect(formatCount(3_414_400)).toBe("3.4M");
    expect(formatCount(null)).toBe("—");
    expect(() => formatCount(-1)).toThrow(/n must/);
  });

  it("formats ratios such as ROAS with ×, not %", () => {
    expect(formatRatio(2)).toBe("2.00×");
    expect(formatRatio(null)).toBe("—");
  });
});

describe("money in minor units", () => {
  it("uses 2 decimals for most currencies and 0 for JPY and KRW", () => {
    expect(currencyExponent("USD")).toBe(2);
    expect(currencyExponent("eur")).toBe(2);
    expect(currencyExponent("JPY")).toBe(0);
    expect(currencyExponent("KRW")).toBe(0);
    expect(currencyExponent("KWD")).toBe(3);
  });

  it("converts both ways", () => {
    expect(toMinorUnits(17_515.87, "USD")).toBe(1_751_587);
    expect(fromMinorUnits(1_751_587, "USD")).toBe(17_515.87);
    expect(toMinorUnits(1_234, "JPY")).toBe(1_234);
    expect(fromMinorUnits(1_234, "JPY")).toBe(1_234);
    expect(toMinorUnits(50_000, "KRW")).toBe(50_000);
    expect(fromMinorUnits(1_234, "KWD")).toBe(1.234);
  });

  it("rounds half away from zero despite binary noise", () => {
    expect(toMinorUnits(1.005, "USD")).toBe(101);
    expect(toMinorUnits(-2.5, "USD")).toBe(-250);
    expect(toMinorUnits(1_234.5, "JPY")).toBe(1_235);
    expect(toMinorUnits(-1_234.5, "JPY")).toBe(-1_235);
    expect(Object.is(toMinorUnits(-0.001, "USD"), 0)).toBe(true);
  });

  it("rejects bad input, naming it", () => {
    expect(() => toMinorUnits(Number.NaN, "USD")).toThrow(/amount/);
    expect(() => toMinorUnits(1e300, "USD")).toThrow(RangeError);
    expect(() => fromMinorUnits(1.5, "USD")).toThrow(/minor/);
    expect(() => toMinorUnits(1, "US")).toThrow(/currency/);
    expect(() => fromMinorUnits(1, "dollars")).toThrow(/currency/);
  });
});

describe("roi floor (regression from a fast-check counterexample)", () => {
  it("is exactly −100 when revenue is 0, whatever the cost's rounding", () => {
    expect(roi({ revenue: 0, cost: 351101360.78 })).toBe(-100);
    expect(roi({ revenue: 0, cost: 0.3 })).toBe(-100);
  });
});
