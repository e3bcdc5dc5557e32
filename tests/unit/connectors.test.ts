// The metric connectors against recorded responses (tests/fixtures/connectors): Instagram feed, reel
// and story (with its navigation breakdown), YouTube statistics, and every error case; plus the pure
// refresh schedule. No network: every call goes through a recorded-response fetch.
import { describe, expect, it } from "vitest";

import { INSTAGRAM_METRICS, instagramConnector, instagramMediaKey, MAX_MEDIA_PAGES } from "@/lib/connectors/instagram";
import { isFetchDue, nextFetchAt, rateLimitBackoffMs } from "@/lib/connectors/schedule";
import type { ConnectorPost } from "@/lib/connectors/types";
import { youtubeConnector, youtubeVideoId } from "@/lib/connectors/youtube";
import { parseEnv } from "@/lib/env";
import { checkSnapshot } from "@/lib/metrics";

import { recordedFetch, type RecordedRoute } from "../fixtures/connectors/recorded-fetch";

const IG = { authKind: "facebook_login", externalId: "17841400000000001", token: "EAAG-secret-token" };
const YT_KEY = { authKind: "api_key", externalId: "", token: "AIza-secret-key" };
const YT_OAUTH = { authKind: "oauth", externalId: "", token: "ya29.secret-oauth" };

const MEDIA_ROUTES: RecordedRoute[] = [
  { match: /\/media\?.*after=QVFIUjNwQ2/, fixture: "instagram/media-page-2.json" },
  { match: /\/17841400000000001\/media\?/, fixture: "instagram/media-page-1.json" },
  { match: /\/17841400000000001\/stories\?/, fixture: "instagram/stories.json" },
];
const post = (url: string, format = "post", extra: Partial<ConnectorPost> = {}): ConnectorPost => ({
  url,
  format,
  postedAt: new Date("2026-11-10T08:00:00Z"),
  ...extra,
});
const metricsOf = (url: string) => new URL(url).searchParams.get("metric")?.split(",");

