// Instagram Graph API media insights. The post's link gives a shortcode (or a story's id); the media
// id comes from the account's media list (/{ig-user-id}/media, paged newest first) or, for a story,
// from its live stories; then /{media-id}/insights with the metrics that media product type supports
// — one unsupported metric fails the whole call, so FEED, REELS and STORY each have their own list.
// Story navigation (tap forward / back / exit, swipe forward) is a second call with its breakdown.
// Metric names as of the Graph API's "Instagram Media Insights" reference (views replaced impressions
// and plays in v22.0; impressions is refused for media created after 2 July 2024).
import type { SnapshotCounts } from "@/lib/metrics";

import { connectorError, count, parseJson, retryAfterHeader } from "./errors";
import type { ConnectorCredentials, ConnectorResult, FetchLike, MetricConnector, StoryNavigation } from "./types";

/** Metrics requested per media product type. */
export const INSTAGRAM_METRICS = {
  FEED: ["views", "reach", "likes", "comments", "shares", "saved", "total_interactions"],
  REELS: ["views", "reach", "likes", "comments", "shares", "saved", "total_interactions"],
  STORY: ["views", "reach", "replies", "shares", "total_interactions"],
} as const satisfies Record<string, readonly string[]>;
export type MediaProductType = keyof typeof INSTAGRAM_METRICS;

/** Where each Instagram metric goes in a snapshot (total_interactions has no column: it is their sum). */
const FIELD: Readonly<Record<string, keyof SnapshotCounts>> = {
  views: "views",
  reach: "reach",
  likes: "likes",
  comments: "comments",
  shares: "shares",
  saved: "saves",
  replies: "replies",
};

/** Pages of 50 media read at most when looking for a post (1,000 media, newest first). */
export const MAX_MEDIA_PAGES = 20;
const PAGE_SIZE = 50;
const MEDIA_FIELDS = "id,permalink,media_type,media_product_type,timestamp";

/** Graph error codes that mean "slow down": app, user, page and business-use-case limits. */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
const isBusinessUseCaseLimit = (code: number) => code >= 80001 && code <= 80014;

export function graphBase(authKind: string, version: string): string {
  const host = authKind === "instagram_login" ? "graph.instagram.com" : "graph.facebook.com";
  return `https://${host}/${version}`;
}

/**
 * The key that identifies an Instagram post in a link or a permalink: `p:<shortcode>` for posts,
 * reels and IGTV (/p/, /reel/, /reels/, /tv/, with or without a user name before them),
 * `s:<id>` for a story (/stories/<user>/<id>); null for anything else.
 */
export function instagramMediaKey(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const story = /\/stories\/[^/]+\/(\d+)/.exec(path);
  if (story) return `s:${story[1]}`;
  const post = /\/(?:p|reels?|tv)\/([A-Za-z0-9_-]+)/.exec(path);
  return post ? `p:${post[1]}` : null;
}

/** The product type to ask insights for, from the media's fields (media_type STORY predates media_product_type). */
export function productType(media: { media_type?: unknown; media_product_type?: unknown }): MediaProductType | null {
  const p = typeof media.media_product_type === "string" ? media.media_product_type : null;
  if (p === "FEED" || p === "REELS" || p === "STORY") return p;
  if (p === null && media.media_type === "STORY") return "STORY";
  if (p === null && typeof media.media_type === "string") return "FEED";
  return null;
}

type GraphError = { code: number; subcode?: number; message: string; type?: string };

function graphError(body: unknown): GraphError | null {
  const e = (body as { error?: { code?: unknown; error_subcode?: unknown; message?: unknown; type?: unknown } } | undefined)?.error;
  if (!e || typeof e.code !== "number") return null;
  return {
    code: e.code,
    subcode: typeof e.error_subcode === "number" ? e.error_subcode : undefined,
    message: typeof e.message === "string" ? e.message.slice(0, 300) : "",
    type: typeof e.type === "string" ? e.type : undefined,
  };
}

