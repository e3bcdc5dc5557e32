import { describe, expect, it } from "vitest";

import {
  autoMapHeaders,
  GENERAL_FIELDS,
  IMPORT_FIELD_ALIASES,
  IMPORT_FIELDS,
  importFieldLabel,
  KNOWN_COUNTRY_CODES,
  mappingProblems,
  parseCountry,
  parseHashtags,
  splitList,
  type ImportField,
} from "@/lib/influencers/import";

const fieldOf = (header: string): ImportField | null => autoMapHeaders([header])[header] ?? null;

describe("autoMapHeaders", () => {
  it.each<[string, ImportField]>([
    ["Username", "handle"],
    ["handle", "handle"],
    ["@", "handle"],
    ["User Name", "handle"],
    ["user_name", "handle"],
    ["Account", "handle"],
    ["IG handle", "instagram_handle"],
    ["Instagram Username", "instagram_handle"],
    ["Instagram", "instagram_handle"],
    ["Platform", "platform"],
    ["Network", "platform"],
    ["Profile URL", "profile_url"],
    ["profile_url", "profile_url"],
    ["Link", "profile_url"],
    ["URL", "profile_url"],
    ["Name", "display_name"],
    ["Full Name", "display_name"],
    ["Display name", "display_name"],
    ["Email", "email"],
    ["E-mail", "email"],
    ["E-Mail Address", "email"],
    ["Contact", "email"],
    ["Followers", "followers"],
    ["Follower Count", "followers"],
    ["FOLLOWER-COUNT", "followers"],
    ["# Followers", "followers"],
    ["No. of followers", "followers"],
    ["Subscribers", "followers"],
    ["YouTube Subscribers", "followers"],
    ["Fans", "followers"],
    ["Audience", "followers"],
    ["Following", "following"],
    ["Posts", "posts"],
    ["Engagement", "engagement_rate"],
    ["ER", "engagement_rate"],
    ["ER %", "engagement_rate"],
    ["Eng. Rate", "engagement_rate"],
    ["Engagement Rate (%)", "engagement_rate"],
    ["engagement_rate", "engagement_rate"],
    ["Avg Likes", "avg_likes"],
    ["Average Comments", "avg_comments"],
    ["Avg. Views", "avg_views"],
    ["Country", "country"],
    ["Location", "country"],
    ["Geo", "country"],
    ["Languages", "languages"],
    ["Niche", "niches"],
    ["Category", "niches"],
    ["Vertical", "niches"],
    ["Tags", "tags"],
    ["Bio", "bio"],
    ["Notes", "notes"],
    ["Top Hashtags", "top_hashtags"],
    ["Hashtags", "top_hashtags"],
    ["Brands worked with", "brands_worked_with"],
    ["Past Brands", "brands_worked_with"],
  ])("%j → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it("maps every general field's own name and every alias back to that field", () => {
    for (const field of GENERAL_FIELDS) {
      expect(fieldOf(field)).toBe(field);
      for (const alias of IMPORT_FIELD_ALIASES[field]) expect(fieldOf(alias)).toBe(field);
    }
  });

  it.each(["Comments", "Reach", "Website", "line", "error", "", "Favourite colour", "Catégorie", "Ignore", "Instagram platform"])(
    "leaves %j unmapped",
    (header) => {
      expect(fieldOf(header)).toBeNull();
    },
  );

  it("gives each field to the first matching header only", () => {
    expect(autoMapHeaders(["Followers", "Subscribers", "Handle", "Username"])).toEqual({
      Followers: "followers",
      Subscribers: null,
      Handle: "handle",
      Username: null,
    });
  });
});

describe("autoMapHeaders: a column per platform", () => {
  it.each<[string, ImportField]>([
    ["Instagram", "instagram_handle"],
    ["IG", "instagram_handle"],
    ["IG handle", "instagram_handle"],
    ["Insta @", "instagram_handle"],
    ["Instagram URL", "instagram_handle"],
    ["Instagram profile link", "instagram_handle"],
    ["TikTok", "tiktok_handle"],
    ["Tik Tok", "tiktok_handle"],
    ["TikTok username", "tiktok_handle"],
    ["YouTube channel", "youtube_handle"],
    ["YT Channel URL", "youtube_handle"],
    ["Twitter/X", "twitter_handle"],
    ["X (Twitter)", "twitter_handle"],
    ["Facebook page", "facebook_handle"],
    ["Twitch", "twitch_handle"],
    ["Pinterest", "pinterest_handle"],
    ["Blog", "blog_handle"],
  ])("%j → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it("gives a platform's followers to its column when the file has one, else to the file's followers", () => {
    expect(autoMapHeaders(["Name", "Instagram", "IG followers", "TikTok", "TikTok Fans", "Email"])).toEqual({
      Name: "display_name",
      Instagram: "instagram_handle",
      "IG followers": "instagram_followers",
      TikTok: "tiktok_handle",
      "TikTok Fans": "tiktok_followers",
      Email: "email",
    });
    // A one-platform roster with handle and platform columns keeps its "YouTube subscribers" as the followers.
    expect(autoMapHeaders(["Handle", "Platform", "YouTube Subscribers"])).toEqual({
      Handle: "handle",
      Platform: "platform",
      "YouTube Subscribers": "followers",
    });
  });

  it("keeps platform-prefixed metrics as the general fields", () => {
    expect(autoMapHeaders(["Instagram", "Instagram engagement rate", "IG avg likes"])).toEqual({
      Instagram: "instagram_handle",
      "Instagram engagement rate": "engagement_rate",
      "IG avg likes": "avg_likes",
    });
  });

  it("labels every field for the mapping menu", () => {
    expect(importFieldLabel("instagram_handle")).toBe("Instagram handle or link");
    expect(importFieldLabel("tiktok_followers")).toBe("TikTok followers");
    expect(importFieldLabel("followers")).toBe("Followers");
    expect(new Set(IMPORT_FIELDS.map(importFieldLabel)).size).toBe(IMPORT_FIELDS.length);
  });
});

