// Session revocation, tested for real: the session JWT is issued by Auth.js itself (signIn with the
// credentials provider) or minted with the app's secret, carried as a cookie through a stand-in for
// Next's request context, and checked by the REAL getSessionUser (the other suites replace it with
// a double, see setup-file.ts). A copied cookie must stop working after "Sign out", after "sign out
// this device", after "sign out of all devices", after a password reset and once the user is gone;
// a tampered token or one without a live session id is no session.
import { randomBytes } from "node:crypto";

import { CredentialsSignin } from "next-auth";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { requestPasswordReset, resetPassword, signOutEverywhere } from "@/lib/accounts/credentials";
import { EMAIL_NOT_VERIFIED, signIn, signOut } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { getCurrentSession, getSessionUser } from "@/lib/auth/session";
import { createSession, listActiveSessions, revokeSession, TOUCH_INTERVAL_MS } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

import { createUser, createWorkspaceWith } from "../../fixtures/factories";
import { Browser, from, mintSessionToken, SESSION_COOKIE } from "./auth-request";

vi.unmock("@/lib/auth/session");
vi.mock("next/headers", async () => (await import("./auth-request")).nextHeadersDouble);

const PASSWORD = "correct horse battery staple";
const uid = () => randomBytes(4).toString("hex");

async function newUser(opts: { verified?: boolean } = {}) {
  return createUser({ email: `s-${uid()}@example.test`, passwordHash: await hashPassword(PASSWORD), verified: opts.verified });
}

/** Signs `user` in through Auth.js's credentials provider in a fresh browser; returns the browser. */
async function signedIn(user: { email: string }, browser = new Browser()): Promise<Browser> {
  from(browser);
  await signIn("credentials", { email: user.email, password: PASSWORD, redirect: false });
  expect(browser.sessionCookie, "Auth.js set a session cookie").toBeTruthy();
  return browser;
}

const whoIs = async (browser: Browser) => {
  from(browser);
  return (await getSessionUser())?.id ?? null;
};

beforeEach(() => {
  from(new Browser());
});

