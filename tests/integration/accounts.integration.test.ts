// Accounts (lib/accounts) and the rate limiter on a real database.
//
// The sign-in and sign-up routes call Auth.js `signIn`, which needs Next's request context (cookies,
// headers), so they can't be called directly here: their services (signUp, the password checks) and
// the rate limiter they use are tested below, and the routes themselves are left to the e2e tests.
// The password-reset routes don't sign in, so they are called directly.
import { randomBytes } from "node:crypto";

import { afterEach, describe, expect, it, vi } from "vitest";

import { changePasswordAction, revokeSessionAction, signOutEverywhereAction } from "@/app/(app)/actions/account";
import { POST as confirmResetRoute } from "@/app/api/auth/password-reset/confirm/route";
import { POST as requestResetRoute } from "@/app/api/auth/password-reset/route";
import { changePassword, requestPasswordReset, resetPassword, signOutEverywhere, signUp } from "@/lib/accounts/credentials";
import { signUpSchema } from "@/lib/accounts/schemas";
import { resendVerification, verifyEmail } from "@/lib/accounts/verification";
import { verifyPassword } from "@/lib/auth/password";
import { createSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { AppError, errorResponse } from "@/lib/errors";
import { hit, type RateLimitRule } from "@/lib/rate-limit";
import { hashToken, newToken } from "@/lib/tokens";

import { actAs } from "./session-double";

// app/(app)/actions/account.ts imports the Auth.js config for signOutAction; next-auth doesn't load
// under vitest (it imports "next/server" without an extension) and isn't what these tests are about.
vi.mock("@/lib/auth/config", () => ({
  signOut: async () => {},
  signIn: async () => {},
  auth: async () => null,
}));

const uid = () => randomBytes(4).toString("hex");
const PASSWORD = "correct horse battery staple";

/** A signed-up account whose address is confirmed (through its emailed link), as a real user has. */
async function newAccount(password = PASSWORD) {
  const input = signUpSchema.parse({ name: "Ada", email: `Ada.${uid()}@Example.test`, password });
  expect(await signUp(input)).toBe("created");
  await verifyEmail(await verifyTokenFor(input.email));
  const user = await db.user.findUniqueOrThrow({ where: { email: input.email }, select: { id: true, email: true } });
  return { ...user, password };
}

/** The token of the newest confirmation link mailed to `email`. */
async function verifyTokenFor(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { to: email, subject: "Confirm your email address" },
    orderBy: { createdAt: "desc" },
  });
  const m = /\/verify-email\?token=([A-Za-z0-9_-]{43})/.exec(mail.text);
  expect(m, mail.text).not.toBeNull();
  return m![1]!;
}

async function expectAppError(p: Promise<unknown>, code: string): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
}

/** The token of the newest reset link mailed to `email`. */
async function resetTokenFor(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { to: email, subject: "Reset your password" },
    orderBy: { createdAt: "desc" },
  });
  const m = /\/reset-password\?token=([A-Za-z0-9_-]{43})/.exec(mail.text);
  expect(m, mail.text).not.toBeNull();
  return m![1]!;
}

const sessionVersion = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;
const passwordHash = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash!;