describe("mappingProblems", () => {
  it("is empty for a usable mapping", () => {
    expect(mappingProblems({ Handle: "handle", Followers: "followers", Misc: null })).toEqual([]);
    expect(mappingProblems({ Link: "profile_url", Followers: "followers" })).toEqual([]);
  });

  it("accepts platform columns as the handle and their followers as the follower count", () => {
    expect(mappingProblems({ Instagram: "instagram_handle", Followers: "followers" })).toEqual([]);
    expect(mappingProblems({ Instagram: "instagram_handle", "IG followers": "instagram_followers" })).toEqual([]);
    expect(mappingProblems({ Instagram: "instagram_handle", IG: "instagram_handle", Followers: "followers" })).toEqual([
      'Columns "Instagram" and "IG" are both mapped to instagram_handle; map only one.',
    ]);
  });

  it("requires a handle or profile_url column and a followers column", () => {
    expect(mappingProblems({ Name: "display_name" })).toEqual([
      "No column is mapped to handle, profile_url or a platform's handle: each influencer needs one of them.",
      "No column is mapped to followers: the follower count is required.",
    ]);
  });

  it("rejects a scalar field mapped twice but lets list fields merge", () => {
    expect(mappingProblems({ H: "handle", F: "followers", Subs: "followers" })).toEqual([
      'Columns "F" and "Subs" are both mapped to followers; map only one.',
    ]);
    expect(mappingProblems({ H: "handle", F: "followers", Niche: "niches", Category: "niches" })).toEqual([]);
  });
});

describe("parseCountry", () => {
  it.each([
    ["US", "US"],
    ["us", "US"],
    ["USA", "US"],
    ["U.S.A.", "US"],
    ["United States", "US"],
    ["united states of america", "US"],
    ["UK", "GB"],
    ["United Kingdom", "GB"],
    ["GB", "GB"],
    ["England", "GB"],
    ["Germany", "DE"],
    ["DE", "DE"],
    ["DEU", "DE"],
    ["Deutschland", "DE"],
    ["France", "FR"],
    ["Brasil", "BR"],
    ["México", "MX"],
    ["Mexico", "MX"],
    ["España", "ES"],
    ["Türkiye", "TR"],
    ["  south   korea ", "KR"],
    ["Austin, TX, USA", "US"],
    ["Berlin, Germany", "DE"],
    ["Berlin / Germany", "DE"],
    ["London, UK", "GB"],
    ["Germany | Berlin", "DE"],
  ])("%j → %s", (input, code) => {
    expect(parseCountry(input)).toBe(code);
  });

  it("does not read a trailing two-letter region as a country code", () => {
    // CO is Colombia and CA is Canada, but here they are US states
    expect(parseCountry("Denver, CO")).toBeNull();
    expect(parseCountry("Los Angeles, CA")).toBeNull();
  });

  it.each(["", "Narnia", "Paris", "XX", null, undefined])("%j → null", (input) => {
    expect(parseCountry(input)).toBeNull();
  });

  it("knows about 60 countries", () => {
    expect(KNOWN_COUNTRY_CODES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(KNOWN_COUNTRY_CODES).size).toBe(KNOWN_COUNTRY_CODES.length);
  });
});

describe("splitList and parseHashtags", () => {
  it("splits on , ; | and line breaks, trims, drops blanks and duplicates", () => {
    expect(splitList("Beauty, Skincare; beauty |  Travel  Tips ,,", { lowercase: true })).toEqual(["beauty", "skincare", "travel tips"]);
    expect(splitList("L'Oréal, Nike|nike", { lowercase: false })).toEqual(["L'Oréal", "Nike"]);
    expect(splitList("", { lowercase: true })).toEqual([]);
    expect(splitList(null, { lowercase: true })).toEqual([]);
  });

  it("normalises hashtags without # and in lower case, split on separators and spaces", () => {
    expect(parseHashtags("#SkinCare #glow, ##Vegan;#glow | #")).toEqual(["skincare", "glow", "vegan"]);
    expect(parseHashtags(undefined)).toEqual([]);
  });
});
