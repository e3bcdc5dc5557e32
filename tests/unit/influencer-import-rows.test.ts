import { describe, expect, it } from "vitest";

import { validateRow, type ColumnMapping, type ImportRecord, type RowResult } from "@/lib/influencers/import";

const HEADERS = [
  "Name",
  "Handle",
  "Platform",
  "Profile URL",
  "Email",
  "Followers",
  "Following",
  "Posts",
  "ER",
  "Avg Likes",
  "Avg Comments",
  "Avg Views",
  "Country",
  "Languages",
  "Niche",
  "Tags",
  "Bio",
  "Notes",
  "Hashtags",
  "Brands",
];
const MAPPING: ColumnMapping = {
  Name: "display_name",
  Handle: "handle",
  Platform: "platform",
  "Profile URL": "profile_url",
  Email: "email",
  Followers: "followers",
  Following: "following",
  Posts: "posts",
  ER: "engagement_rate",
  "Avg Likes": "avg_likes",
  "Avg Comments": "avg_comments",
  "Avg Views": "avg_views",
  Country: "country",
  Languages: "languages",
  Niche: "niches",
  Tags: "tags",
  Bio: "bio",
  Notes: "notes",
  Hashtags: "top_hashtags",
  Brands: "brands_worked_with",
};

/** Validates a row given as { header: cell }, other cells empty. */
function row(values: Partial<Record<(typeof HEADERS)[number], string>>, mapping: ColumnMapping = MAPPING): RowResult {
  return validateRow(
    HEADERS.map((h) => values[h] ?? ""),
    HEADERS,
    mapping,
  );
}
function record(values: Partial<Record<string, string>>): ImportRecord {
  const result = row(values);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result.record;
}
function errors(values: Partial<Record<string, string>>): string[] {
  const result = row(values);
  if (result.ok) throw new Error("expected errors");
  return result.errors.map((e) => e.message);
}

describe("validateRow: a complete row", () => {
  it("builds the record with every field normalised", () => {
    const result = row({
      Name: " Jane Doe ",
      Handle: "@Jane.Doe",
      Platform: "IG",
      "Profile URL": "https://www.instagram.com/jane.doe/?hl=en",
      Email: "Jane@Example.COM",
      Followers: "48.2K",
      Following: "812",
      Posts: "1,204",
      ER: "6.1%",
      "Avg Likes": "2.9K",
      "Avg Comments": "41.5",
      "Avg Views": "12k",
      Country: "United States",
      Languages: "English, Spanish",
      Niche: "Beauty; Skincare | beauty",
      Tags: "VIP, Q3",
      Bio: "  Skincare nerd ",
      Notes: "met at expo",
      Hashtags: "#SkinCare #glow",
      Brands: "L'Oréal, Glossier",
    });
    expect(result).toEqual({
      ok: true,
      warnings: [],
      others: [],
      record: {
        platform: "instagram",
        handle: "jane.doe",
        url: "https://www.instagram.com/jane.doe/",
        displayName: "Jane Doe",
        email: "Jane@example.com",
        followers: 48_200,
        following: 812,
        posts: 1_204,
        engagementRate: 6.1,
        avgLikes: 2_900,
        avgComments: 41.5,
        avgViews: 12_000,
        country: "US",
        languages: ["english", "spanish"],
        niches: ["beauty", "skincare"],
        tags: ["vip", "q3"],
        bio: "Skincare nerd",
        notes: "met at expo",
        topHashtags: ["skincare", "glow"],
        brandsWorkedWith: ["L'Oréal", "Glossier"],
      },
    });
  });

  it("needs only handle, platform and followers; lists default to [] and the display name to the handle", () => {
    expect(record({ Handle: "jane", Platform: "TikTok", Followers: "900" })).toEqual({
      platform: "tiktok",
      handle: "jane",
      displayName: "jane",
      followers: 900,
      languages: [],
      niches: [],
      tags: [],
      topHashtags: [],
      brandsWorkedWith: [],
    });
  });
});

