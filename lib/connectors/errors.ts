// The connectors' typed errors and the message each gives the marketer. One place, so Instagram and
// YouTube say the same thing about the same problem.
import type { ConnectorError, ConnectorErrorKind } from "./types";

const PLATFORM_LABEL = { instagram: "Instagram", youtube: "YouTube" } as const;
type P = keyof typeof PLATFORM_LABEL;

const MESSAGES: Record<ConnectorErrorKind, (p: string) => string> = {
  token_expired: (p) => `The ${p} access token has expired or was revoked. An admin must paste a new one in Settings → Connectors.`,
  rate_limited: (p) => `${p} asked us to slow down (rate limit). The numbers will be fetched again later, automatically.`,
  metric_unsupported: (p) => `${p} does not report these metrics for this kind of post. Enter the numbers by hand.`,
  media_not_found: (p) =>
    `${p} did not find this post among the connected account's media. Check the post's link, or connect the creator's account.`,
  network: (p) => `${p} could not be reached. The numbers will be fetched again later, automatically.`,
  unexpected: (p) => `${p} answered in a way we did not expect. The numbers will be fetched again later.`,
};

/** A typed error with its marketer-facing message. */
export function connectorError(
  platform: P,
  kind: ConnectorErrorKind,
  extra: { detail?: string; retryAfterSeconds?: number } = {},
): { ok: false; error: ConnectorError } {
  return { ok: false, error: { kind, message: MESSAGES[kind](PLATFORM_LABEL[platform]), ...extra } };
}

/** Seconds from a Retry-After header (seconds form only); undefined when absent or not a number. */
export function retryAfterHeader(value: string | null): number | undefined {
  if (!value || !/^\d{1,6}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

/** Parses a JSON body; undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A count as the platforms send it (a number, or YouTube's decimal string); null when absent or not a whole number ≥ 0. */
export function count(v: unknown): number | null {
  const n = typeof v === "string" && /^\d{1,15}$/.test(v) ? Number(v) : v;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : null;
}
