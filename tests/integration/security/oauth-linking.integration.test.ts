// Google/GitHub sign-in links only to a verified address. Pre-registration attack: someone signs up
// with the victim's address and a password of their choosing (never confirming it); the victim
// later signs in with Google. The provider-verified identity wins: the unverified password is
// removed and every session and pending link of that account ends, so the attacker keeps nothing.
// A verified account is linked as it is. Exercised through the real Auth.js jwt callback.
import { randomBytes } from "node:crypto";

import type { Account, Profile, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";

import { authConfig } from "@/lib/auth/config";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { newToken } from "@/lib/tokens";

import { createUser } from "../../fixtures/factories";

vi.mock("next/headers", async () => (await import("./auth-request")).nextHeadersDouble);

const uid = () => randomBytes(4).toString("hex");

/** What Auth.js calls after Google has vouched for `email`. */
async function googleSignIn(email: string): Promise<JWT> {
  const account = { provider: "google", providerAccountId: `g-${uid()}`, type: "oidc" } as Account;
  const profile = { email, email_verified: true } as Profile;
  const user = { email, name: "Victim" } as User;
  const allowed = await authConfig.callbacks!.signIn!({ account, profile, user });
  expect(allowed).toBe(true);
  const token = await authConfig.callbacks!.jwt!({ token: {}, user, account, profile, trigger: "signIn" });
  expect(token).not.toBeNull();
  return token as JWT;
}

describe("OAuth sign-in and an existing account with the same address", () => {
  it("UNVERIFIED (pre-registered by someone else): password removed, sessions and links ended, then linked and verified", async () => {
    const email = `victim-${uid()}@example.test`;
    const squatter = await createUser({ email, passwordHash: await hashPassword("attacker's passphrase"), verified: false });
    const oldSession = await createSession({ userId: squatter.id });
    const { tokenHash } = newToken();
    await db.emailVerificationToken.create({ data: { userId: squatter.id, tokenHash, expiresAt: new Date(Date.now() + 3600_000) } });

    const token = await googleSignIn(email);
    expect(token.sub).toBe(squatter.id);
    const after = await db.user.findUniqueOrThrow({
      where: { id: squatter.id },
      select: { passwordHash: true, emailVerified: true, accounts: { select: { provider: true } } },
    });
    expect(after.passwordHash, "the unverified password is gone").toBeNull();
    expect(after.emailVerified).toBeInstanceOf(Date);
    expect(after.accounts).toEqual([{ provider: "google" }]);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: oldSession.id } })).revokedAt).toBeInstanceOf(Date);
    expect((await db.emailVerificationToken.findUniqueOrThrow({ where: { tokenHash } })).usedAt).toBeInstanceOf(Date);
    // The Google sign-in itself got a fresh, live session.
    expect(await db.userSession.count({ where: { userId: squatter.id, revokedAt: null, id: token.sid } })).toBe(1);
  });

  it("VERIFIED: linked, and its password and sessions are left alone", async () => {
    const email = `owner-${uid()}@example.test`;
    const owner = await createUser({ email, passwordHash: await hashPassword("owner's passphrase") });
    const session = await createSession({ userId: owner.id });
    const token = await googleSignIn(email);
    expect(token.sub).toBe(owner.id);
    const after = await db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { passwordHash: true } });
    expect(await verifyPassword(after.passwordHash!, "owner's passphrase")).toBe(true);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).toBeNull();
  });

  it("no account: a new, verified user", async () => {
    const email = `fresh-${uid()}@example.test`;
    const token = await googleSignIn(email);
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, emailVerified: true, passwordHash: true } });
    expect(token.sub).toBe(user.id);
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(user.passwordHash).toBeNull();
  });

  it("a provider email the provider has not verified is refused before any linking", async () => {
    const email = `unverified-at-google-${uid()}@example.test`;
    const account = { provider: "google", providerAccountId: `g-${uid()}`, type: "oidc" } as Account;
    const allowed = await authConfig.callbacks!.signIn!({ account, profile: { email, email_verified: false }, user: { email } as User });
    expect(allowed).toBe(false);
  });
});