/** The typed error for a Graph API error body (or a bare HTTP status). */
export function classifyGraphError(status: number, body: unknown, retryAfter: string | null): ConnectorResult & { ok: false } {
  const e = graphError(body);
  const detail = e ? `graph error ${e.code}${e.subcode ? `/${e.subcode}` : ""} (HTTP ${status}): ${e.message}` : `HTTP ${status}`;
  if (!e) {
    if (status === 429) return connectorError("instagram", "rate_limited", { detail, retryAfterSeconds: retryAfterHeader(retryAfter) });
    if (status >= 500) return connectorError("instagram", "network", { detail });
    return connectorError("instagram", "unexpected", { detail });
  }
  // 190: invalid or expired token (subcodes 458–467: expired, changed password, app removed); 102: session.
  if (e.code === 190 || e.code === 102) return connectorError("instagram", "token_expired", { detail });
  if (RATE_LIMIT_CODES.has(e.code) || isBusinessUseCaseLimit(e.code))
    return connectorError("instagram", "rate_limited", { detail, retryAfterSeconds: retryAfterHeader(retryAfter) });
  if (e.code === 100 && e.subcode === 33) return connectorError("instagram", "media_not_found", { detail });
  if (e.code === 100 && /does not support|not supported|incompatible/i.test(e.message))
    return connectorError("instagram", "metric_unsupported", { detail });
  if (e.code === 10 && /not enough viewers/i.test(e.message)) {
    const r = connectorError("instagram", "metric_unsupported", { detail });
    r.error.message = "Instagram shows insights only once a post has enough viewers. The numbers will be fetched again later.";
    return r;
  }
  return connectorError("instagram", "unexpected", { detail });
}

type Call = { ok: true; body: unknown } | (ConnectorResult & { ok: false });

async function call(http: FetchLike, url: string): Promise<Call> {
  let res: Awaited<ReturnType<FetchLike>>;
  let text: string;
  try {
    res = await http(url, { method: "GET", headers: { accept: "application/json" } });
    text = await res.text();
  } catch (e) {
    // The error's message may quote the URL, which carries the token: keep only its name.
    return connectorError("instagram", "network", { detail: `fetch failed: ${e instanceof Error ? e.name : "error"}` });
  }
  const body = parseJson(text);
  if (res.status < 200 || res.status >= 300 || graphError(body))
    return classifyGraphError(res.status, body, res.headers.get("retry-after"));
  if (body === undefined || typeof body !== "object" || body === null)
    return connectorError("instagram", "unexpected", { detail: "not JSON" });
  return { ok: true, body };
}

type Media = { id: string; permalink?: string; media_type?: string; media_product_type?: string; timestamp?: string };

function mediaList(body: unknown): { items: Media[]; after: string | null } {
  const b = body as { data?: unknown; paging?: { next?: unknown; cursors?: { after?: unknown } } };
  const items = Array.isArray(b.data) ? (b.data.filter((m) => typeof (m as Media)?.id === "string") as Media[]) : [];
  const after = typeof b.paging?.next === "string" && typeof b.paging.cursors?.after === "string" ? b.paging.cursors.after : null;
  return { items, after };
}

/** Finds the post's media among the account's media (or live stories); null when it isn't there. */
async function findMedia(opts: {
  http: FetchLike;
  base: string;
  credentials: ConnectorCredentials;
  key: string;
  postedAt: Date | null;
}): Promise<{ ok: true; media: Media | null } | (ConnectorResult & { ok: false })> {
  const { base, credentials, key } = opts;
  const edge = key.startsWith("s:") ? "stories" : "media";
  // A day's slack: the post's "posted at" is typed by a person, in their time zone.
  const oldest = opts.postedAt ? opts.postedAt.getTime() - 86_400_000 : null;
  let after: string | null = null;
  for (let page = 0; page < MAX_MEDIA_PAGES; page++) {
    const q = new URLSearchParams({ fields: MEDIA_FIELDS, limit: String(PAGE_SIZE), access_token: credentials.token });
    if (after) q.set("after", after);
    const res = await call(opts.http, `${base}/${encodeURIComponent(credentials.externalId)}/${edge}?${q}`);
    if (!res.ok) return res;
    const list = mediaList(res.body);
    const hit = list.items.find((m) => typeof m.permalink === "string" && instagramMediaKey(m.permalink) === key);
    if (hit) return { ok: true, media: hit };
    // Media come newest first: once a page reaches before the post went up, it isn't further on.
    const last = list.items.at(-1)?.timestamp;
    if (oldest !== null && last && Date.parse(last) < oldest) break;
    if (!list.after) break;
    after = list.after;
  }
  return { ok: true, media: null };
}