describe("Instagram connector (recorded Graph API responses)", () => {
  it("feed post: finds the media on the second page by shortcode, asks the FEED metrics, maps saved → saves", async () => {
    const fetch = recordedFetch([...MEDIA_ROUTES, { match: /\/17900000000000001\/insights\?/, fixture: "instagram/insights-feed.json" }]);
    const res = await instagramConnector.fetchPostMetrics({
      post: post("https://instagram.com/p/CFeedPost01"),
      credentials: IG,
      http: fetch,
      graphVersion: "v27.0",
    });
    expect(res).toEqual({
      ok: true,
      mediaId: "17900000000000001",
      mediaType: "FEED",
      counts: { views: 5230, reach: 3100, likes: 214, comments: 18, shares: 9, saves: 31 },
    });
    expect(fetch.calls.map((c) => new URL(c.url).pathname)).toEqual([
      "/v27.0/17841400000000001/media",
      "/v27.0/17841400000000001/media",
      "/v27.0/17900000000000001/insights",
    ]);
    expect(metricsOf(fetch.calls[2]!.url)).toEqual([...INSTAGRAM_METRICS.FEED]);
    expect(new URL(fetch.calls[0]!.url).host).toBe("graph.facebook.com");
    expect(res.ok && checkSnapshot(res.counts)).toEqual({});
  });

  it("reel: the /reel/ link matches the permalink; asks the REELS metrics on graph.instagram.com for Instagram Login tokens", async () => {
    const fetch = recordedFetch([...MEDIA_ROUTES, { match: /\/17900000000000002\/insights\?/, fixture: "instagram/insights-reel.json" }]);
    const res = await instagramConnector.fetchPostMetrics({
      post: post("https://instagram.com/reel/DReelAbc12", "reel"),
      credentials: { ...IG, authKind: "instagram_login" },
      http: fetch,
    });
    expect(res).toMatchObject({
      ok: true,
      mediaId: "17900000000000002",
      mediaType: "REELS",
      counts: { views: 48210, reach: 30544, likes: 1890, saves: 260 },
    });
    expect(fetch.calls).toHaveLength(2);
    expect(new URL(fetch.calls[0]!.url).host).toBe("graph.instagram.com");
    expect(metricsOf(fetch.calls[1]!.url)).toEqual([...INSTAGRAM_METRICS.REELS]);
  });

  it("story: found among live stories; STORY metrics without likes or saved, then the navigation breakdown", async () => {
    const fetch = recordedFetch([
      ...MEDIA_ROUTES,
      { match: /\/18000000000000042\/insights\?.*breakdown=story_navigation_action_type/, fixture: "instagram/navigation-story.json" },
      { match: /\/18000000000000042\/insights\?/, fixture: "instagram/insights-story.json" },
    ]);
    const res = await instagramConnector.fetchPostMetrics({
      post: post("https://instagram.com/stories/creator.handle/3512345678901234567", "story"),
      credentials: IG,
      http: fetch,
    });
    expect(res).toEqual({
      ok: true,
      mediaId: "18000000000000042",
      mediaType: "STORY",
      counts: { views: 1480, reach: 1320, replies: 12, shares: 4 },
      navigation: { tapForward: 1102, tapBack: 41, tapExit: 160, swipeForward: 58 },
    });
    const story = metricsOf(fetch.calls[1]!.url)!;
    expect(story).not.toContain("likes");
    expect(story).not.toContain("saved");
    expect(metricsOf(fetch.calls[2]!.url)).toEqual(["navigation"]);
  });

  it("a cached media id skips the media list", async () => {
    const fetch = recordedFetch([{ match: /\/17900000000000001\/insights\?/, fixture: "instagram/insights-feed.json" }]);
    const res = await instagramConnector.fetchPostMetrics({
      post: post("https://instagram.com/p/CFeedPost01", "post", { mediaId: "17900000000000001", mediaType: "FEED" }),
      credentials: IG,
      http: fetch,
    });
    expect(res.ok).toBe(true);
    expect(fetch.calls).toHaveLength(1);
  });

  it("a post not in the account's media is media_not_found, and the search stops at media older than the post", async () => {
    const fetch = recordedFetch(MEDIA_ROUTES);
    const res = await instagramConnector.fetchPostMetrics({
      post: post("https://instagram.com/p/NotThere999"),
      credentials: IG,
      http: fetch,
    });
    expect(res).toMatchObject({ ok: false, error: { kind: "media_not_found" } });
    expect(!res.ok && res.error.message).toMatch(/did not find this post/);
    expect(fetch.calls).toHaveLength(2);
    // Posted on the 19th: page 1 already reaches back to the 12th, so page 2 is not read.
    const recent = recordedFetch(MEDIA_ROUTES);
    const again = await instagramConnector.fetchPostMetrics({
      post: post("https://instagram.com/p/NotThere999", "post", { postedAt: new Date("2026-11-19T08:00:00Z") }),
      credentials: IG,
      http: recent,
    });
    expect(again).toMatchObject({ ok: false, error: { kind: "media_not_found" } });
    expect(recent.calls).toHaveLength(1);
    expect(MAX_MEDIA_PAGES).toBeGreaterThan(1);
  });

  it.each([
    ["instagram/error-token-expired.json", 400, "token_expired", /expired or was revoked/],
    ["instagram/error-rate-limit.json", 403, "rate_limited", /rate limit/],
    ["instagram/error-user-rate-limit.json", 400, "rate_limited", /rate limit/],
    ["instagram/error-metric-unsupported.json", 400, "metric_unsupported", /does not report these metrics/],
    ["instagram/error-media-not-found.json", 400, "media_not_found", /did not find this post/],
  ] as const)("%s (HTTP %i) → %s with a message for the marketer, no token in it", async (fixture, status, kind, message) => {
    const fetch = recordedFetch([{ match: /\/insights\?/, status, fixture }]);
    const res = await instagramConnector.fetchPostMetrics({
      post: post("https://instagram.com/p/CFeedPost01", "post", { mediaId: "17900000000000001", mediaType: "FEED" }),
      credentials: IG,
      http: fetch,
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.kind).toBe(kind);
    expect(res.error.message).toMatch(message);
    expect(JSON.stringify(res)).not.toContain(IG.token);
  });

  it("the media list's errors are typed too (an expired token on the first call)", async () => {
    const fetch = recordedFetch([{ match: /\/media\?/, status: 400, fixture: "instagram/error-token-expired.json" }]);
    const res = await instagramConnector.fetchPostMetrics({
      post: post("https://instagram.com/p/CFeedPost01"),
      credentials: IG,
      http: fetch,
    });
    expect(res).toMatchObject({ ok: false, error: { kind: "token_expired" } });
  });

  it("a network failure is `network`, and the error does not quote the URL (it carries the token)", async () => {
    const fetch = recordedFetch([{ match: /./, fail: true }]);
    const res = await instagramConnector.fetchPostMetrics({
      post: post("https://instagram.com/p/CFeedPost01"),
      credentials: IG,
      http: fetch,
    });
    expect(res).toMatchObject({ ok: false, error: { kind: "network" } });
    expect(JSON.stringify(res)).not.toContain(IG.token);
  });

  it("a bare 429 with Retry-After is a rate limit that says how long to wait", async () => {
    const fetch = recordedFetch([{ match: /./, status: 429, headers: { "Retry-After": "120" } }]);
    const res = await instagramConnector.fetchPostMetrics({
      post: post("https://instagram.com/p/CFeedPost01"),
      credentials: IG,
      http: fetch,
    });
    expect(res).toMatchObject({ ok: false, error: { kind: "rate_limited", retryAfterSeconds: 120 } });
  });

  it("reads shortcodes from every link shape, and nothing from other links", () => {
    expect(instagramMediaKey("https://instagram.com/p/CFeedPost01")).toBe("p:CFeedPost01");
    expect(instagramMediaKey("https://www.instagram.com/reel/DReelAbc12/")).toBe("p:DReelAbc12");
    expect(instagramMediaKey("https://instagram.com/reels/DReelAbc12")).toBe("p:DReelAbc12");
    expect(instagramMediaKey("https://instagram.com/tv/B_tv123")).toBe("p:B_tv123");
    expect(instagramMediaKey("https://instagram.com/creator.handle/p/CFeedPost01")).toBe("p:CFeedPost01");
    expect(instagramMediaKey("https://instagram.com/stories/creator.handle/3512345678901234567")).toBe("s:3512345678901234567");
    expect(instagramMediaKey("https://instagram.com/creator.handle")).toBeNull();
    expect(instagramMediaKey("not a url")).toBeNull();
  });
});

describe("YouTube connector (recorded Data API v3 responses)", () => {
  const yt = (url: string) => post(url, "video");

  it("statistics: decimal strings become counts; the API key goes in `key`", async () => {
    const fetch = recordedFetch([{ match: /\/youtube\/v3\/videos\?/, fixture: "youtube/videos-statistics.json" }]);
    const res = await youtubeConnector.fetchPostMetrics({
      post: yt("https://youtube.com/watch?v=dQw4w9WgXcQ"),
      credentials: YT_KEY,
      http: fetch,
    });
    expect(res).toEqual({ ok: true, mediaId: "dQw4w9WgXcQ", mediaType: "video", counts: { views: 125403, likes: 6120, comments: 388 } });
    const u = new URL(fetch.calls[0]!.url);
    expect([u.searchParams.get("part"), u.searchParams.get("id"), u.searchParams.get("key")]).toEqual([
      "statistics",
      "dQw4w9WgXcQ",
      YT_KEY.token,
    ]);
  });

  it("an OAuth token goes in the Authorization header, not the URL; hidden likes stay null (not 0)", async () => {
    const fetch = recordedFetch([{ match: /\/videos\?/, fixture: "youtube/videos-hidden-likes.json" }]);
    const res = await youtubeConnector.fetchPostMetrics({
      post: yt("https://youtube.com/shorts/Shorts12345"),
      credentials: YT_OAUTH,
      http: fetch,
    });
    expect(res).toMatchObject({ ok: true, counts: { views: 9040, likes: null, comments: 12 } });
    expect(fetch.calls[0]!.url).not.toContain(YT_OAUTH.token);
    expect(fetch.calls[0]!.headers.authorization).toBe(`Bearer ${YT_OAUTH.token}`);
  });

  it.each([
    ["youtube/error-unauthorized.json", 401, "token_expired"],
    ["youtube/error-key-invalid.json", 400, "token_expired"],
    ["youtube/error-quota.json", 403, "rate_limited"],
  ] as const)("%s (HTTP %i) → %s", async (fixture, status, kind) => {
    const fetch = recordedFetch([{ match: /\/videos\?/, status, fixture }]);
    const res = await youtubeConnector.fetchPostMetrics({
      post: yt("https://youtube.com/watch?v=dQw4w9WgXcQ"),
      credentials: YT_KEY,
      http: fetch,
    });
    expect(res).toMatchObject({ ok: false, error: { kind } });
    expect(JSON.stringify(res)).not.toContain(YT_KEY.token);
  });

  it("429 → rate_limited; no item → media_not_found; network failure → network", async () => {
    const call = (route: RecordedRoute) =>
      youtubeConnector.fetchPostMetrics({
        post: yt("https://youtube.com/watch?v=dQw4w9WgXcQ"),
        credentials: YT_KEY,
        http: recordedFetch([route]),
      });
    expect(await call({ match: /./, status: 429 })).toMatchObject({ ok: false, error: { kind: "rate_limited" } });
    expect(await call({ match: /./, fixture: "youtube/videos-empty.json" })).toMatchObject({
      ok: false,
      error: { kind: "media_not_found" },
    });
    expect(await call({ match: /./, fail: true })).toMatchObject({ ok: false, error: { kind: "network" } });
  });

  it("reads the video id from watch, youtu.be, shorts, live and embed links", () => {
    expect(youtubeVideoId("https://youtube.com/watch?v=dQw4w9WgXcQ")).toBe("dQw4w9WgXcQ");
    expect(youtubeVideoId("https://youtu.be/dQw4w9WgXcQ")).toBe("dQw4w9WgXcQ");
    expect(youtubeVideoId("https://www.youtube.com/shorts/Shorts12345")).toBe("Shorts12345");
    expect(youtubeVideoId("https://youtube.com/live/dQw4w9WgXcQ?feature=share")).toBe("dQw4w9WgXcQ");
    expect(youtubeVideoId("https://youtube.com/embed/dQw4w9WgXcQ")).toBe("dQw4w9WgXcQ");
    expect(youtubeVideoId("https://youtube.com/@creator")).toBeNull();
    expect(youtubeVideoId("https://youtube.com/watch?v=short")).toBeNull();
    expect(youtubeVideoId("https://vimeo.com/123")).toBeNull();
  });
});

describe("refresh schedule", () => {
  const posted = new Date("2026-11-01T12:00:00Z");
  const at = (hours: number) => new Date(posted.getTime() + hours * 3_600_000);

  it("never fetched: due when it goes live; not before; never when already past day 60", () => {
    expect(nextFetchAt(posted, null, at(1))).toEqual(posted);
    expect(isFetchDue(posted, null, at(-1))).toBe(false);
    expect(isFetchDue(posted, null, at(0))).toBe(true);
    expect(nextFetchAt(posted, null, at(60 * 24 + 1))).toBeNull();
    expect(isFetchDue(null, null, at(5))).toBe(false);
  });

  it("every 3 hours for the first 10 days", () => {
    expect(nextFetchAt(posted, at(0))).toEqual(at(3));
    expect(nextFetchAt(posted, at(1))).toEqual(at(3));
    expect(nextFetchAt(posted, at(3))).toEqual(at(6));
    expect(nextFetchAt(posted, at(239))).toEqual(at(240));
    expect(isFetchDue(posted, at(1), at(2.9))).toBe(false);
    expect(isFetchDue(posted, at(1), at(3))).toBe(true);
  });

  it("then daily until day 60, then stop", () => {
    expect(nextFetchAt(posted, at(240))).toEqual(at(264));
    expect(nextFetchAt(posted, at(250))).toEqual(at(264));
    expect(nextFetchAt(posted, at(59 * 24))).toEqual(at(60 * 24));
    expect(nextFetchAt(posted, at(60 * 24))).toBeNull();
    expect(isFetchDue(posted, at(60 * 24), at(90 * 24))).toBe(false);
  });

  it("a job that was down fetches once, then resumes the schedule from then", () => {
    expect(isFetchDue(posted, at(3), at(40))).toBe(true);
    expect(nextFetchAt(posted, at(40))).toEqual(at(42));
  });

  it("a last fetch before the (corrected) posting time is due at the posting time", () => {
    expect(nextFetchAt(posted, at(-5))).toEqual(posted);
  });

  it("backoff: Retry-After when given (capped at 6 h), else 15 min doubling per failure, capped at 6 h", () => {
    expect(rateLimitBackoffMs(1)).toBe(15 * 60_000);
    expect(rateLimitBackoffMs(2)).toBe(30 * 60_000);
    expect(rateLimitBackoffMs(3)).toBe(60 * 60_000);
    expect(rateLimitBackoffMs(20)).toBe(6 * 3_600_000);
    expect(rateLimitBackoffMs(1, 120)).toBe(120_000);
    expect(rateLimitBackoffMs(1, 10 ** 6)).toBe(6 * 3_600_000);
    expect(rateLimitBackoffMs(0)).toBe(15 * 60_000);
  });
});

describe("connector settings in the environment", () => {
  it("are on by default with a current Graph API version; a malformed version is refused by name", () => {
    const env = parseEnv({});
    expect(env.CONNECTORS_DISABLED).toBe(false);
    expect(env.INSTAGRAM_GRAPH_VERSION).toMatch(/^v\d+\.0$/);
    expect(parseEnv({ CONNECTORS_DISABLED: "true" }).CONNECTORS_DISABLED).toBe(true);
    expect(() => parseEnv({ INSTAGRAM_GRAPH_VERSION: "27" })).toThrow(/INSTAGRAM_GRAPH_VERSION/);
  });
});
