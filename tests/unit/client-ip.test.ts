// clientIp: the address TRUSTED_PROXY_HOPS trusted proxies report; everything left of them is the
// client's own writing and never chosen.
import { afterEach, describe, expect, it, vi } from "vitest";

import { clientIp, PEER_HEADER, trustPeerHeader, UNKNOWN_CLIENT } from "@/lib/client-ip";

const h = (xff: string | null, peer: string | null) => {
  const headers = new Headers();
  if (xff !== null) headers.set("x-forwarded-for", xff);
  if (peer !== null) headers.set(PEER_HEADER, peer);
  return headers;
};

describe("clientIp", () => {
  afterEach(() => trustPeerHeader(false));

  it("hops = 0 behind the launcher: the socket address, whatever X-Forwarded-For says", () => {
    trustPeerHeader();
    expect(clientIp(h("203.0.113.1, 203.0.113.2", "192.0.2.9"), 0)).toBe("192.0.2.9");
    expect(clientIp(h(null, "::ffff:192.0.2.9"), 0)).toBe("192.0.2.9");
    expect(clientIp(h(null, "2001:DB8::1"), 0)).toBe("2001:db8::1");
  });

  it("hops = 0 without the launcher: unknown (one shared bucket), never the header", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(clientIp(h("203.0.113.1", "192.0.2.9"), 0)).toBe(UNKNOWN_CLIENT);
    expect(clientIp(h(null, null), 0)).toBe(UNKNOWN_CLIENT);
  });

  it("hops = 1: the entry our proxy appended; entries the client prepended are ignored", () => {
    trustPeerHeader();
    // client forged "1.1.1.1"; proxy appended the real client 198.51.100.7; proxy itself is the peer.
    expect(clientIp(h("1.1.1.1, 198.51.100.7", "10.0.0.2"), 1)).toBe("198.51.100.7");
    trustPeerHeader(false);
    // Plain `next start` behind the proxy: no peer header, the proxy's entry is the last one.
    expect(clientIp(h("1.1.1.1, 198.51.100.7", null), 1)).toBe("198.51.100.7");
  });

  it("hops = 2: the entry the outer proxy appended", () => {
    trustPeerHeader();
    expect(clientIp(h("1.1.1.1, 198.51.100.7, 10.0.0.1", "10.0.0.2"), 2)).toBe("198.51.100.7");
    trustPeerHeader(false);
    expect(clientIp(h("1.1.1.1, 198.51.100.7, 10.0.0.1", null), 2)).toBe("198.51.100.7");
  });

  it("a chain shorter than the trusted hops: the furthest address known", () => {
    trustPeerHeader();
    expect(clientIp(h(null, "192.0.2.9"), 1)).toBe("192.0.2.9");
    expect(clientIp(h("198.51.100.7", "192.0.2.9"), 3)).toBe("198.51.100.7");
  });

  it("caps an absurd entry's length (it becomes a rate-limit key)", () => {
    trustPeerHeader();
    expect(clientIp(h(null, "x".repeat(500)), 0)).toHaveLength(64);
  });
});