describe("signUp and email verification", () => {
  it("creates an unverified user with a normalised email and mails a link whose token is stored only as its SHA-256", async () => {
    const input = signUpSchema.parse({ name: "Ada", email: `Ada.${uid()}@Example.test`, password: PASSWORD });
    expect(input.email).toBe(input.email.toLowerCase());
    expect(await signUp(input)).toBe("created");
    const user = await db.user.findUniqueOrThrow({ where: { email: input.email }, select: { id: true, emailVerified: true } });
    expect(user.emailVerified).toBeNull();
    const token = await verifyTokenFor(input.email);
    const rows = await db.emailVerificationToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    const ttlHours = (rows[0]!.expiresAt.getTime() - Date.now()) / 3600_000;
    expect(ttlHours).toBeGreaterThan(23.9);
    expect(ttlHours).toBeLessThanOrEqual(24);
  });

  it("verifyEmail confirms the address once; the link then is GONE", async () => {
    const email = `once-${uid()}@example.test`;
    await signUp({ name: "O", email, password: PASSWORD });
    const token = await verifyTokenFor(email);
    await expect(verifyEmail(token)).resolves.toEqual({ email });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBeInstanceOf(Date);
    await expectAppError(verifyEmail(token), "GONE");
  });

  it("an expired, unknown or malformed link → GONE and the address stays unverified", async () => {
    const email = `stale-${uid()}@example.test`;
    await signUp({ name: "S", email, password: PASSWORD });
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const { token, tokenHash } = newToken();
    await db.emailVerificationToken.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() - 1000) } });
    await expectAppError(verifyEmail(token), "GONE");
    await expectAppError(verifyEmail(newToken().token), "GONE");
    await expectAppError(verifyEmail("short"), "GONE");
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBeNull();
  });

  it("signing up again while unverified: the newest name and password win and older links die", async () => {
    const email = `again-${uid()}@example.test`;
    await signUp({ name: "First", email, password: PASSWORD });
    const first = await verifyTokenFor(email);
    await new Promise((r) => setTimeout(r, 5)); // distinct createdAt for "newest"
    expect(await signUp({ name: "Second", email, password: "another good passphrase" })).toBe("pending");
    const second = await verifyTokenFor(email);
    await expectAppError(verifyEmail(first), "GONE");
    await verifyEmail(second);
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { name: true, passwordHash: true } });
    expect(user.name).toBe("Second");
    expect(await verifyPassword(user.passwordHash!, "another good passphrase")).toBe(true);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("signing up with a verified address changes nothing and mails 'you already have an account'", async () => {
    const user = await newAccount();
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await signUp({ name: "Mallory", email: user.email, password: "another good passphrase" })).toBe("existing");
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: user.email }, orderBy: { createdAt: "desc" } });
    expect(mail.subject).toBe("You already have an account");
    expect(mail.text).toContain("/forgot-password");
  });

  it("concurrent sign-ups with one email: all answered, one account", async () => {
    const email = `race-${uid()}@example.test`;
    const results = await Promise.allSettled([1, 2, 3].map(() => signUp({ name: "R", email, password: PASSWORD })));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("resendVerification mails a new link only to an unverified password account", async () => {
    const email = `resend-${uid()}@example.test`;
    await signUp({ name: "R", email, password: PASSWORD });
    const first = await verifyTokenFor(email);
    await new Promise((r) => setTimeout(r, 5));
    await resendVerification(email);
    const second = await verifyTokenFor(email);
    expect(second).not.toBe(first);
    await expectAppError(verifyEmail(first), "GONE");
    await verifyEmail(second);
    const mails = await db.outboxEmail.count();
    await resendVerification(email); // verified now
    await resendVerification(`nobody-${uid()}@example.test`);
    expect(await db.outboxEmail.count()).toBe(mails);
  });

  it("a password reset link proves the mailbox: it verifies an unverified address", async () => {
    const email = `reset-verifies-${uid()}@example.test`;
    await signUp({ name: "R", email, password: PASSWORD });
    await requestPasswordReset(email);
    await resetPassword({ token: await resetTokenFor(email), password: "a brand new passphrase" });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBeInstanceOf(Date);
  });

  it("stores an Argon2id hash with m=19456, t=2, p=1 (PHC string), never the password", async () => {
    const user = await newAccount();
    const stored = await passwordHash(user.id);
    expect(stored).not.toContain(PASSWORD);
    // $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>
    const parts = stored.split("$");
    expect(parts).toHaveLength(6);
    const [, alg, version, params, salt, hash] = parts;
    expect(alg).toBe("argon2id");
    expect(version).toBe("v=19");
    expect(Object.fromEntries(params!.split(",").map((kv) => kv.split("=")))).toEqual({ m: "19456", t: "2", p: "1" });
    expect(Buffer.from(salt!, "base64").length).toBeGreaterThanOrEqual(16);
    expect(Buffer.from(hash!, "base64").length).toBeGreaterThanOrEqual(32);
    expect(await verifyPassword(stored, PASSWORD)).toBe(true);
  });
});

