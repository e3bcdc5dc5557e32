import { describe, expect, it } from "vitest";

import { normalizeHandle, parsePlatform } from "@/lib/influencers/import";
import { PLATFORMS, type Platform } from "@/lib/vocabulary";

const ok = (value: string, hint?: Platform | null) => {
  const result = normalizeHandle(value, hint);
  if (!result.ok) throw new Error(`expected ok for ${value}: ${result.error}`);
  return result;
};
const fails = (value: string, hint?: Platform | null) => {
  const result = normalizeHandle(value, hint);
  if (result.ok) throw new Error(`expected an error for ${value}, got ${result.handle}`);
  return result.error;
};

describe("normalizeHandle: bare handles", () => {
  it.each([
    ["@Jane.Doe", "jane.doe"],
    ["  jane_doe  ", "jane_doe"],
    ["@@jane", "jane"],
    ["@ jane", "jane"],
    ["JANE-DOE", "jane-doe"],
    ["jane/", "jane"],
  ])("%j → %j with no platform and no url", (input, handle) => {
    expect(normalizeHandle(input)).toEqual({ ok: true, handle, platform: null, url: null });
  });

  it("rejects empty values, spaces and characters outside letters, digits, _ . -", () => {
    expect(fails("")).toBe("is empty");
    expect(fails("  @ ")).toBe("is empty");
    expect(fails("jane doe")).toBe("contains a space; a handle is one word");
    expect(fails("jane!")).toBe("is not a valid handle (use letters, digits, _ . -)");
    expect(fails("josé")).toBe("is not a valid handle (use letters, digits, _ . -)");
    expect(fails("...")).toBe("is not a valid handle (use letters, digits, _ . -)");
  });

  it("applies the platform's (generous) length limit", () => {
    expect(ok("a".repeat(30), "instagram").handle).toHaveLength(30);
    expect(fails("a".repeat(31), "instagram")).toBe("is longer than 30 characters, too long for a handle");
    expect(fails("a".repeat(101))).toBe("is longer than 100 characters, too long for a handle");
  });
});

