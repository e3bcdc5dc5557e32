// YouTube Data API v3 statistics: videos?part=statistics&id=<video id> answers viewCount, likeCount
// and commentCount (decimal strings; likeCount is absent when the creator hides it). Read with an
// API key (any public video) or an OAuth access token. The video id comes from the post's link:
// watch?v=, youtu.be/, /shorts/, /live/ and /embed/ links.
import { connectorError, count, parseJson, retryAfterHeader } from "./errors";
import type { ConnectorResult, MetricConnector } from "./types";

export const YOUTUBE_API = "https://www.googleapis.com/youtube/v3";

/** The 11-character video id of a YouTube link; null when the link names no video. */
export function youtubeVideoId(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase().replace(/^(www|m|music)\./, "");
  const ok = (v: string | null | undefined) => (v && /^[A-Za-z0-9_-]{11}$/.test(v) ? v : null);
  if (host === "youtu.be") return ok(u.pathname.split("/")[1]);
  if (host !== "youtube.com" && host !== "youtube-nocookie.com") return null;
  if (u.pathname === "/watch") return ok(u.searchParams.get("v"));
  const m = /^\/(?:shorts|live|embed|v)\/([^/?#]+)/.exec(u.pathname);
  return ok(m?.[1]);
}

type ApiError = { code?: unknown; message?: unknown; errors?: { reason?: unknown }[]; details?: { reason?: unknown }[] };

/** The typed error for a YouTube error answer. */
export function classifyYoutubeError(status: number, body: unknown, retryAfter: string | null): ConnectorResult & { ok: false } {
  const e = (body as { error?: ApiError } | undefined)?.error;
  const reasons = [...(e?.errors ?? []), ...(e?.details ?? [])].map((r) => String(r?.reason ?? ""));
  const detail = `youtube HTTP ${status}${reasons.length ? ` (${reasons.join(", ")})` : ""}${typeof e?.message === "string" ? `: ${e.message.slice(0, 200)}` : ""}`;
  const wait = retryAfterHeader(retryAfter);
  if (status === 429 || reasons.some((r) => /^(quotaExceeded|rateLimitExceeded|userRateLimitExceeded|RATE_LIMIT_EXCEEDED)$/.test(r)))
    return connectorError("youtube", "rate_limited", { detail, retryAfterSeconds: wait });
  if (status === 401 || reasons.some((r) => /^(keyInvalid|keyExpired|API_KEY_INVALID|API_KEY_EXPIRED|authError)$/.test(r)))
    return connectorError("youtube", "token_expired", { detail });
  if (status === 404 || reasons.includes("videoNotFound")) return connectorError("youtube", "media_not_found", { detail });
  if (status >= 500) return connectorError("youtube", "network", { detail });
  return connectorError("youtube", "unexpected", { detail });
}

export const youtubeConnector: MetricConnector = {
  platform: "youtube",
  authKinds: ["api_key", "oauth"],
  async fetchPostMetrics({ post, credentials, http }) {
    const id = post.mediaId ?? youtubeVideoId(post.url);
    if (!id) return connectorError("youtube", "media_not_found", { detail: "no video id in the post link" });
    const q = new URLSearchParams({ part: "statistics", id });
    const headers: Record<string, string> = { accept: "application/json" };
    if (credentials.authKind === "oauth") headers.authorization = `Bearer ${credentials.token}`;
    else q.set("key", credentials.token);
    let status: number;
    let text: string;
    let retryAfter: string | null;
    try {
      const res = await http(`${YOUTUBE_API}/videos?${q}`, { method: "GET", headers });
      status = res.status;
      retryAfter = res.headers.get("retry-after");
      text = await res.text();
    } catch (e) {
      // The message may quote the URL, which carries an API key: keep only the error's name.
      return connectorError("youtube", "network", { detail: `fetch failed: ${e instanceof Error ? e.name : "error"}` });
    }
    const body = parseJson(text);
    if (status < 200 || status >= 300) return classifyYoutubeError(status, body, retryAfter);
    const items = (body as { items?: unknown } | undefined)?.items;
    if (!Array.isArray(items)) return connectorError("youtube", "unexpected", { detail: "no items in the answer" });
    const video = (items as { id?: unknown; statistics?: Record<string, unknown> }[]).find((v) => v?.id === id);
    if (!video) return connectorError("youtube", "media_not_found", { detail: `video ${id} not returned (private, deleted or wrong id)` });
    const s = video.statistics ?? {};
    return {
      ok: true,
      counts: { views: count(s.viewCount), likes: count(s.likeCount), comments: count(s.commentCount) },
      mediaId: id,
      mediaType: "video",
    };
  },
};