describe("password reset", () => {
  it("for an unknown email: does nothing, doesn't throw, sends nothing", async () => {
    const email = `nobody-${uid()}@example.test`;
    const [tokens, mails] = [await db.passwordResetToken.count(), await db.outboxEmail.count()];
    await expect(requestPasswordReset(email)).resolves.toBeUndefined();
    expect(await db.passwordResetToken.count()).toBe(tokens);
    expect(await db.outboxEmail.count()).toBe(mails);
  });

  it("for a known email: mails a link whose token is stored only as its SHA-256", async () => {
    const user = await newAccount();
    await requestPasswordReset(user.email);
    const token = await resetTokenFor(user.email);
    const rows = await db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    const ttlMinutes = (rows[0]!.expiresAt.getTime() - Date.now()) / 60_000;
    expect(ttlMinutes).toBeGreaterThan(55);
    expect(ttlMinutes).toBeLessThanOrEqual(60);
  });

  it("resetPassword sets the new password, bumps sessionVersion, and the token works once", async () => {
    const user = await newAccount();
    await requestPasswordReset(user.email);
    const token = await resetTokenFor(user.email);
    const sv = await sessionVersion(user.id);

    await expect(resetPassword({ token, password: "a brand new passphrase" })).resolves.toEqual({ email: user.email });
    const stored = await passwordHash(user.id);
    expect(await verifyPassword(stored, "a brand new passphrase")).toBe(true);
    expect(await verifyPassword(stored, PASSWORD)).toBe(false);
    expect(await sessionVersion(user.id)).toBe(sv + 1);

    await expectAppError(resetPassword({ token, password: "yet another passphrase" }), "GONE");
    expect(await verifyPassword(await passwordHash(user.id), "a brand new passphrase")).toBe(true);
    expect(await sessionVersion(user.id)).toBe(sv + 1);
  });

  it("using one link kills the other outstanding links of the account", async () => {
    const user = await newAccount();
    await requestPasswordReset(user.email);
    const first = await resetTokenFor(user.email);
    await new Promise((r) => setTimeout(r, 5)); // distinct createdAt for "newest"
    await requestPasswordReset(user.email);
    const second = await resetTokenFor(user.email);
    expect(second).not.toBe(first);
    await resetPassword({ token: second, password: "a brand new passphrase" });
    await expectAppError(resetPassword({ token: first, password: "sneaky other passphrase" }), "GONE");
  });

  it("two concurrent uses of one token: exactly one succeeds", async () => {
    const user = await newAccount();
    await requestPasswordReset(user.email);
    const token = await resetTokenFor(user.email);
    const sv = await sessionVersion(user.id);
    const results = await Promise.allSettled([
      resetPassword({ token, password: "first new passphrase" }),
      resetPassword({ token, password: "second new passphrase" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await sessionVersion(user.id)).toBe(sv + 1);
  });

  it("an expired, unknown or malformed token → GONE and nothing changes", async () => {
    const user = await newAccount();
    const { token, tokenHash } = newToken();
    await db.passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() - 1000) } });
    const [hashBefore, sv] = [await passwordHash(user.id), await sessionVersion(user.id)];
    await expectAppError(resetPassword({ token, password: "a brand new passphrase" }), "GONE");
    await expectAppError(resetPassword({ token: newToken().token, password: "a brand new passphrase" }), "GONE");
    await expectAppError(resetPassword({ token: "short", password: "a brand new passphrase" }), "GONE");
    expect(await passwordHash(user.id)).toBe(hashBefore);
    expect(await sessionVersion(user.id)).toBe(sv);
  });

  it("the routes: the same answer for known and unknown emails; confirm resets; a bad token is 410", async () => {
    const user = await newAccount();
    const post = (route: (r: Request) => Promise<Response>, body: unknown) =>
      route(
        new Request("http://test/api/auth/password-reset", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
      );

    const known = await post(requestResetRoute, { email: ` ${user.email.toUpperCase()} ` });
    const unknown = await post(requestResetRoute, { email: `nobody-${uid()}@example.test` });
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(await known.json()).toEqual(await unknown.json());

    const token = await resetTokenFor(user.email);
    const weak = await post(confirmResetRoute, { token, password: "password123" });
    expect(weak.status).toBe(400);
    const ok = await post(confirmResetRoute, { token, password: "a brand new passphrase" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, email: user.email });
    const again = await post(confirmResetRoute, { token, password: "a brand new passphrase" });
    expect(again.status).toBe(410);

    const notJson = await confirmResetRoute(
      new Request("http://test", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }),
    );
    expect(notJson.status).toBe(400);
    const notJsonType = await confirmResetRoute(new Request("http://test", { method: "POST", body: "{}" }));
    expect(notJsonType.status).toBe(415);
  });
});

