// Item: password guessing through Auth.js's own credentials callback is rate limited like
// /api/auth/sign-in — the limiter sits in the credentials check every sign-in path runs through.
import { describe, expect, it, vi } from "vitest";

import * as authRoute from "@/app/api/auth/[...nextauth]/route";
import { POST as signInRoute } from "@/app/api/auth/sign-in/route";
import { RATE_LIMITS } from "@/lib/rate-limit";

import { authJsCredentialsSignIn, inRequest, jsonRequest, newPeer, SESSION_COOKIE, userWithPassword } from "./helpers";

vi.hoisted(() => {
  process.env.RATE_LIMIT_DISABLED = "false";
});
vi.mock("next/headers", async () => (await import("./helpers")).nextHeadersMock);

describe("sign-in rate limits cover the Auth.js credentials callback", () => {
  it("the callback signs in with the right password (the flow under test works)", async () => {
    const user = await userWithPassword();
    const ok = await authJsCredentialsSignIn(authRoute, { email: user.email, password: user.password, peer: newPeer() });
    expect(ok.session, `no session: ${ok.status} ${ok.location}`).toBeTruthy();
    const wrong = await authJsCredentialsSignIn(authRoute, { email: user.email, password: "not it", peer: newPeer() });
    expect(wrong.session).toBeUndefined();
    expect(wrong.location).toContain("error=CredentialsSignin");
  });

  it("12 wrong passwords through the callback, then the right one: no session, answered rate_limited", async () => {
    const user = await userWithPassword();
    const peer = newPeer();
    const codes: (string | null)[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await authJsCredentialsSignIn(authRoute, { email: user.email, password: `guess ${i}`, peer });
      expect(r.session).toBeUndefined();
      codes.push(r.location && new URL(r.location).searchParams.get("code"));
    }
    // The per-email limit (8 per 10 minutes) trips on the 9th guess.
    expect(codes.indexOf("rate_limited")).toBe(RATE_LIMITS.signInEmail.limit);
    const right = await authJsCredentialsSignIn(authRoute, { email: user.email, password: user.password, peer });
    expect(right.session).toBeUndefined();
    expect(new URL(right.location!).searchParams.get("code")).toBe("rate_limited");
  });

  it("guesses spread over many emails from one address trip the per-IP limit", async () => {
    const peer = newPeer();
    const user = await userWithPassword();
    for (let i = 0; i < RATE_LIMITS.signInIp.limit; i++) {
      await authJsCredentialsSignIn(authRoute, { email: `nobody-${i}-${user.id}@example.test`, password: "guess", peer });
    }
    const right = await authJsCredentialsSignIn(authRoute, { email: user.email, password: user.password, peer });
    expect(right.session).toBeUndefined();
    expect(new URL(right.location!).searchParams.get("code")).toBe("rate_limited");
  });

  it("one limiter: guesses through the callback make /api/auth/sign-in answer 429 for that email, with Retry-After", async () => {
    const user = await userWithPassword();
    for (let i = 0; i < RATE_LIMITS.signInEmail.limit; i++) {
      await authJsCredentialsSignIn(authRoute, { email: user.email, password: `guess ${i}`, peer: newPeer() });
    }
    const req = jsonRequest("/api/auth/sign-in", { email: user.email, password: user.password }, { peer: newPeer() });
    const { res, cookies } = await inRequest(req, signInRoute);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Too many attempts/);
    expect(cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it("/api/auth/sign-in itself still signs in, and counts its wrong guesses", async () => {
    const user = await userWithPassword();
    const peer = newPeer();
    const good = await inRequest(jsonRequest("/api/auth/sign-in", { email: user.email, password: user.password }, { peer }), signInRoute);
    expect(good.res.status).toBe(200);
    expect(good.cookies.has(SESSION_COOKIE)).toBe(true);
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_LIMITS.signInEmail.limit; i++) {
      statuses.push(
        (await inRequest(jsonRequest("/api/auth/sign-in", { email: user.email, password: "nope" }, { peer }), signInRoute)).res.status,
      );
    }
    // The success used up nothing: all 8 wrong guesses are 401, the 9th is 429.
    expect(statuses.slice(0, RATE_LIMITS.signInEmail.limit)).toEqual(Array(RATE_LIMITS.signInEmail.limit).fill(401));
    expect(statuses.at(-1)).toBe(429);
  });

  it("signing in with the right password many times (phone, laptop, tablet…) never locks the account", async () => {
    const user = await userWithPassword();
    const peer = newPeer();
    for (let i = 0; i < RATE_LIMITS.signInEmail.limit + 4; i++) {
      const r = await authJsCredentialsSignIn(authRoute, { email: user.email, password: user.password, peer });
      expect(r.session, `sign-in ${i + 1}: ${r.status} ${r.location}`).toBeTruthy();
    }
    // …and the guesses that follow still have exactly the whole budget.
    const codes: (string | null)[] = [];
    for (let i = 0; i <= RATE_LIMITS.signInEmail.limit; i++) {
      const r = await authJsCredentialsSignIn(authRoute, { email: user.email, password: `guess ${i}`, peer });
      codes.push(r.location && new URL(r.location).searchParams.get("code"));
    }
    expect(codes.indexOf("rate_limited")).toBe(RATE_LIMITS.signInEmail.limit);
  });
});
