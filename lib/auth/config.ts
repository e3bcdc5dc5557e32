// Auth.js (next-auth v5) configuration: email + password, and Google / GitHub when their env vars
// are set. Sessions are JWTs that carry the user id, the id of their UserSession row ("sid") and the
// user's sessionVersion; the gates (lib/auth/session.ts) check both against the database on every
// request, so signing out (events.signOut revokes the row), "sign out this device", "sign out of all
// devices" and password resets end a session at its next request, copied cookies included.
// Password sign-in needs a verified email address (lib/accounts/verification.ts).
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { headers } from "next/headers";
import { z } from "zod";

import { linkOAuthUser } from "../accounts/oauth";
import { clientIp } from "../client-ip";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { log } from "../log";
import { enforceRateLimits, RATE_LIMITS, refundRateLimits, type RateLimitRule } from "../rate-limit";
import { safeRedirectPath } from "../redirect";
import { describeDevice } from "./device";
import { dummyVerify, verifyPassword } from "./password";
import { authSecret } from "./secret";
import { createSession, endSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

export const EMAIL_NOT_VERIFIED = "email_not_verified";

/** The right password for an account whose email address is not verified yet. */
export class EmailNotVerified extends CredentialsSignin {
  code = EMAIL_NOT_VERIFIED;
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1).max(1024),
});

/** A refused guess: Auth.js passes CredentialsSignin (and its `code`) through to the caller. */
export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly appError: AppError) {
    super(appError.message);
  }
}

/**
 * Every password check in the app runs here: /api/auth/sign-in and sign-up call Auth.js `signIn`,
 * and Auth.js's own POST /api/auth/callback/credentials calls this directly. So the per-IP and
 * per-email limits live here rather than in a route, and no way of guessing passwords skips them.
 * (Closing the Auth.js callback instead would leave the next caller of `signIn` to remember the
 * limiter.) Auth.js v5 passes the request as the second argument; its headers are the caller's.
 */
async function authorizeCredentials(raw: unknown, request: Request) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new CredentialsSignin();
  const { email, password } = parsed.data;
  const limits: [RateLimitRule, string | null][] = [
    [RATE_LIMITS.signInIp, clientIp(request.headers)],
    [RATE_LIMITS.signInEmail, email],
  ];
  try {
    await enforceRateLimits(limits);
  } catch (e) {
    if (e instanceof AppError && e.code === "RATE_LIMITED") throw new RateLimitedSignin(e);
    throw e;
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, emailVerified: true },
  });
  if (!user?.passwordHash) {
    await dummyVerify(password);
    throw new CredentialsSignin();
  }
  if (!(await verifyPassword(user.passwordHash, password))) throw new CredentialsSignin();
  // The right password: only wrong guesses use up the limits.
  await refundRateLimits(limits);
  // Said only to someone who knows the password, so it reveals nothing about who has an account.
  if (!user.emailVerified) throw new EmailNotVerified();
  return { id: user.id, email: user.email, name: user.name };
}

/** The new session's row, labelled with the device and client IP when there is a request. */
async function startSession(userId: string): Promise<string> {
  let device: string | null = null;
  let ip: string | null = null;
  try {
    const h = await headers();
    device = describeDevice(h.get("user-agent"));
    ip = clientIp(h);
  } catch {
    // No request context (scripts): an unlabelled session.
  }
  return (await createSession({ userId, device, ip })).id;
}

export const oauthProviders = {
  google: Boolean(env.AUTH_GOOGLE_ID),
  github: Boolean(env.AUTH_GITHUB_ID),
};

export const authConfig: NextAuthConfig = {
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // Keep Auth.js from printing request details (which could include tokens) to the log.
  logger: { error: (e) => log.error("auth error", { type: e.name }), warn: () => {}, debug: () => {} },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: authorizeCredentials,
    }),
    ...(env.AUTH_GOOGLE_ID ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })] : []),
    ...(env.AUTH_GITHUB_ID ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })] : []),
  ],
  callbacks: {
    // Every callbackUrl Auth.js would follow (OAuth, sign-out) goes through the one redirect check.
    redirect({ url, baseUrl }) {
      return new URL(safeRedirectPath(url, { fallback: "/w", base: baseUrl }), baseUrl).toString();
    },
    async signIn({ account, profile, user }) {
      if (account && account.provider !== "credentials") {
        const email = (profile?.email ?? user.email) as string | undefined;
        // Only accept provider emails the provider says are verified (GitHub's primary email is).
        const verified = account.provider === "github" || (profile as { email_verified?: boolean } | undefined)?.email_verified === true;
        return Boolean(email) && verified;
      }
      return true;
    },
    async jwt({ token, user, account, profile }) {
      if (account && user) {
        if (account.provider === "credentials") {
          const row = await db.user.findUnique({ where: { id: user.id! }, select: { id: true, sessionVersion: true } });
          if (!row) return null;
          token.sub = row.id;
          token.sv = row.sessionVersion;
          token.sid = await startSession(row.id);
        } else {
          const linked = await linkOAuthUser({
            provider: account.provider,
            providerAccountId: account.providerAccountId,
            type: account.type,
            email: String(profile?.email ?? user.email),
            name: user.name,
            image: user.image,
          });
          token.sub = linked.id;
          token.sv = linked.sessionVersion;
          token.sid = await startSession(linked.id);
        }
      }
      return token;
    },
    async session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sv = typeof token.sv === "number" ? token.sv : -1;
      session.sid = typeof token.sid === "string" ? token.sid : null;
      return session;
    },
  },
  events: {
    // Sign out ends the session itself, not just the cookie of this browser.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub && typeof token.sid === "string") {
        await endSession({ userId: token.sub, sessionId: token.sid });
      }
    },
  },
};

declare module "next-auth" {
  interface Session {
    sv: number;
    sid: string | null;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    sv?: number;
    sid?: string;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
