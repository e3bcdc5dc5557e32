import { describe, expect, it } from "vitest";

import { checkSnapshot, readStoryNavigation, sameSnapshotCounts } from "@/lib/metrics";

describe("readStoryNavigation", () => {
  it("reads exits and swipes to the next account as where viewers left", () => {
    const r = readStoryNavigation({ tapsForward: 7_420, tapsBack: 310, tapExits: 640, swipesForward: 420 });
    expect(r).toMatchObject({ actions: 8_790, left: 1_060 });
    expect(r!.leftPct).toBeCloseTo(12.059, 2);
    expect(r!.forwardPct).toBeCloseTo(84.414, 2);
    expect(r!.backPct).toBeCloseTo(3.527, 2);
  });
  it("gives no reading without the figures that say who left, or without any action", () => {
    expect(readStoryNavigation(null)).toBeNull();
    expect(readStoryNavigation({ tapsForward: 10, tapsBack: 1, tapExits: null, swipesForward: null })).toBeNull();
    expect(readStoryNavigation({ tapsForward: 0, tapsBack: 0, tapExits: 0, swipesForward: 0 })).toBeNull();
    // One of the two leaving figures is enough; the unreported parts count 0 and their share is null.
    expect(readStoryNavigation({ tapsForward: null, tapsBack: null, tapExits: 5, swipesForward: null })).toMatchObject({
      actions: 5,
      leftPct: 100,
      forwardPct: null,
    });
  });
  it("refuses a negative count, naming it", () => {
    expect(() => readStoryNavigation({ tapsForward: -1, tapsBack: 0, tapExits: 0, swipesForward: 0 })).toThrow(/tapsForward/);
  });
});

describe("snapshots carry the navigation", () => {
  it("checks navigation counts like the others", () => {
    expect(checkSnapshot({ tapExits: -3 })).toEqual({ tapExits: ["Exits can't be negative."] });
    expect(checkSnapshot({ swipesForward: 12 })).toEqual({});
  });
  it("a snapshot differing only in its navigation is not the same snapshot", () => {
    const a = { reach: 100, frameViews: [10, 8], tapExits: 4 };
    expect(sameSnapshotCounts(a, { ...a })).toBe(true);
    expect(sameSnapshotCounts(a, { ...a, tapExits: 5 })).toBe(false);
    expect(sameSnapshotCounts(a, { ...a, tapExits: null })).toBe(false);
  });
});