describe("validateRow: handle and platform", () => {
  it("derives the handle and platform from a profile link in the URL column", () => {
    expect(record({ "Profile URL": "youtube.com/@VlogQueen", Followers: "10" })).toMatchObject({
      platform: "youtube",
      handle: "vlogqueen",
      url: "https://youtube.com/@VlogQueen",
      displayName: "vlogqueen",
    });
  });

  it("accepts a link pasted into the handle column", () => {
    expect(record({ Handle: "https://www.tiktok.com/@TomBakes?lang=en", Followers: "2.4M" })).toMatchObject({
      platform: "tiktok",
      handle: "tombakes",
      followers: 2_400_000,
      url: "https://www.tiktok.com/@TomBakes",
    });
  });

  it("requires a handle or a profile link", () => {
    expect(errors({ Platform: "Instagram", Followers: "5000" })).toEqual(["Handle is missing (give a handle or a profile link)"]);
  });

  it("requires a platform unless a link names it", () => {
    expect(errors({ Handle: "jane", Followers: "5000" })).toEqual([
      "Platform is missing and no profile link names it (choose a platform for the whole file, or add a platform column)",
    ]);
  });

  it("names the field when no column is mapped to it", () => {
    const result = validateRow(["jane"], ["Handle"], { Handle: "handle" });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        column: "platform",
        message: "platform is missing and no profile link names it (choose a platform for the whole file, or add a platform column)",
      },
      { column: "followers", message: "followers is missing" },
    ]);
  });

  it("rejects an unsupported platform, listing the supported ones", () => {
    expect(errors({ Handle: "snapstar", Platform: "Snapchat", Followers: "1000" })).toEqual([
      'Platform "Snapchat" is not a supported platform (use Instagram, TikTok, YouTube, X (Twitter), Facebook, Twitch, Pinterest or Blog)',
    ]);
  });

  it("rejects a link to another platform than the platform column", () => {
    expect(errors({ Platform: "TikTok", "Profile URL": "https://instagram.com/jane", Followers: "1" })).toEqual([
      'Profile URL "https://instagram.com/jane" is an Instagram link but the platform is TikTok',
    ]);
  });

  it("rejects a handle that does not match the profile link", () => {
    expect(errors({ Handle: "jane", "Profile URL": "instagram.com/janedoe", Followers: "1" })).toEqual([
      'Handle "jane" does not match Profile URL "instagram.com/janedoe" (handle janedoe)',
    ]);
    expect(record({ Handle: "@JaneDoe", "Profile URL": "instagram.com/janedoe", Followers: "1" }).handle).toBe("janedoe");
  });

  it("reports bad handles and links with the value", () => {
    expect(errors({ Handle: "jane doe", Platform: "IG", Followers: "1" })).toEqual([
      'Handle "jane doe" contains a space; a handle is one word',
    ]);
    expect(errors({ "Profile URL": "https://www.instagram.com/p/Cx1/", Followers: "1" })).toEqual([
      'Profile URL "https://www.instagram.com/p/Cx1/" is a link to a post, not a profile',
    ]);
  });

  it("applies the final platform's handle rules", () => {
    expect(errors({ Handle: "a".repeat(40), Platform: "Instagram", Followers: "1" })).toEqual([
      `Handle "${"a".repeat(40)}" is longer than 30 characters, too long for a handle`,
    ]);
  });

  it("accepts a website as a blog", () => {
    expect(record({ "Profile URL": "https://www.janesbakes.com/", Platform: "Blog", Followers: "3,000" })).toMatchObject({
      platform: "blog",
      handle: "janesbakes.com",
    });
  });
});