type Insight = { name?: unknown; values?: { value?: unknown }[]; total_value?: { value?: unknown; breakdowns?: unknown } };

/** The figures of an insights answer: each known metric's lifetime value; absent metrics stay null. */
export function parseInsights(body: unknown): SnapshotCounts {
  const data = (body as { data?: unknown }).data;
  const counts: Record<string, number | null> = {};
  if (!Array.isArray(data)) return counts;
  for (const m of data as Insight[]) {
    if (typeof m?.name !== "string") continue;
    const field = FIELD[m.name];
    if (!field) continue;
    counts[field] = count(m.total_value?.value ?? m.values?.[0]?.value);
  }
  return counts;
}

/** The navigation breakdown of a story (story_navigation_action_type); null parts were not reported. */
export function parseNavigation(body: unknown): StoryNavigation {
  const nav: StoryNavigation = { tapForward: null, tapBack: null, tapExit: null, swipeForward: null };
  const data = (body as { data?: unknown }).data;
  const metric = Array.isArray(data) ? (data as Insight[]).find((m) => m?.name === "navigation") : undefined;
  const breakdowns = metric?.total_value?.breakdowns;
  if (!Array.isArray(breakdowns)) return nav;
  const KEY: Record<string, keyof StoryNavigation> = {
    tap_forward: "tapForward",
    tap_back: "tapBack",
    tap_exit: "tapExit",
    swipe_forward: "swipeForward",
  };
  for (const b of breakdowns as { results?: { dimension_values?: unknown[]; value?: unknown }[] }[]) {
    for (const r of b?.results ?? []) {
      const k = KEY[String(r?.dimension_values?.[0])];
      if (k) nav[k] = count(r.value);
    }
  }
  return nav;
}

export const instagramConnector: MetricConnector = {
  platform: "instagram",
  authKinds: ["facebook_login", "instagram_login"],
  async fetchPostMetrics({ post, credentials, http, graphVersion = "v27.0" }) {
    const base = graphBase(credentials.authKind, graphVersion);
    let mediaId = post.mediaId ?? null;
    let type: MediaProductType | null = post.mediaType ? productType({ media_product_type: post.mediaType }) : null;
    if (!mediaId || !type) {
      const key = instagramMediaKey(post.url);
      if (!key) return connectorError("instagram", "media_not_found", { detail: "no shortcode in the post link" });
      const found = await findMedia({ http, base, credentials, key, postedAt: post.postedAt });
      if (!found.ok) return found;
      if (!found.media) return connectorError("instagram", "media_not_found", { detail: `${key} not in the account's media` });
      mediaId = found.media.id;
      type = productType(found.media);
      if (!type)
        return connectorError("instagram", "metric_unsupported", { detail: `media product type ${found.media.media_product_type}` });
    }
    const token = credentials.token;
    const q = new URLSearchParams({ metric: INSTAGRAM_METRICS[type].join(","), access_token: token });
    const res = await call(http, `${base}/${encodeURIComponent(mediaId)}/insights?${q}`);
    if (!res.ok) return res;
    const counts = parseInsights(res.body);
    if (type !== "STORY") return { ok: true, counts, mediaId, mediaType: type };
    const nq = new URLSearchParams({ metric: "navigation", breakdown: "story_navigation_action_type", access_token: token });
    const nav = await call(http, `${base}/${encodeURIComponent(mediaId)}/insights?${nq}`);
    if (!nav.ok) return nav;
    return { ok: true, counts, mediaId, mediaType: type, navigation: parseNavigation(nav.body) };
  },
};
