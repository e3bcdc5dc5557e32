// Auth.js (next-auth v5) configuration: email + password, and Google / GitHub when their env vars
// are set. Sessions are JWTs that carry the user id and the user's sessionVersion; the gates
// (lib/auth/session.ts) compare that version with the database on every request, so "sign out of
// all devices" and password resets end every older session at its next request.
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { z } from "zod";

import { db } from "../db";
import { env } from "../env";
import { dummyVerify, verifyPassword } from "./password";
import { authSecret } from "./secret";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1).max(1024),
});

async function authorizeCredentials(raw: unknown) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new CredentialsSignin();
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  if (!user?.passwordHash) {
    await dummyVerify(password);
    throw new CredentialsSignin();
  }
  if (!(await verifyPassword(user.passwordHash, password))) throw new CredentialsSignin();
  return { id: user.id, email: user.email, name: user.name };
}

/** Finds or creates the local user for an OAuth sign-in and links the provider account. */
async function linkOAuthUser(args: {
  provider: string;
  providerAccountId: string;
  type: string;
  email: string;
  name?: string | null;
  image?: string | null;
}): Promise<{ id: string; sessionVersion: number }> {
  const existing = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: args.provider, providerAccountId: args.providerAccountId } },
    select: { user: { select: { id: true, sessionVersion: true } } },
  });
  if (existing) return existing.user;
  const email = args.email.trim().toLowerCase();
  const user = await db.user.upsert({
    where: { email },
    update: {},
    create: { email, name: args.name ?? null, image: args.image ?? null, emailVerified: new Date() },
    select: { id: true, sessionVersion: true },
  });
  await db.account.create({
    data: { userId: user.id, provider: args.provider, providerAccountId: args.providerAccountId, type: args.type },
  });
  return user;
}

export const oauthProviders = {
  google: Boolean(env.AUTH_GOOGLE_ID),
  github: Boolean(env.AUTH_GITHUB_ID),
};

export const authConfig: NextAuthConfig = {
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // Keep Auth.js from printing request details (which could include tokens) to the log.
  logger: { error: (e) => console.error(`[auth] ${e.name}`), warn: () => {}, debug: () => {} },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: authorizeCredentials,
    }),
    ...(env.AUTH_GOOGLE_ID ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })] : []),
    ...(env.AUTH_GITHUB_ID ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })] : []),
  ],
  callbacks: {
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
        }
      }
      return token;
    },
    async session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sv = typeof token.sv === "number" ? token.sv : -1;
      return session;
    },
  },
};

declare module "next-auth" {
  interface Session {
    sv: number;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    sv?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
