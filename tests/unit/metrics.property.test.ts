import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  aggregateMetrics,
  classifyTier,
  cpa,
  cpc,
  cpe,
  cpm,
  ctr,
  engagementRate,
  engagementRateByImpressions,
  engagementRateByReach,
  findViewershipDrops,
  fromMinorUnits,
  roas,
  roi,
  storyCompletionRate,
  TIERS,
  toMinorUnits,
  type MetricRow,
} from "@/lib/metrics";

const count = fc.integer({ min: 0, max: 1_000_000_000 });
const positiveCount = fc.integer({ min: 1, max: 1_000_000_000 });
/** Money as it arrives from storage: whole cents, shown in dollars. */
const money = fc.integer({ min: 0, max: 100_000_000_000 }).map((cents) => cents / 100);
/** Arbitrary doubles (no denormal dust), to show that summation order cannot matter. */
const anyMoney = fc.double({ min: 0, max: 1e9, noNaN: true }).map((x) => (x < 1e-6 ? 0 : x));
const missing = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 5 });

const rowOf = (moneyArb: fc.Arbitrary<number>): fc.Arbitrary<MetricRow> =>
  fc.record(
    {
      likes: missing(count),
      comments: missing(count),
      saves: missing(count),
      shares: missing(count),
      reach: missing(count),
      impressions: missing(count),
      clicks: missing(count),
      conversions: missing(count),
      cost: missing(moneyArb),
      revenue: missing(moneyArb),
    },
    { requiredKeys: [] },
  );

const row = rowOf(money);
const v = (x: number | null | undefined): number => x ?? 0;

describe("aggregateMetrics properties", () => {
  it("aggregating one row gives exactly that row's own totals and rates", () => {
    fc.assert(
      fc.property(row, (r) => {
        const likes = v(r.likes);
        const comments = v(r.comments);
        const saves = v(r.saves);
        const shares = v(r.shares);
        const engagements = likes + comments + saves + shares;
        const cost = v(r.cost);
        const revenue = v(r.revenue);
        const result = aggregateMetrics([r]);
        expect(result.posts).toBe(1);
        expect(result.totals).toEqual({
          likes,
          comments,
          saves,
          shares,
          engagements,
          reach: v(r.reach),
          impressions: v(r.impressions),
          clicks: v(r.clicks),
          conversions: v(r.conversions),
          cost,
          revenue,
        });
        expect(result.rates).toEqual({
          engagementRateByReach: engagementRateByReach({ likes, comments, saves, reach: v(r.reach) }),
          engagementRateByImpressions: engagementRateByImpressions({ engagements, impressions: v(r.impressions) }),
          ctr: ctr({ clicks: v(r.clicks), impressions: v(r.impressions) }),
          cpm: cpm({ cost, impressions: v(r.impressions) }),
          cpe: cpe({ cost, engagements }),
          cpc: cpc({ cost, clicks: v(r.clicks) }),
          cpa: cpa({ cost, conversions: v(r.conversions) }),
          roi: roi({ revenue, cost }),
          roas: roas({ revenue, cost }),
        });
      }),
    );
  });

  it("does not depend on the order of the rows, to the last bit", () => {
    const rowsAndPermutation = fc
      .array(rowOf(anyMoney), { maxLength: 30 })
      .chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })));
    fc.assert(
      fc.property(rowsAndPermutation, ([rows, shuffled]) => {
        expect(aggregateMetrics(shuffled)).toEqual(aggregateMetrics(rows));
      }),
      { numRuns: 300 },
    );
  });

  it("never returns a negative rate (ROI never below −100), NaN or Infinity for valid rows", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const { rates, totals } = aggregateMetrics(rows);
        for (const [name, value] of Object.entries(rates)) {
          if (value === null) continue;
          expect(Number.isFinite(value), name).toBe(true);
          expect(value, name).toBeGreaterThanOrEqual(name === "roi" ? -100 : 0);
        }
        for (const value of Object.values(totals)) expect(value).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("gives null exactly for the rates whose denominator total is 0", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 10 }), (rows) => {
        const { rates, totals } = aggregateMetrics(rows);
        expect(rates.ctr === null).toBe(totals.impressions === 0);
        expect(rates.cpm === null).toBe(totals.impressions === 0);
        expect(rates.engagementRateByReach === null).toBe(totals.reach === 0);
        expect(rates.cpe === null).toBe(totals.engagements === 0);
        expect(rates.cpc === null).toBe(totals.clicks === 0);
        expect(rates.cpa === null).toBe(totals.conversions === 0);
        expect(rates.roi === null).toBe(totals.cost === 0);
        expect(rates.roas === null).toBe(totals.cost === 0);
      }),
    );
  });

  it("is the impression-weighted CTR, which differs from the mean of per-post CTRs when weights and rates differ", () => {
    const post = fc
      .integer({ min: 1, max: 10_000 })
      .chain((impressions) => fc.record({ impressions: fc.constant(impressions), clicks: fc.integer({ min: 0, max: impressions }) }));
    fc.assert(
      fc.property(post, post, (a, b) => {
        const ctrA = ctr(a)!;
        const ctrB = ctr(b)!;
        fc.pre(a.impressions !== b.impressions && ctrA !== ctrB);
        const aggregate = aggregateMetrics([a, b]).rates.ctr!;
        expect(aggregate).toBeCloseTo(((a.clicks + b.clicks) / (a.impressions + b.impressions)) * 100, 9);
        expect(aggregate).not.toBe((ctrA + ctrB) / 2);
        expect(aggregate).toBeGreaterThanOrEqual(Math.min(ctrA, ctrB));
        expect(aggregate).toBeLessThanOrEqual(Math.max(ctrA, ctrB));
      }),
    );
  });
});