describe("validateRow: numbers", () => {
  const base = { Handle: "jane", Platform: "Instagram" };

  it("requires followers, as a whole number ≥ 0", () => {
    expect(errors({ ...base })).toEqual(["Followers is missing"]);
    expect(errors({ ...base, Followers: "n/a" })).toEqual(["Followers is missing"]);
    expect(errors({ ...base, Followers: "12abc" })).toEqual(['Followers "12abc" is not a number']);
    expect(errors({ ...base, Followers: "-5" })).toEqual(['Followers "-5" must be 0 or more']);
    expect(errors({ ...base, Followers: "12.5" })).toEqual(['Followers "12.5" must be a whole number']);
    expect(errors({ ...base, Followers: "12%" })).toEqual(['Followers "12%" is a percentage, not a count']);
    expect(errors({ ...base, Followers: "20B" })).toEqual(['Followers "20B" is too large to be a count']);
    expect(errors({ ...base, Followers: "1,5" })).toEqual(['Followers "1,5" uses a decimal comma; write 1.5']);
  });

  it("rounds abbreviated counts, which are approximations anyway", () => {
    expect(record({ ...base, Followers: "48.25K" }).followers).toBe(48_250);
    expect(record({ ...base, Followers: "1.23456K" }).followers).toBe(1_235);
    expect(record({ ...base, Followers: "0" }).followers).toBe(0);
  });

  it("checks optional counts and averages only when present", () => {
    expect(errors({ ...base, Followers: "1", Following: "1.5", Posts: "lots", "Avg Likes": "-1" })).toEqual([
      'Following "1.5" must be a whole number',
      'Posts "lots" is not a number',
      'Avg Likes "-1" must be 0 or more',
    ]);
    expect(record({ ...base, Followers: "1", "Avg Comments": "3.25" }).avgComments).toBe(3.25);
    expect(record({ ...base, Followers: "1", Following: "—" })).not.toHaveProperty("following");
  });

  it("reads the engagement rate in % (0–100), with or without the sign", () => {
    expect(record({ ...base, Followers: "1", ER: "6.1%" }).engagementRate).toBe(6.1);
    expect(record({ ...base, Followers: "1", ER: "6.1" }).engagementRate).toBe(6.1);
    expect(record({ ...base, Followers: "1", ER: "0" }).engagementRate).toBe(0);
    expect(record({ ...base, Followers: "1", ER: "100%" }).engagementRate).toBe(100);
    expect(errors({ ...base, Followers: "1", ER: "120%" })).toEqual(['ER "120%" must be between 0 and 100 (%)']);
    expect(errors({ ...base, Followers: "1", ER: "-1" })).toEqual(['ER "-1" must be between 0 and 100 (%)']);
    expect(errors({ ...base, Followers: "1", ER: "2K" })).toEqual(['ER "2K" is not a percentage']);
  });

  it("reads a bare value below 1 as a percentage too, with a warning (it may have been a fraction)", () => {
    const result = row({ ...base, Followers: "1", ER: "0.061" });
    expect(result).toMatchObject({ ok: true, record: { engagementRate: 0.061 } });
    expect(result.warnings).toEqual([
      { column: "ER", message: 'ER "0.061" was read as 0.061%; if it is a fraction, write it as a percentage ("6.1%")' },
    ]);
    expect(row({ ...base, Followers: "1", ER: "0.061%" }).warnings).toEqual([]);
    expect(row({ ...base, Followers: "1", ER: "1" }).warnings).toEqual([]);
  });
});

describe("validateRow: email, country, text", () => {
  const base = { Handle: "jane", Platform: "Instagram", Followers: "1" };

  it("validates emails, unwrapping mailto: and Name <address>", () => {
    expect(record({ ...base, Email: "mailto:jane@example.com" }).email).toBe("jane@example.com");
    expect(record({ ...base, Email: "Jane Doe <jane@example.com>" }).email).toBe("jane@example.com");
    expect(errors({ ...base, Email: "gamer@" })).toEqual(['Email "gamer@" is not a valid email address']);
    expect(errors({ ...base, Email: "jane.example.com" })).toEqual(['Email "jane.example.com" is not a valid email address']);
  });

  it("keeps the first of several addresses, with a warning", () => {
    const result = row({ ...base, Email: "a@x.com; b@y.com" });
    expect(result).toMatchObject({ ok: true, record: { email: "a@x.com" } });
    expect(result.warnings[0]?.message).toBe('Email "a@x.com; b@y.com" has several addresses; only a@x.com was kept');
  });

  it("recognises countries; an unknown one is left empty with a warning, not an error", () => {
    expect(record({ ...base, Country: "UK" }).country).toBe("GB");
    const result = row({ ...base, Country: "Narnia" });
    expect(result.ok && result.record).not.toHaveProperty("country");
    expect(result.warnings).toEqual([{ column: "Country", message: 'Country "Narnia" is not a recognised country; it was left empty' }]);
  });

  it("removes the formula-guard apostrophe that the failed-rows download adds", () => {
    expect(record({ Handle: "'@jane", Platform: "IG", Followers: "1", Notes: "'=not a formula" })).toMatchObject({
      handle: "jane",
      notes: "=not a formula",
    });
  });
});