describe("changePassword and signOutEverywhere", () => {
  it("changePassword with the wrong current password → BAD_REQUEST on currentPassword; nothing changes", async () => {
    const user = await newAccount();
    const [hashBefore, sv] = [await passwordHash(user.id), await sessionVersion(user.id)];
    const e = await expectAppError(
      changePassword({ userId: user.id, currentPassword: "wrong password", newPassword: "a brand new passphrase" }),
      "BAD_REQUEST",
    );
    expect(e.fieldErrors?.currentPassword?.length).toBeGreaterThan(0);
    expect(await passwordHash(user.id)).toBe(hashBefore);
    expect(await sessionVersion(user.id)).toBe(sv);
  });

  it("changePassword with the right one sets the new password and ends other sessions", async () => {
    const user = await newAccount();
    const sv = await sessionVersion(user.id);
    await changePassword({ userId: user.id, currentPassword: PASSWORD, newPassword: "a brand new passphrase" });
    expect(await verifyPassword(await passwordHash(user.id), "a brand new passphrase")).toBe(true);
    expect(await sessionVersion(user.id)).toBe(sv + 1);
  });

  it("an account without a password (OAuth only) can't 'change' it", async () => {
    const user = await db.user.create({ data: { email: `oauth-${uid()}@example.test` }, select: { id: true } });
    await expectAppError(
      changePassword({ userId: user.id, currentPassword: "anything", newPassword: "a brand new passphrase" }),
      "BAD_REQUEST",
    );
  });

  it("signOutEverywhere bumps sessionVersion and revokes every session of the user (only theirs)", async () => {
    const user = await newAccount();
    const other = await newAccount();
    const [s1, s2, s3] = await Promise.all([user.id, user.id, other.id].map((userId) => createSession({ userId })));
    const sv = await sessionVersion(user.id);
    await signOutEverywhere(user.id);
    expect(await sessionVersion(user.id)).toBe(sv + 1);
    const rows = await db.userSession.findMany({ where: { id: { in: [s1!.id, s2!.id, s3!.id] } }, select: { id: true, revokedAt: true } });
    expect(
      rows
        .filter((r) => r.revokedAt)
        .map((r) => r.id)
        .sort(),
    ).toEqual([s1!.id, s2!.id].sort());
  });

  it("revokeSessionAction ends one of the caller's sessions; another user's session is NOT_FOUND and stays live", async () => {
    const user = await newAccount();
    const other = await newAccount();
    const [mine, current, theirs] = await Promise.all([user.id, user.id, other.id].map((userId) => createSession({ userId })));
    actAs({ id: user.id, email: user.email, name: "Ada" }, current!.id);
    expect(await revokeSessionAction({ sessionId: mine!.id })).toEqual({ ok: true, data: { signedOutHere: false } });
    const stolen = await revokeSessionAction({ sessionId: theirs!.id });
    expect(stolen.ok === false && stolen.error.code).toBe("NOT_FOUND");
    expect(await revokeSessionAction({ sessionId: current!.id })).toEqual({ ok: true, data: { signedOutHere: true } });
    const live = await db.userSession.findMany({ where: { revokedAt: null, id: { in: [mine!.id, current!.id, theirs!.id] } } });
    expect(live.map((r) => r.id)).toEqual([theirs!.id]);
  });

  it("the account actions act on the signed-in user only, and refuse a signed-out caller", async () => {
    const user = await newAccount();
    const other = await newAccount();
    const [sv, otherSv] = [await sessionVersion(user.id), await sessionVersion(other.id)];
    actAs({ id: user.id, email: user.email, name: "Ada" });
    expect(await signOutEverywhereAction({})).toEqual({ ok: true, data: { done: true } });
    const weak = await changePasswordAction({ currentPassword: PASSWORD, newPassword: "qwertyuiop" });
    expect(weak.ok === false && weak.error.code).toBe("BAD_REQUEST");
    expect(weak.ok === false && weak.error.fieldErrors?.newPassword?.length).toBeGreaterThan(0);
    const wrong = await changePasswordAction({ currentPassword: "not it", newPassword: "a brand new passphrase" });
    expect(wrong.ok === false && wrong.error.code).toBe("BAD_REQUEST");
    expect((await changePasswordAction({ currentPassword: PASSWORD, newPassword: "a brand new passphrase" })).ok).toBe(true);
    expect(await sessionVersion(user.id)).toBe(sv + 2);
    expect(await sessionVersion(other.id)).toBe(otherSv);
    expect(await verifyPassword(await passwordHash(other.id), PASSWORD)).toBe(true);

    actAs(null);
    const out = await signOutEverywhereAction({});
    expect(out.ok === false && out.error.code).toBe("UNAUTHORIZED");
    expect(await sessionVersion(user.id)).toBe(sv + 2);
  });
});

