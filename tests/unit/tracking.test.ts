// Pure and near-pure parts of lib/tracking: codes, UTMs, destinations, bots, referrers, visitor
// hashes, click ids, the country table and the click buffer's bounds.
import { describe, expect, it } from "vitest";

import { isBotUserAgent } from "@/lib/tracking/bots";
import { ClickBuffer, type ClickRow } from "@/lib/tracking/click-buffer";
import { CLICK_ID, newClickId } from "@/lib/tracking/click-id";
import { CODE_ALPHABET, CODE_LENGTH, generateCode, isWellFormedCode } from "@/lib/tracking/code";
import { checkDestination, hostAllowed } from "@/lib/tracking/destination";
import { codeFromPattern, nameToken } from "@/lib/tracking/discount-codes";
import { countryFromHeader, lookupIn, parseCountryTable } from "@/lib/tracking/geo";
import { referrerDomain } from "@/lib/tracking/referrer";
import { describeUserAgent } from "@/lib/tracking/user-agent";
import { applyUtm, fillUtmTemplate, utmFromTemplates, utmSlug, withClickId } from "@/lib/tracking/utm";
import { dailySalt, saltCache, visitorHash } from "@/lib/tracking/visitor";

describe("codes", () => {
  it("uses an alphabet without 0, O, o, 1, l, I and draws 8 symbols", () => {
    for (const c of "0Oo1lI") expect(CODE_ALPHABET).not.toContain(c);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
    const codes = Array.from({ length: 2000 }, () => generateCode());
    for (const c of codes) {
      expect(c).toHaveLength(CODE_LENGTH);
      expect([...c].every((ch) => CODE_ALPHABET.includes(ch))).toBe(true);
      expect(isWellFormedCode(c)).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("skips bytes that would bias the draw (≥ 224) and refuses lengths under 7", () => {
    let calls = 0;
    // All 255s first (rejected), then zeros: the code is all the first symbol.
    const random = (n: number) => new Uint8Array(n).fill(calls++ === 0 ? 255 : 0);
    expect(generateCode(7, random)).toBe(CODE_ALPHABET[0]!.repeat(7));
    expect(() => generateCode(6)).toThrow(RangeError);
  });

  it("calls malformed codes malformed", () => {
    for (const bad of ["", "abc", "abcdefg0", "abcdefgl", "../../etc", "abcdefg%20", "a".repeat(33)])
      expect(isWellFormedCode(bad)).toBe(false);
  });
});

describe("UTM", () => {
  const ctx = {
    platform: "instagram",
    influencer: "Ava Lindqvist",
    handle: "ava.makes",
    campaign: "Spring Launch 2026",
    deliverable: "reel",
  };
  it("fills the default templates: platform, influencer, campaign, handle", () => {
    expect(utmFromTemplates(null, ctx)).toEqual({
      utmSource: "instagram",
      utmMedium: "influencer",
      utmCampaign: "spring_launch_2026",
      utmContent: "ava_makes",
    });
  });
  it("takes the campaign's own templates, and falls back from handle to name", () => {
    expect(utmFromTemplates({ utmContent: "{deliverable}-{handle}" }, ctx).utmContent).toBe("reel-ava_makes");
    expect(fillUtmTemplate("{handle}", { influencer: "Zoë" })).toBe("zoe");
    expect(fillUtmTemplate("{unknown}x", ctx)).toBe("x");
    expect(utmSlug(null)).toBe("");
  });
  it("keeps the destination's parameters and fragment; a link value replaces the same UTM, an empty one keeps it", () => {
    const out = new URL(
      applyUtm("https://shop.example/p?color=red&utm_source=newsletter&utm_medium=email#reviews", {
        utmSource: "tiktok",
        utmMedium: "",
        utmCampaign: "spring",
      }),
    );
    expect(out.searchParams.get("color")).toBe("red");
    expect(out.searchParams.get("utm_source")).toBe("tiktok");
    expect(out.searchParams.get("utm_medium")).toBe("email");
    expect(out.searchParams.get("utm_campaign")).toBe("spring");
    expect(out.searchParams.has("utm_content")).toBe(false);
    expect(out.hash).toBe("#reviews");
  });
  it("encodes values and adds the click id under its configured name", () => {
    const u = new URL(withClickId(applyUtm("https://shop.example/", { utmCampaign: "a&b=c" }), "mc_click", "id-1"));
    expect(u.searchParams.get("utm_campaign")).toBe("a&b=c");
    expect(u.searchParams.get("mc_click")).toBe("id-1");
  });
});

describe("destinations", () => {
  it("accepts http and https URLs and normalises them", () => {
    expect(checkDestination(" https://Shop.Example/p?q=1 ")).toEqual({ ok: true, url: "https://shop.example/p?q=1" });
    expect(checkDestination("http://localhost:3000/x").ok).toBe(true);
  });
  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://shop.example/",
    "//evil.example/",
    "/relative",
    "https://user:pass@shop.example/",
    "https://user@shop.example/",
    "https://shop.example/a b",
    "https://shop.example\\@evil.example/",
    "https://nohost/",
    "https://" + "a".repeat(2100) + ".example/",
    "",
  ])("refuses %s", (url) => {
    expect(checkDestination(url).ok).toBe(false);
  });
  it("applies the allowlist: exact hosts, and *. rules for the host and its subdomains", () => {
    const allow = ["shop.example", "*.brand.example"];
    expect(hostAllowed("shop.example", allow)).toBe(true);
    expect(hostAllowed("www.shop.example", allow)).toBe(false);
    expect(hostAllowed("brand.example", allow)).toBe(true);
    expect(hostAllowed("eu.store.brand.example", allow)).toBe(true);
    expect(hostAllowed("evilbrand.example", allow)).toBe(false);
    expect(hostAllowed("brand.example.evil.example", allow)).toBe(false);
    expect(hostAllowed("anything.example", [])).toBe(true);
    const refused = checkDestination("https://evil.example/", allow);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toMatch(/evil\.example is not on this workspace's list/);
  });
});

describe("bots", () => {
  it.each([
    ["Slack", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"],
    ["Facebook", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"],
    ["Twitter", "Twitterbot/1.0"],
    ["WhatsApp", "WhatsApp/2.23.20.0 A"],
    ["Telegram", "TelegramBot (like TwitterBot)"],
    ["Discord", "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)"],
    ["LinkedIn", "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)"],
    [
      "iMessage",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0",
    ],
    [
      "Applebot",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)",
    ],
    [
      "Google-PageRenderer",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko; Google-PageRenderer Google (+https://developers.google.com/+/web/snippet/)) Chrome/56.0.2924.87 Safari/537.36",
    ],
    ["Googlebot", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"],
    ["curl", "curl/8.5.0"],
    ["no user agent", ""],
  ])("%s is a bot", (_, ua) => {
    expect(isBotUserAgent(ua)).toBe(true);
  });
  it.each([
    [
      "Instagram in-app",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 300.0.0.0 (iPhone14,2; iOS 17_0; en_US)",
    ],
    [
      "TikTok in-app",
      "Mozilla/5.0 (Linux; Android 12; SM-G991B Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 trill_320403 BytedanceWebview/d8a21c6",
    ],
    [
      "Facebook in-app (FBAN)",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/430.0.0.31.113;FBBV/1;FBDV/iPhone13,2]",
    ],
    ["Chrome desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"],
    [
      "Safari iPhone",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
    ],
  ])("%s is a person", (_, ua) => {
    expect(isBotUserAgent(ua)).toBe(false);
  });
});

describe("user agent, referrer, country", () => {
  it("reads device, browser and OS", () => {
    expect(
      describeUserAgent(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
      ),
    ).toEqual({
      device: "mobile",
      browser: "Mobile Safari",
      os: "iOS",
    });
    expect(
      describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36")
        .device,
    ).toBe("desktop");
  });
  it("keeps the referrer's host without www, and nothing for junk, other schemes or the app itself", () => {
    expect(referrerDomain("https://www.Instagram.com/p/abc?x=1")).toBe("instagram.com");
    expect(referrerDomain("android-app://com.instagram.android/")).toBeNull();
    expect(referrerDomain("not a url")).toBeNull();
    expect(referrerDomain(null)).toBeNull();
    expect(referrerDomain("https://app.example/w/demo", "app.example:443")).toBeNull();
  });
  it("trusts the configured country header only when it is a country code", () => {
    const h = new Headers({ "cf-ipcountry": "de", "x-other": "FR" });
    expect(countryFromHeader(h, "cf-ipcountry")).toBe("DE");
    expect(countryFromHeader(h, undefined)).toBeNull();
    expect(countryFromHeader(new Headers({ "cf-ipcountry": "XX" }), "cf-ipcountry")).toBeNull();
    expect(countryFromHeader(new Headers({ "cf-ipcountry": "T1" }), "cf-ipcountry")).toBeNull();
    expect(countryFromHeader(new Headers({ "cf-ipcountry": "<script>" }), "cf-ipcountry")).toBeNull();
  });
  it("looks IPv4 addresses up in the range table (edges inclusive), nothing for IPv6 or gaps", () => {
    const sorted = parseCountryTable("16777216,16777471,AU\n16777472,16778239,CN\nbad line\n134744064,134744319,US\n");
    expect(lookupIn(sorted, "1.0.0.0")).toBe("AU");
    expect(lookupIn(sorted, "1.0.0.255")).toBe("AU");
    expect(lookupIn(sorted, "1.0.1.0")).toBe("CN");
    expect(lookupIn(sorted, "8.8.8.8")).toBe("US");
    expect(lookupIn(sorted, "9.9.9.9")).toBeNull();
    expect(lookupIn(sorted, "2001:db8::1")).toBeNull();
    expect(lookupIn(sorted, "999.1.1.1")).toBeNull();
    expect(sorted.starts.length).toBe(3);
  });
});

describe("visitor hash", () => {
  const secret = "s".repeat(40);
  it("is stable within a UTC day and changes at midnight UTC", () => {
    const a = new Date("2026-05-01T00:00:00Z");
    const b = new Date("2026-05-01T23:59:59.999Z");
    const c = new Date("2026-05-02T00:00:00Z");
    expect(dailySalt(secret, a)).toBe(dailySalt(secret, b));
    expect(dailySalt(secret, a)).not.toBe(dailySalt(secret, c));
    const h = (at: Date) => visitorHash({ ip: "203.0.113.7", userAgent: "UA", salt: dailySalt(secret, at) });
    expect(h(a)).toBe(h(b));
    expect(h(a)).not.toBe(h(c));
    expect(h(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(h(a)).not.toContain("203.0.113.7");
  });
  it("depends on the secret, the IP and the user agent", () => {
    const salt = dailySalt(secret, new Date());
    const base = visitorHash({ ip: "1.2.3.4", userAgent: "UA", salt });
    expect(visitorHash({ ip: "1.2.3.5", userAgent: "UA", salt })).not.toBe(base);
    expect(visitorHash({ ip: "1.2.3.4", userAgent: "UB", salt })).not.toBe(base);
    expect(visitorHash({ ip: "1.2.3.4", userAgent: "UA", salt: dailySalt("t".repeat(40), new Date()) })).not.toBe(base);
  });
  it("memoises the salt per day", () => {
    let reads = 0;
    const salt = saltCache(() => {
      reads++;
      return secret;
    });
    salt(new Date("2026-05-01T01:00:00Z"));
    salt(new Date("2026-05-01T22:00:00Z"));
    expect(reads).toBe(1);
    salt(new Date("2026-05-02T01:00:00Z"));
    expect(reads).toBe(2);
  });
});

describe("click ids", () => {
  it("are UUIDv7 ordered by time", () => {
    const a = newClickId(1_700_000_000_000);
    const b = newClickId(1_700_000_000_001);
    expect(a).toMatch(CLICK_ID);
    expect(a < b).toBe(true);
    expect(a.replace(/-/g, "").slice(0, 12)).toBe((1_700_000_000_000).toString(16).padStart(12, "0"));
  });
});

describe("discount code patterns", () => {
  it("makes AVA15 from {NAME}15 and cleans what a code can't hold", () => {
    expect(nameToken("Åva Lindqvist")).toBe("AVA");
    expect(codeFromPattern("{NAME}15", { name: "Ava Lindqvist" })).toBe("AVA15");
    expect(codeFromPattern("{handle}-10%", { name: "x", handle: "ava.makes" })).toBe("AVAMAKES-10");
  });
});

describe("click buffer bounds", () => {
  const row = (i: number, visitor = `v${i}`): ClickRow => ({
    workspaceId: "w",
    id: `id${i}`,
    linkId: "l",
    collaborationId: "c",
    at: new Date(0),
    country: null,
    device: null,
    browser: null,
    os: null,
    referrerDomain: null,
    isBot: false,
    visitorHash: visitor,
  });
  const opts = { flushMs: 60_000, batchSize: 3, maxBuffered: 5, hourlyCap: 2 };

  it("drops and counts clicks past the bound, writes in batches, keeps a failed batch", async () => {
    const written: string[][] = [];
    let fail = true;
    const b = new ClickBuffer({
      ...opts,
      write: async (rows) => {
        if (fail) throw new Error("db down");
        written.push(rows.map((r) => r.id));
      },
    });
    for (let i = 0; i < 7; i++) b.push(row(i));
    expect(b.pending).toBe(5);
    expect(b.stats.dropped).toBe(2);
    await b.flush();
    expect(b.pending).toBe(5);
    expect(b.stats.failedFlushes).toBe(1);
    fail = false;
    expect(await b.close(1000)).toBe(0);
    expect(written).toEqual([
      ["id0", "id1", "id2"],
      ["id3", "id4"],
    ]);
  });

  it("caps one visitor per link and hour, and starts again the next hour", () => {
    let now = 0;
    const b = new ClickBuffer({ ...opts, maxBuffered: 100, write: async () => {}, now: () => now });
    expect([b.push(row(1, "same")), b.push(row(2, "same")), b.push(row(3, "same"))]).toEqual(["queued", "queued", "capped"]);
    expect(b.push(row(4, "other"))).toBe("queued");
    now = 3_600_000;
    expect(b.push(row(5, "same"))).toBe("queued");
    expect(b.stats.capped).toBe(1);
  });
});
