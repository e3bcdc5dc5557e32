import { describe, expect, it } from "vitest";

import { accountEngagement, buildSearchText, ER_COMPUTED, influencerFigures } from "@/lib/influencers/denormalise";
import { accountChanges, influencerChanges, type ExistingAccount } from "@/lib/influencers/import-diff";
import { activeFilterCount, searchFromParams, searchToParams } from "@/lib/influencers/search-schema";
import { NOT_ENOUGH_DATA_REASON } from "@/lib/vetting";

describe("accountEngagement", () => {
  it("computes (likes + comments) ÷ followers × 100 when both averages are known", () => {
    expect(accountEngagement({ platform: "instagram", handle: "a", followers: 10_000, avgLikes: 450, avgComments: 50 })).toEqual({
      rate: 5,
      source: ER_COMPUTED,
    });
  });
  it("keeps an imported rate when there are no averages, and is null without either", () => {
    expect(
      accountEngagement({ platform: "instagram", handle: "a", followers: 10_000, engagementRate: 6.1, engagementRateSource: "imported" }),
    ).toEqual({ rate: 6.1, source: "imported" });
    expect(accountEngagement({ platform: "instagram", handle: "a", followers: 0, avgLikes: 1, avgComments: 1 })).toEqual({
      rate: null,
      source: null,
    });
  });
});

describe("influencerFigures", () => {
  it("takes followers, ER and tier from the largest account and risk from the riskiest", () => {
    const f = influencerFigures({ displayName: "Jane Doe", niches: ["skincare"] }, [
      {
        platform: "instagram",
        handle: "jane",
        followers: 48_200,
        engagementRate: 6.1,
        engagementRateSource: "imported",
        topHashtags: ["glow"],
      },
      { platform: "tiktok", handle: "janetok", followers: 5_000, engagementRate: 0.05, engagementRateSource: "imported", following: 9_000 },
    ]);
    expect(f.influencer.followers).toBe(48_200);
    expect(f.influencer.tier).toBe("micro");
    expect(f.influencer.engagementRate).toBe(6.1);
    expect(f.influencer.platforms).toEqual(["instagram", "tiktok"]);
    expect(f.influencer.riskReasons[0]).toMatch(/^TikTok @janetok: /);
    expect(f.influencer.riskScore).toBe(Math.max(...f.accounts.map((a) => a.riskScore ?? 0)));
    expect(f.influencer.searchText).toBe("jane doe skincare jane #glow janetok");
  });
  it("marks risk unknown when nothing can be assessed", () => {
    const f = influencerFigures({ displayName: "X", niches: [] }, [{ platform: "blog", handle: "x.com", followers: 100 }]);
    expect(f.influencer.riskScore).toBeNull();
    expect(f.influencer.riskReasons).toEqual([NOT_ENOUGH_DATA_REASON]);
    expect(f.influencer.tier).toBe("none");
  });
  it("flags a follower spike from the history", () => {
    const history = [
      { date: "2026-01-01", followers: 10_000 },
      { date: "2026-01-08", followers: 10_100 },
      { date: "2026-01-15", followers: 19_000 },
    ];
    const f = influencerFigures({ displayName: "S", niches: [] }, [{ platform: "instagram", handle: "s", followers: 19_000, history }]);
    expect(f.influencer.riskReasons.join(" ")).toMatch(/2026-01-15/);
  });
  it("search text is lower-cased and collapses whitespace", () => {
    expect(
      buildSearchText({ displayName: "  Ana  LIMA ", niches: [] }, [
        { platform: "instagram", handle: "ana", followers: 1, bio: "Travel\nFood" },
      ]),
    ).toBe("ana lima ana travel food");
  });
});

const existing: ExistingAccount = {
  id: "a1",
  influencerId: "i1",
  platform: "instagram",
  handle: "jane",
  url: null,
  followers: 100,
  following: null,
  posts: null,
  avgLikes: null,
  avgComments: null,
  avgViews: null,
  engagementRate: 5,
  engagementRateSource: "imported",
  bio: null,
  topHashtags: ["glow"],
  influencer: {
    displayName: "Jane",
    email: null,
    country: "US",
    notes: null,
    languages: [],
    niches: ["beauty"],
    tags: ["vip"],
    brandsWorkedWith: [],
  },
};
const record = {
  platform: "instagram" as const,
  handle: "jane",
  displayName: "Jane",
  followers: 100,
  engagementRate: 5,
  languages: [],
  niches: ["beauty"],
  tags: [],
  topHashtags: ["glow"],
  brandsWorkedWith: [],
};

describe("re-import diff", () => {
  it("the same row is unchanged; a new count or tag is a change; empty cells never erase", () => {
    expect(accountChanges(existing, record)).toBeNull();
    expect(influencerChanges(existing.influencer, record)).toBeNull();
    expect(accountChanges(existing, { ...record, followers: 120 })?.followers).toBe(120);
    expect(influencerChanges(existing.influencer, { ...record, tags: ["new"] })?.tags).toEqual(["vip", "new"]);
    expect(influencerChanges(existing.influencer, { ...record, displayName: "jane" })).toBeNull();
  });
});

describe("search URL", () => {
  it("round-trips filters, drops invalid values, reads repeated and comma lists", () => {
    const parsed = searchFromParams(
      new URLSearchParams(
        "q=vegan&platform=instagram&platform=snapchat&tier=micro,nano&fmin=10000&ermin=abc&risk=low&country=us&sort=engagement",
      ),
    );
    expect(parsed.q).toBe("vegan");
    expect(parsed.filters).toEqual({
      platforms: ["instagram"],
      tiers: ["micro", "nano"],
      followersMin: 10000,
      risk: ["low"],
      countries: ["US"],
    });
    expect(parsed.sort).toBe("engagement");
    expect(searchToParams(parsed)).toBe("q=vegan&platform=instagram&tier=micro%2Cnano&country=US&risk=low&fmin=10000&sort=engagement");
    expect(activeFilterCount(parsed.filters)).toBe(5);
  });
});
