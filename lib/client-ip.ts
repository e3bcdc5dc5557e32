// The client's IP address: the one answer used by per-IP rate limits, the portal gate and anything
// else that records who called (README "Security").
//
// The chain of addresses a request passed through is X-Forwarded-For (left = furthest) followed by
// the TCP peer that connected to us. With TRUSTED_PROXY_HOPS = n, the last n hops are our own
// proxies, each of which appended the address it saw; the client is the entry just before them.
// Everything further left was written by the client and can say anything.
//
// The peer address: `next start` (node_modules/next/dist/server/base-server.js) sets
// X-Forwarded-For to the socket address only when the header is absent (`??=`), so a client that
// sends its own header hides the socket address and the app can't tell the two apart. The launcher
// (lib/cli/serve.ts, `npm start` / `npm run dev`) therefore stamps PEER_HEADER from the socket on
// every request, replacing any copy the client sent, and calls trustPeerHeader(). Without the
// launcher the header is ignored; with TRUSTED_PROXY_HOPS = 0 the client is then unknown and every
// such request shares one rate-limit bucket (fails closed) — behind a proxy (hops ≥ 1) the proxy's
// own X-Forwarded-For entry is enough and plain `next start` is fine.
import type { IncomingMessage } from "node:http";

import { env } from "./env";

export const PEER_HEADER = "x-microcampaigns-peer";
export const UNKNOWN_CLIENT = "unknown";

const TRUST_KEY = Symbol.for("microcampaigns.peerHeaderTrusted");
const state = globalThis as unknown as Record<symbol, boolean | undefined>;

/** Called by the launcher that stamps PEER_HEADER on every request (same process as the routes). */
export function trustPeerHeader(on = true): void {
  state[TRUST_KEY] = on;
}

/** The launcher's per-request step: the socket address, never a client-supplied copy. */
export function stampPeer(req: IncomingMessage): void {
  delete req.headers[PEER_HEADER];
  const addr = req.socket.remoteAddress;
  if (addr) req.headers[PEER_HEADER] = addr;
}

let warned = false;

/** The client address as the configured number of trusted proxy hops reports it. */
export function clientIp(headers: Pick<Headers, "get">, hops: number = env.TRUSTED_PROXY_HOPS): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const peer = state[TRUST_KEY] ? headers.get(PEER_HEADER)?.trim() || null : null;
  if (hops === 0) {
    if (peer) return normalise(peer);
    if (!warned) {
      warned = true;
      console.warn(
        "[security] The client IP is unknown (TRUSTED_PROXY_HOPS=0 without the launcher): per-IP rate limits are shared by every client. Start with `npm start`, or set TRUSTED_PROXY_HOPS behind a proxy.",
      );
    }
    return UNKNOWN_CLIENT;
  }
  // Without a peer, the nearest proxy's own entry is the last one in the header.
  const chain = peer ? [...forwarded, peer] : forwarded;
  const index = chain.length - 1 - (peer ? hops : hops - 1);
  // A chain shorter than the trusted hops (a request that skipped a proxy): the furthest address known.
  const ip = chain[Math.max(0, index)];
  return ip ? normalise(ip) : UNKNOWN_CLIENT;
}

/** `::ffff:10.0.0.1` (IPv4 on a dual-stack socket) and `10.0.0.1` are one client. */
function normalise(ip: string): string {
  return ip
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1")
    .toLowerCase()
    .slice(0, 64);
}
