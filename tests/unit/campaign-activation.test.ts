import { describe, expect, it } from "vitest";

import { shouldOfferActivation } from "@/lib/campaigns/activation";

const base = { status: "draft", briefVersion: 1, startDate: null, livePosts: 0, today: "2030-05-10" };

describe("shouldOfferActivation", () => {
  it("a draft with its brief out and no start date: offer", () => {
    expect(shouldOfferActivation(base)).toBe(true);
  });
  it("the brief not sent yet: no", () => {
    expect(shouldOfferActivation({ ...base, briefVersion: 0, livePosts: 2 })).toBe(false);
  });
  it("only drafts", () => {
    for (const status of ["active", "completed", "archived"]) expect(shouldOfferActivation({ ...base, status, livePosts: 1 })).toBe(false);
  });
  it("a start date still ahead: not yet, unless a post is already live", () => {
    expect(shouldOfferActivation({ ...base, startDate: "2030-05-11" })).toBe(false);
    expect(shouldOfferActivation({ ...base, startDate: "2030-05-11", livePosts: 1 })).toBe(true);
  });
  it("the start date reached (inclusive) or passed: offer", () => {
    expect(shouldOfferActivation({ ...base, startDate: "2030-05-10" })).toBe(true);
    expect(shouldOfferActivation({ ...base, startDate: "2030-04-01" })).toBe(true);
  });
});
