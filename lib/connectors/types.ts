// The one interface every metric connector implements, and what it answers. A connector is pure:
// it gets the post, the account's credentials and an `http` (a fetch) to call, and returns the figures or a
// typed error. Storing them (snapshots, account status, backoff) is lib/connectors/refresh.ts's job.
import type { SnapshotCounts } from "@/lib/metrics";

/** The `fetch` a connector calls: the global one in the app, a recorded-response fake in tests. */
export type FetchLike = (
  url: string,
  init?: { method?: string; headers?: Record<string, string> },
) => Promise<{
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

/** The post to read (its normalised URL and our format), and the media found for it earlier. */
export type ConnectorPost = {
  url: string;
  format: string;
  postedAt: Date | null;
  /** Cached from an earlier fetch: skips the media lookup. */
  mediaId?: string | null;
  mediaType?: string | null;
};

/** An account's credentials, opened from the secret box just for the call. */
export type ConnectorCredentials = {
  /** Instagram: facebook_login (graph.facebook.com) or instagram_login (graph.instagram.com); YouTube: api_key or oauth. */
  authKind: string;
  /** Instagram: the IG user id whose media are searched. */
  externalId: string;
  token: string;
};

/** Instagram stories: how viewers moved on from the frame. */
export type StoryNavigation = { tapForward: number | null; tapBack: number | null; tapExit: number | null; swipeForward: number | null };

export type ConnectorErrorKind = "token_expired" | "rate_limited" | "metric_unsupported" | "media_not_found" | "network" | "unexpected";

export type ConnectorError = {
  kind: ConnectorErrorKind;
  /** Shown to the marketer (status on the post, the account's last error). Never holds the token. */
  message: string;
  /** For the log only: the platform's code and message, never the URL (it may carry the token). */
  detail?: string;
  /** Rate limits: how long the platform asked us to wait, when it said. */
  retryAfterSeconds?: number;
};

export type ConnectorResult =
  | {
      ok: true;
      counts: SnapshotCounts;
      mediaId: string;
      mediaType: string | null;
      navigation?: StoryNavigation;
    }
  | { ok: false; error: ConnectorError };

export interface MetricConnector {
  readonly platform: "instagram" | "youtube";
  /** The auth kinds this connector accepts, first = default. */
  readonly authKinds: readonly string[];
  fetchPostMetrics(opts: {
    post: ConnectorPost;
    credentials: ConnectorCredentials;
    http: FetchLike;
    graphVersion?: string;
  }): Promise<ConnectorResult>;
}