describe("the real per-request session check", () => {
  it("a session issued by Auth.js → its user, with a UserSession row labelled with the device and IP", async () => {
    const user = await newUser();
    const browser = await signedIn(user);
    expect(await whoIs(browser)).toBe(user.id);
    const current = await getCurrentSession();
    const row = await db.userSession.findUniqueOrThrow({ where: { id: current!.sessionId } });
    expect(row).toMatchObject({ userId: user.id, revokedAt: null, device: "Firefox on Linux", ip: "203.0.113.7" });
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600_000);
  });

  it("the session read carries the workspace the user opened last: the workspace layout writes it only when it changes", async () => {
    const user = await newUser();
    await signedIn(user);
    expect((await getCurrentSession())?.lastWorkspaceId).toBeNull();
    const { workspace } = await createWorkspaceWith({ owner: user });
    await db.user.update({ where: { id: user.id }, data: { lastWorkspaceId: workspace.id } });
    expect((await getCurrentSession())?.lastWorkspaceId).toBe(workspace.id);
  });

  it("no cookie → null", async () => {
    expect(await whoIs(new Browser())).toBeNull();
  });

  it("Sign out ends the session itself: the same cookie replayed from elsewhere is refused", async () => {
    const user = await newUser();
    const browser = await signedIn(user);
    const stolen = browser.copy();
    expect(await whoIs(stolen)).toBe(user.id);

    from(browser);
    await signOut({ redirect: false });
    expect(browser.sessionCookie, "the browser's cookie is cleared").toBeUndefined();
    expect(await whoIs(stolen), "the copied cookie no longer works").toBeNull();
  });

  it("'sign out this device' ends that session only", async () => {
    const user = await newUser();
    const laptop = await signedIn(user);
    const phone = await signedIn(
      user,
      new Browser("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Version/17.5 Mobile/15E148 Safari/604.1"),
    );
    from(phone);
    const phoneSession = (await getCurrentSession())!.sessionId;
    const listed = await listActiveSessions({ userId: user.id, currentSessionId: phoneSession });
    expect(listed.map((s) => [s.device, s.current])).toEqual(
      expect.arrayContaining([
        ["Safari on iOS", true],
        ["Firefox on Linux", false],
      ]),
    );

    await revokeSession({ userId: user.id, sessionId: phoneSession });
    expect(await whoIs(phone)).toBeNull();
    expect(await whoIs(laptop)).toBe(user.id);
  });

  it("'sign out of all devices' ends every session of the user, and no one else's", async () => {
    const user = await newUser();
    const other = await newUser();
    const [a, b, c] = [await signedIn(user), await signedIn(user), await signedIn(other)];
    await signOutEverywhere(user.id);
    expect(await whoIs(a)).toBeNull();
    expect(await whoIs(b)).toBeNull();
    expect(await whoIs(c)).toBe(other.id);
  });

  it("a password reset ends every session", async () => {
    const user = await newUser();
    const browser = await signedIn(user);
    await requestPasswordReset(user.email);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: user.email }, orderBy: { createdAt: "desc" } });
    const token = /token=([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    await resetPassword({ token, password: "a brand new passphrase" });
    expect(await whoIs(browser)).toBeNull();
  });

  it("a deleted user → null", async () => {
    const user = await newUser();
    const browser = await signedIn(user);
    await db.user.delete({ where: { id: user.id } });
    expect(await whoIs(browser)).toBeNull();
  });

  it("a tampered token → null", async () => {
    const user = await newUser();
    const browser = await signedIn(user);
    const cookie = browser.sessionCookie!;
    const i = Math.floor(cookie.length / 2);
    const tampered = new Browser();
    tampered.cookies.set(SESSION_COOKIE, cookie.slice(0, i) + (cookie[i] === "A" ? "B" : "A") + cookie.slice(i + 1));
    expect(await whoIs(tampered)).toBeNull();
  });

  it("a validly signed token is not enough: without a session id, with someone else's, or with a revoked or expired one → null", async () => {
    const user = await newUser();
    const other = await newUser();
    const mine = await createSession({ userId: user.id });
    const theirs = await createSession({ userId: other.id });
    const withToken = async (token: Parameters<typeof mintSessionToken>[0]) => {
      const b = new Browser();
      b.cookies.set(SESSION_COOKIE, await mintSessionToken(token));
      return whoIs(b);
    };
    expect(await withToken({ sub: user.id, sv: 0, sid: mine.id }), "control").toBe(user.id);
    expect(await withToken({ sub: user.id, sv: 0 }), "a token from before session ids").toBeNull();
    expect(await withToken({ sub: user.id, sv: 0, sid: theirs.id }), "another user's session id").toBeNull();
    expect(await withToken({ sub: user.id, sv: 1, sid: mine.id }), "an older sessionVersion").toBeNull();
    await db.userSession.update({ where: { id: mine.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await withToken({ sub: user.id, sv: 0, sid: mine.id }), "an expired session").toBeNull();
  });

  it("activity slides the expiry, written at most every few minutes", async () => {
    const user = await newUser();
    const browser = await signedIn(user);
    from(browser);
    const { sessionId } = (await getCurrentSession())!;
    const old = new Date(Date.now() - TOUCH_INTERVAL_MS - 60_000);
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: old, expiresAt: new Date(Date.now() + 3600_000) } });
    expect(await whoIs(browser)).toBe(user.id);
    const row = await db.userSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.lastSeenAt.getTime()).toBeGreaterThan(old.getTime());
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600_000);
  });

  it("a right password on an unverified address signs no one in and starts no session", async () => {
    const user = await newUser({ verified: false });
    const browser = from(new Browser());
    const err = await signIn("credentials", { email: user.email, password: PASSWORD, redirect: false }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CredentialsSignin);
    expect((err as CredentialsSignin).code).toBe(EMAIL_NOT_VERIFIED);
    expect(browser.sessionCookie).toBeUndefined();
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
  });
});