describe("normalizeHandle: profile links", () => {
  it.each([
    ["https://www.instagram.com/jane.doe/", "jane.doe", "instagram"],
    ["https://instagram.com/Jane.Doe?hl=en", "jane.doe", "instagram"],
    ["instagram.com/jane_doe/", "jane_doe", "instagram"],
    ["http://instagram.com/stories/jane/123/", "jane", "instagram"],
    ["https://www.tiktok.com/@TomBakes?lang=en", "tombakes", "tiktok"],
    ["www.tiktok.com/@tom.bakes/video/7212345678901234567", "tom.bakes", "tiktok"],
    ["https://m.tiktok.com/@tom", "tom", "tiktok"],
    ["https://www.youtube.com/@VlogQueen", "vlogqueen", "youtube"],
    ["youtube.com/c/TechTalkTim", "techtalktim", "youtube"],
    ["https://www.youtube.com/user/oldschool/videos", "oldschool", "youtube"],
    ["https://m.youtube.com/@vlog#about", "vlog", "youtube"],
    ["https://twitter.com/jack", "jack", "twitter"],
    ["https://x.com/Jack/status/20", "jack", "twitter"],
    ["https://mobile.twitter.com/jack/", "jack", "twitter"],
    ["https://www.facebook.com/JaneDoeOfficial/", "janedoeofficial", "facebook"],
    ["fb.com/janedoe", "janedoe", "facebook"],
    ["https://www.twitch.tv/GamerGuy", "gamerguy", "twitch"],
    ["twitch.tv/gamerguy/videos", "gamerguy", "twitch"],
    ["https://www.pinterest.com/pinlady/", "pinlady", "pinterest"],
    ["https://www.pinterest.co.uk/pinlady/home-decor/", "pinlady", "pinterest"],
    ["https://de.pinterest.com/pinlady", "pinlady", "pinterest"],
    ["@https://instagram.com/jane", "jane", "instagram"],
  ])("%s → %s on %s", (input, handle, platform) => {
    const result = ok(input);
    expect(result.handle).toBe(handle);
    expect(result.platform).toBe(platform);
  });

  it("returns the link with https and without the query string or fragment", () => {
    expect(ok("http://www.instagram.com/jane.doe/?hl=en#x").url).toBe("https://www.instagram.com/jane.doe/");
    expect(ok("tiktok.com/@tom").url).toBe("https://tiktok.com/@tom");
  });

  it("returns the link's platform even when the hint differs (the caller reports the conflict)", () => {
    expect(ok("https://x.com/jack", "instagram").platform).toBe("twitter");
  });

  it.each([
    ["https://www.instagram.com/p/CxYz123/", "is a link to a post, not a profile"],
    ["https://www.instagram.com/reel/CxYz123/", "is a link to a post, not a profile"],
    ["https://www.instagram.com/", "is an Instagram link without a profile name in it"],
    ["https://www.instagram.com/explore/tags/food/", "is not an Instagram profile link"],
    ["https://www.tiktok.com/discover", "is not a TikTok profile link (those look like tiktok.com/@name)"],
    ["https://vm.tiktok.com/ZMabc123/", "is a short link; open it and copy the profile link instead"],
    ["https://youtu.be/dQw4w9WgXcQ", "is a short link; open it and copy the profile link instead"],
    ["https://pin.it/abc", "is a short link; open it and copy the profile link instead"],
    [
      "https://www.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw",
      "is a YouTube channel-ID link, which has no handle in it; use the youtube.com/@handle link",
    ],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "is a link to a video or page, not a YouTube channel"],
    [
      "https://www.facebook.com/profile.php?id=100000123",
      "is a numeric Facebook profile link; use the page's username link (facebook.com/name)",
    ],
    ["https://twitter.com/search?q=x", "is not an X (Twitter) profile link"],
    ["https://janesbakes.com/about", "is not a link to a supported platform (for a website, set the platform to Blog)"],
    ["ftp://instagram.com/jane", "is not a web link"],
    ["https://", "is not a valid link"],
  ])("rejects %s", (input, message) => {
    expect(fails(input)).toBe(message);
  });

  it("rejects an unknown site for a social platform hint, naming the platform", () => {
    expect(fails("https://linktr.ee/jane", "instagram")).toBe("is not an Instagram profile link");
  });

  it("accepts any website as a blog when the platform is Blog: the handle is host and path", () => {
    expect(ok("https://www.JanesBakes.com/", "blog")).toEqual({
      ok: true,
      handle: "janesbakes.com",
      platform: "blog",
      url: "https://www.janesbakes.com/",
    });
    expect(ok("https://medium.com/@jane/", "blog").handle).toBe("medium.com/@jane");
    expect(ok("www.janesbakes.com", "blog").handle).toBe("janesbakes.com");
    expect(ok("web.dev", "blog").handle).toBe("web.dev");
    // Found by the idempotence property: a stray "@" after the "www." prefix.
    expect(ok("www.@janesbakes.com", "blog").handle).toBe("janesbakes.com");
    expect(normalizeHandle("www.@youtube.com/c/", "blog")).toEqual({ ok: false, error: "has no profile name in it" });
  });
});

describe("parsePlatform", () => {
  it.each([
    ["IG", "instagram"],
    ["Insta", "instagram"],
    ["Instagram", "instagram"],
    ["  instagram ", "instagram"],
    ["TikTok", "tiktok"],
    ["tik tok", "tiktok"],
    ["Tik-Tok", "tiktok"],
    ["YT", "youtube"],
    ["YouTube", "youtube"],
    ["You Tube", "youtube"],
    ["X", "twitter"],
    ["x", "twitter"],
    ["Twitter", "twitter"],
    ["Twitter/X", "twitter"],
    ["X (Twitter)", "twitter"],
    ["FB", "facebook"],
    ["Facebook", "facebook"],
    ["Twitch", "twitch"],
    ["Pinterest", "pinterest"],
    ["Blog", "blog"],
    ["website", "blog"],
  ])("%j → %s", (input, platform) => {
    expect(parsePlatform(input)).toBe(platform);
  });

  it.each(["", "   ", "Snapchat", "LinkedIn", "insta gram tv"])("%j → null", (input) => {
    expect(parsePlatform(input)).toBeNull();
  });

  it("returns null for null and undefined, and parses every canonical name to itself", () => {
    expect(parsePlatform(null)).toBeNull();
    expect(parsePlatform(undefined)).toBeNull();
    for (const platform of PLATFORMS) expect(parsePlatform(platform)).toBe(platform);
  });
});
