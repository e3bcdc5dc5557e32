import { describe, expect, it } from "vitest";

import { findFollowerSpikes, sortHistory, SPIKE_RULES } from "@/lib/vetting";

/** Daily history from 2026-03-01 with the given counts. */
const daily = (counts: number[]) => counts.map((followers, i) => ({ date: `2026-03-${String(i + 1).padStart(2, "0")}`, followers }));

describe("findFollowerSpikes", () => {
  it("finds a day-over-day jump above 20 %", () => {
    const spikes = findFollowerSpikes(daily([10_000, 10_050, 14_500, 14_550]));
    expect(spikes).toEqual([
      {
        date: "2026-03-03",
        followers: 14_500,
        previousDate: "2026-03-02",
        previousFollowers: 10_050,
        gain: 4_450,
        growthPct: expect.closeTo(44.28, 2),
        days: 1,
        dailyGrowthPct: expect.closeTo(44.28, 2),
        rule: "jump",
      },
    ]);
  });

  it("does not flag steady growth, or a jump just under 20 %", () => {
    expect(findFollowerSpikes(daily([10_000, 10_100, 10_200, 10_300, 10_400, 10_500]))).toEqual([]);
    expect(findFollowerSpikes(daily([10_000, 11_990]))).toEqual([]);
    expect(findFollowerSpikes(daily([10_000, 12_000]))).toHaveLength(1); // exactly 20 % is a spike
  });

  it("flags a > 20 % jump over up to a week, but not over a longer gap by that rule", () => {
    const weekly = [
      { date: "2026-03-01", followers: 10_000 },
      { date: "2026-03-08", followers: 13_000 },
    ];
    expect(findFollowerSpikes(weekly).map((s) => [s.rule, s.days])).toEqual([["jump", 7]]);
    const monthly = [
      { date: "2026-03-01", followers: 10_000 },
      { date: "2026-03-31", followers: 13_000 },
    ];
    expect(findFollowerSpikes(monthly)).toEqual([]);
  });

  it("flags a period-normalised jump far above the usual growth in monthly snapshots", () => {
    const history = [
      { date: "2026-01-01", followers: 20_000 },
      { date: "2026-02-01", followers: 20_400 },
      { date: "2026-03-01", followers: 20_800 },
      { date: "2026-04-01", followers: 21_200 },
      { date: "2026-05-01", followers: 40_000 }, // +89 % in a month ≈ 2.1 %/day
      { date: "2026-06-01", followers: 40_500 },
    ];
    const spikes = findFollowerSpikes(history);
    expect(spikes.map((s) => [s.date, s.rule])).toEqual([["2026-05-01", "vs_median"]]);
    expect(spikes[0]?.dailyGrowthPct).toBeCloseTo(((40_000 / 21_200) ** (1 / 30) - 1) * 100, 6);
  });

  it("needs at least four intervals before comparing with the median", () => {
    const history = [
      { date: "2026-01-01", followers: 20_000 },
      { date: "2026-02-01", followers: 20_400 },
      { date: "2026-03-01", followers: 40_000 },
    ];
    expect(findFollowerSpikes(history)).toEqual([]);
  });

  it("ignores drops, tiny absolute gains and intervals starting at 0", () => {
    expect(findFollowerSpikes(daily([10_000, 5_000, 5_100]))).toEqual([]);
    expect(findFollowerSpikes(daily([200, 290]))).toEqual([]); // +45 % but only 90 followers
    expect(findFollowerSpikes(daily([0, 5_000]))).toEqual([]);
  });

  it("sorts the input by date and lets the last of two same-date points win", () => {
    const history = [
      { date: "2026-03-03", followers: 14_500 },
      { date: "2026-03-01", followers: 10_000 },
      { date: "2026-03-02", followers: 99_999 },
      { date: "2026-03-02", followers: 10_050 },
    ];
    expect(sortHistory(history).map((p) => p.followers)).toEqual([10_000, 10_050, 14_500]);
    expect(findFollowerSpikes(history).map((s) => s.date)).toEqual(["2026-03-03"]);
  });

  it("does not amplify sub-day intervals when normalising", () => {
    const spikes = findFollowerSpikes([
      { date: "2026-03-01T00:00:00Z", followers: 10_000 },
      { date: "2026-03-01T06:00:00Z", followers: 12_500 },
    ]);
    expect(spikes[0]?.days).toBe(0.25);
    expect(spikes[0]?.dailyGrowthPct).toBeCloseTo(25, 10);
  });

  it("returns [] for fewer than two points", () => {
    expect(findFollowerSpikes([])).toEqual([]);
    expect(findFollowerSpikes(daily([5_000]))).toEqual([]);
  });

  it("throws RangeError for negative or non-finite counts and unparseable dates", () => {
    expect(() => findFollowerSpikes([{ date: "2026-03-01", followers: -1 }])).toThrow(RangeError);
    expect(() => findFollowerSpikes([{ date: "2026-03-01", followers: Number.NaN }])).toThrow(RangeError);
    expect(() => findFollowerSpikes([{ date: "yesterday", followers: 1 }])).toThrow('history[0].date is not an ISO date: "yesterday"');
  });

  it("accepts custom rules", () => {
    expect(findFollowerSpikes(daily([10_000, 11_000]), { ...SPIKE_RULES, minJumpPct: 5 })).toHaveLength(1);
  });
});