describe("rate limiter", () => {
  const rule = (): RateLimitRule => ({ name: `test-${uid()}`, limit: 3, windowSeconds: 1 });

  it("hit() counts per key within the window", async () => {
    const r = rule();
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await hit(r, "1.2.3.4"));
    expect(results.map((x) => x.ok)).toEqual([true, true, true, false, false]);
    expect(results.map((x) => x.remaining)).toEqual([2, 1, 0, 0, 0]);
    for (const x of results) expect(x.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // Another subject, and the same subject in another case, are separate / the same key respectively.
    expect((await hit(r, "5.6.7.8")).remaining).toBe(2);
    expect((await hit(r, "USER@EXAMPLE.TEST")).remaining).toBe(2);
    expect((await hit(r, "user@example.test")).remaining).toBe(1);
    // Same subject under another rule: its own counter.
    expect((await hit(rule(), "1.2.3.4")).ok).toBe(true);
  });

  it("resets after the window", async () => {
    const r = rule();
    for (let i = 0; i < 4; i++) await hit(r, "subject");
    expect((await hit(r, "subject")).ok).toBe(false);
    await new Promise((res) => setTimeout(res, 1_200));
    const after = await hit(r, "subject");
    expect(after).toMatchObject({ ok: true, remaining: 2 });
  });

  it("concurrent hits are all counted (no lost updates)", async () => {
    const r: RateLimitRule = { name: `test-${uid()}`, limit: 100, windowSeconds: 60 };
    await Promise.all(Array.from({ length: 20 }, () => hit(r, "burst")));
    expect((await hit(r, "burst")).remaining).toBe(100 - 21);
  });

  it("errorResponse maps RATE_LIMITED to 429 with Retry-After", async () => {
    const res = await errorResponse(new AppError("RATE_LIMITED", "Too many attempts.", { retryAfterSeconds: 42 }));
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBe("42");
    expect(await res.json()).toEqual({ error: { code: "RATE_LIMITED", message: "Too many attempts." } });
  });

  describe("enforceRateLimits with the limiter switched on", () => {
    // env is parsed when lib/env.ts is first imported, and the harness sets RATE_LIMIT_DISABLED=true;
    // so these tests re-import the modules with it off.
    const saved = process.env.RATE_LIMIT_DISABLED;
    afterEach(() => {
      process.env.RATE_LIMIT_DISABLED = saved;
      vi.resetModules();
    });
    async function freshModules() {
      vi.resetModules();
      process.env.RATE_LIMIT_DISABLED = "false";
      const rl = await import("@/lib/rate-limit");
      const errors = await import("@/lib/errors");
      return { ...rl, ...errors };
    }

    it("throws AppError RATE_LIMITED with retryAfterSeconds ≥ 1 once a subject is over its limit; null subjects are skipped", async () => {
      const { enforceRateLimits, AppError: FreshAppError } = await freshModules();
      const r: RateLimitRule = { name: `test-${uid()}`, limit: 2, windowSeconds: 30 };
      await enforceRateLimits([
        [r, "ip"],
        [r, null],
      ]);
      await enforceRateLimits([
        [r, "ip"],
        [r, undefined],
      ]);
      const e = await enforceRateLimits([[r, "ip"]]).then(
        () => null,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(FreshAppError);
      const app = e as AppError;
      expect(app.code).toBe("RATE_LIMITED");
      expect(app.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(app.retryAfterSeconds).toBeLessThanOrEqual(30);
      expect(app.message).toMatch(/Try again in \d+ seconds/);
    });

    it("the password-reset route answers 429 with Retry-After on the 4th request for one email", async () => {
      await freshModules();
      const { POST } = await import("@/app/api/auth/password-reset/route");
      const email = `limited-${uid()}@example.test`;
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i++) {
        last = await POST(
          new Request("http://test/api/auth/password-reset", {
            method: "POST",
            headers: { "content-type": "application/json", "x-forwarded-for": `10.0.0.${i}` },
            body: JSON.stringify({ email }),
          }),
        );
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(Number(last!.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
      expect(((await last!.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
    });
  });
});