describe("single-post rate properties", () => {
  it("never returns a negative, NaN or infinite rate for valid input", () => {
    fc.assert(
      fc.property(count, count, count, count, count, money, money, (a, b, c, d, denominator, cost, revenue) => {
        const rates = [
          engagementRate({ likes: a, comments: b, shares: c, saves: d, followers: denominator }),
          engagementRateByReach({ likes: a, comments: b, saves: c, reach: denominator }),
          engagementRateByImpressions({ engagements: a, impressions: denominator }),
          ctr({ clicks: a, impressions: denominator }),
          cpm({ cost, impressions: denominator }),
          cpe({ cost, engagements: denominator }),
          cpc({ cost, clicks: denominator }),
          cpa({ cost, conversions: denominator }),
          roas({ revenue, cost }),
          storyCompletionRate([denominator, a, b]),
        ];
        for (const rate of rates) {
          if (rate === null) continue;
          expect(Number.isFinite(rate)).toBe(true);
          expect(rate).toBeGreaterThanOrEqual(0);
        }
        const r = roi({ revenue, cost });
        if (r !== null) expect(r).toBeGreaterThanOrEqual(-100);
        if (denominator === 0) {
          expect(rates.slice(0, 8).every((rate) => rate === null)).toBe(true);
        }
      }),
    );
  });

  it("ERR grows with every added like, comment or save at a fixed reach", () => {
    fc.assert(
      fc.property(
        count,
        count,
        count,
        positiveCount,
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom("likes", "comments", "saves") as fc.Arbitrary<"likes" | "comments" | "saves">,
        (likes, comments, saves, reach, extra, field) => {
          const base = { likes, comments, saves, reach };
          const more = { ...base, [field]: base[field] + extra };
          expect(engagementRateByReach(more)!).toBeGreaterThan(engagementRateByReach(base)!);
        },
      ),
    );
  });

  it("ERR falls as reach grows with the same engagement", () => {
    fc.assert(
      fc.property(count, count, count, positiveCount, positiveCount, (likes, comments, saves, reach, extra) => {
        fc.pre(likes + comments + saves > 0);
        const base = engagementRateByReach({ likes, comments, saves, reach })!;
        expect(engagementRateByReach({ likes, comments, saves, reach: reach + extra })!).toBeLessThan(base);
      }),
    );
  });
});

describe("tier properties", () => {
  it("never moves down a tier as followers grow", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 5_000_000 }), (x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(TIERS.indexOf(classifyTier(low))).toBeLessThanOrEqual(TIERS.indexOf(classifyTier(high)));
      }),
    );
  });

  it("puts each custom bound itself in its tier and the count just below in the tier before", () => {
    const increasing = fc
      .uniqueArray(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 4, maxLength: 4 })
      .map((xs) => [...xs].sort((p, q) => p - q))
      .map(([nano, micro, macro, mega]) => ({ nano: nano!, micro: micro!, macro: macro!, mega: mega! }));
    fc.assert(
      fc.property(increasing, (bounds) => {
        const order = ["nano", "micro", "macro", "mega"] as const;
        order.forEach((tier, i) => {
          expect(classifyTier(bounds[tier], bounds)).toBe(tier);
          expect(classifyTier(bounds[tier] - 1, bounds)).toBe(TIERS[i]);
        });
      }),
    );
  });
});

describe("story properties", () => {
  it("lists a frame as a drop exactly when it fell by at least minDropPct", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 15 }), fc.integer({ min: 1, max: 100 }), (frames, min) => {
        const listed = new Map(findViewershipDrops(frames, min).map((d) => [d.frame, d.dropPct]));
        for (let i = 1; i < frames.length; i++) {
          const previous = frames[i - 1]!;
          const fell = previous === 0 ? null : ((previous - frames[i]!) / previous) * 100;
          if (fell === null) {
            expect(listed.has(i)).toBe(false);
          } else if (Math.abs(fell - min) > 1e-9) {
            expect(listed.has(i), `frame ${i}`).toBe(fell > min);
          }
          if (listed.has(i)) expect(listed.get(i)).toBeCloseTo(fell!, 9);
        }
      }),
    );
  });

  it("completion is 100 for a single frame and between 0 and 100 when viewers only leave", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 1, maxLength: 10 }), positiveCount, (drops, first) => {
        const frames = [first];
        for (const drop of drops) frames.push(Math.max(0, frames[frames.length - 1]! - drop));
        const rate = storyCompletionRate(frames)!;
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(100);
        expect(storyCompletionRate([first])).toBe(100);
      }),
    );
  });
});

describe("money properties", () => {
  it("round-trips whole minor units through currency units", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
        fc.constantFrom("USD", "EUR", "JPY", "KRW", "KWD"),
        (minor, currency) => {
          expect(toMinorUnits(fromMinorUnits(minor, currency), currency)).toBe(minor);
        },
      ),
    );
  });
});