describe("validateRow: row shape and mappings", () => {
  it("rejects a row with more values than columns (an unquoted 120,500) as a whole", () => {
    const result = validateRow(["shifty", "Instagram", "120", "500"], ["Handle", "Platform", "Followers"], {
      Handle: "handle",
      Platform: "platform",
      Followers: "followers",
    });
    expect(result).toEqual({
      ok: false,
      warnings: [],
      errors: [
        {
          column: "(row)",
          message: "This row has 4 values but the header has 3 columns; a value containing the separator (like 120,500) must be in quotes",
        },
      ],
    });
  });

  it("ignores empty trailing cells and pads short rows", () => {
    const mapping: ColumnMapping = { Handle: "handle", Platform: "platform", Followers: "followers", Notes: "notes" };
    expect(validateRow(["jane", "IG", "5", "", "", ""], ["Handle", "Platform", "Followers", "Notes"], mapping).ok).toBe(true);
    expect(validateRow(["jane", "IG", "5"], ["Handle", "Platform", "Followers", "Notes"], mapping).ok).toBe(true);
  });

  it("ignores unmapped columns and merges list fields mapped from several columns", () => {
    const headers = ["Handle", "Platform", "Followers", "Niche", "Category", "Secret"];
    const result = validateRow(["jane", "IG", "5", "Beauty", "travel, beauty", "x"], headers, {
      Handle: "handle",
      Platform: "platform",
      Followers: "followers",
      Niche: "niches",
      Category: "niches",
      Secret: null,
    });
    expect(result).toMatchObject({ ok: true, record: { niches: ["beauty", "travel"] } });
  });

  it("reports every problem in the row, each naming its column", () => {
    const result = row({ Handle: "jane", Platform: "Snapchat", Followers: "x", Email: "nope", ER: "500" });
    expect(result.ok ? [] : result.errors.map((e) => e.column)).toEqual(["Platform", "Followers", "ER", "Email"]);
  });
});

describe("validateRow: a column per platform", () => {
  const headers = ["Name", "Instagram", "IG followers", "TikTok", "TikTok followers", "Followers", "Email", "Bio"];
  const mapping: ColumnMapping = {
    Name: "display_name",
    Instagram: "instagram_handle",
    "IG followers": "instagram_followers",
    TikTok: "tiktok_handle",
    "TikTok followers": "tiktok_followers",
    Followers: "followers",
    Email: "email",
    Bio: "bio",
  };
  const at = (values: Partial<Record<string, string>>, options = {}) =>
    validateRow(
      headers.map((h) => values[h] ?? ""),
      headers,
      mapping,
      options,
    );

  it("reads a handle from a platform column without a platform column", () => {
    const result = at({ Name: "Jane", Instagram: "@Jane.Doe", Followers: "12K", Bio: "hi" });
    expect(result).toMatchObject({
      ok: true,
      record: { platform: "instagram", handle: "jane.doe", followers: 12_000, displayName: "Jane", bio: "hi" },
      others: [],
    });
  });

  it("gives several accounts from one row: the first filled column is the main one, the others bring their own followers", () => {
    const result = at({
      Name: "Jane",
      Instagram: "jane",
      "IG followers": "9,000",
      TikTok: "tiktok.com/@janetok",
      "TikTok followers": "2.4M",
      Email: "j@x.com",
      Bio: "hi",
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.record).toMatchObject({ platform: "instagram", handle: "jane", followers: 9_000, bio: "hi", email: "j@x.com" });
    expect(result.others).toEqual([
      expect.objectContaining({
        platform: "tiktok",
        handle: "janetok",
        followers: 2_400_000,
        displayName: "Jane",
        email: "j@x.com",
        topHashtags: [],
      }),
    ]);
    expect(result.others[0]).not.toHaveProperty("bio");
  });

  it("makes the first filled column the main account when the earlier ones are empty", () => {
    const result = at({ TikTok: "janetok", Followers: "5000" });
    expect(result).toMatchObject({ ok: true, record: { platform: "tiktok", handle: "janetok", followers: 5_000 }, others: [] });
  });

  it("leaves out, with a warning, a further account that has no follower count of its own", () => {
    const result = at({ Instagram: "jane", TikTok: "janetok", Followers: "5000" });
    if (!result.ok) throw new Error("expected ok");
    expect(result.record).toMatchObject({ platform: "instagram", followers: 5_000 });
    expect(result.others).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'TikTok "janetok" was not imported: it has no follower count (map a TikTok followers column)',
    ]);
  });

  it("refuses a link to another platform in a platform's column", () => {
    const result = at({ Instagram: "https://www.tiktok.com/@jane", Followers: "5000" });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'Instagram "https://www.tiktok.com/@jane" is a TikTok link, not an Instagram one',
    ]);
  });

  it("names the empty platform columns when a row has no handle at all", () => {
    const result = at({ Name: "Nobody", Followers: "5000" });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      "Instagram, TikTok are all empty: give a handle or a profile link",
    ]);
  });

  it("counts the same account given twice in a row once", () => {
    const result = validateRow(["jane", "instagram", "@jane", "100"], ["Handle", "Platform", "Instagram", "Followers"], {
      Handle: "handle",
      Platform: "platform",
      Instagram: "instagram_handle",
      Followers: "followers",
    });
    expect(result).toMatchObject({ ok: true, record: { platform: "instagram", handle: "jane" }, others: [] });
  });
});

