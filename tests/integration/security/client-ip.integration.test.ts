// Item: the client IP can't be forged with X-Forwarded-For. Per-IP limits key on the address the
// launcher stamps from the socket (TRUSTED_PROXY_HOPS=0) — never on a header the client wrote.
import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it, vi } from "vitest";

import * as authRoute from "@/app/api/auth/[...nextauth]/route";
import { POST as requestResetRoute } from "@/app/api/auth/password-reset/route";
import { clientIp, PEER_HEADER, stampPeer, trustPeerHeader, UNKNOWN_CLIENT } from "@/lib/client-ip";
import { RATE_LIMITS } from "@/lib/rate-limit";

import { authJsCredentialsSignIn, jsonRequest, newPeer, uid, userWithPassword } from "./helpers";

vi.hoisted(() => {
  process.env.RATE_LIMIT_DISABLED = "false";
});
vi.mock("next/headers", async () => (await import("./helpers")).nextHeadersMock);

const invented = (i: number) => `203.0.113.${i}, 198.51.100.${i}`;

describe("forged X-Forwarded-For", () => {
  afterEach(() => trustPeerHeader(true));

  it("30 password-reset requests with 30 invented X-Forwarded-For headers are limited per IP", async () => {
    const peer = newPeer();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const req = jsonRequest(
        "/api/auth/password-reset",
        { email: `x-${i}-${uid()}@example.test` },
        { peer, headers: { "x-forwarded-for": invented(i) } },
      );
      statuses.push((await requestResetRoute(req)).status);
    }
    expect(statuses.slice(0, RATE_LIMITS.resetIp.limit)).toEqual(Array(RATE_LIMITS.resetIp.limit).fill(200));
    expect(statuses.slice(RATE_LIMITS.resetIp.limit)).toEqual(Array(30 - RATE_LIMITS.resetIp.limit).fill(429));
  });

  it("30 sign-in attempts through the Auth.js callback with invented headers are limited per IP", async () => {
    const peer = newPeer();
    const user = await userWithPassword();
    for (let i = 0; i < 29; i++) {
      await authJsCredentialsSignIn(authRoute, {
        email: `n-${i}-${uid()}@example.test`,
        password: "guess",
        peer,
        forwardedFor: invented(i),
      });
    }
    const last = await authJsCredentialsSignIn(authRoute, { email: user.email, password: user.password, peer, forwardedFor: invented(29) });
    expect(last.session).toBeUndefined();
    expect(new URL(last.location!).searchParams.get("code")).toBe("rate_limited");
  });

  it("the launcher stamps the socket address and drops a client's copy of the header", async () => {
    const server = http.createServer((req, res) => {
      stampPeer(req);
      res.end(String(req.headers[PEER_HEADER]));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: "203.0.113.7", "x-forwarded-for": "203.0.113.8" } });
      expect(await res.text()).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });

  it("without the launcher a client's copy of the peer header is ignored: unknown, one shared bucket", () => {
    trustPeerHeader(false);
    const headers = new Headers({ [PEER_HEADER]: "203.0.113.7", "x-forwarded-for": "203.0.113.8" });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(clientIp(headers, 0)).toBe(UNKNOWN_CLIENT);
  });
});