describe("validateRow: the file's default platform", () => {
  it("gives handles without a platform the default, while a link or a platform cell still decides", () => {
    expect(row({ Handle: "jane", Followers: "100" }).ok).toBe(false);
    const run = (values: Partial<Record<string, string>>) =>
      validateRow(
        HEADERS.map((h) => values[h] ?? ""),
        HEADERS,
        MAPPING,
        { defaultPlatform: "tiktok" },
      );
    expect(run({ Handle: "jane", Followers: "100" })).toMatchObject({ ok: true, record: { platform: "tiktok", handle: "jane" } });
    expect(run({ Handle: "jane", Platform: "YouTube", Followers: "100" })).toMatchObject({ ok: true, record: { platform: "youtube" } });
    expect(run({ "Profile URL": "instagram.com/jane", Followers: "100" })).toMatchObject({ ok: true, record: { platform: "instagram" } });
  });
});

describe("validateRow: text length limits", () => {
  const long = "x".repeat(4_000);
  it.each([
    ["Name", "Name is 4,000 characters long; the limit is 200"],
    ["Bio", "Bio is 4,000 characters long; the limit is 2,000"],
    ["Email", "Email is 4,000 characters long; the limit is 254"],
    ["Handle", "Handle is 4,000 characters long; the limit is 500"],
    ["Profile URL", "Profile URL is 4,000 characters long; the limit is 500"],
    ["Tags", 'Tags "xxxxxxxxxxxxxxxxxxxx…" is 4,000 characters long; each item may have at most 100'],
    ["Brands", 'Brands "xxxxxxxxxxxxxxxxxxxx…" is 4,000 characters long; each item may have at most 100'],
    ["Languages", 'Languages "xxxxxxxxxxxxxxxxxxxx…" is 4,000 characters long; each item may have at most 100'],
    ["Hashtags", 'Hashtags "xxxxxxxxxxxxxxxxxxxx…" is 4,000 characters long; each item may have at most 100'],
  ])("a 4,000-character %s is an error of its row", (column, message) => {
    const values = { Handle: "jane", Platform: "instagram", Followers: "100", [column]: long };
    expect(errors(values)).toEqual([message]);
  });

  it("accepts notes up to 10,000 characters and refuses more", () => {
    expect(record({ Handle: "jane", Platform: "instagram", Followers: "100", Notes: "n".repeat(10_000) }).notes).toHaveLength(10_000);
    expect(errors({ Handle: "jane", Platform: "instagram", Followers: "100", Notes: "n".repeat(10_001) })).toEqual([
      "Notes is 10,001 characters long; the limit is 10,000",
    ]);
  });

  it("refuses more than 100 tags", () => {
    const tags = Array.from({ length: 101 }, (_, i) => `t${i}`).join(",");
    expect(errors({ Handle: "jane", Platform: "instagram", Followers: "100", Tags: tags })).toEqual([
      "Tags has 101 items; the limit is 100",
    ]);
  });
});
