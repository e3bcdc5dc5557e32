// Google / GitHub sign-in: find or create the local user for a provider identity and link it.
//
// The provider has verified the address (lib/auth/config.ts refuses unverified provider emails), so:
//   - a provider account already linked → that user;
//   - no local account with the address → a new, verified user;
//   - a VERIFIED local account with the address → linked to it (its owner proved the address too);
//   - an UNVERIFIED local account with the address → the provider-verified identity wins: the
//     account's password (chosen by whoever signed up, never proven to own the address) is removed,
//     its sessions and pending links end, and it becomes verified and linked. Refusing instead would
//     let anyone lock the real owner out of Google/GitHub sign-in by pre-registering their address;
//     keeping the password would let them sign in to the real owner's account later.
import { revokeAllSessions } from "../auth/sessions";
import { db } from "../db";

export type OAuthIdentity = {
  provider: string;
  providerAccountId: string;
  type: string;
  email: string;
  name?: string | null;
  image?: string | null;
};

export async function linkOAuthUser(args: OAuthIdentity): Promise<{ id: string; sessionVersion: number }> {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: args.provider, providerAccountId: args.providerAccountId } },
    select: { user: { select: { id: true, sessionVersion: true } } },
  });
  if (linked) return linked.user;
  const email = args.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
    let user: { id: string; sessionVersion: number };
    if (!existing) {
      user = await tx.user.create({
        data: { email, name: args.name ?? null, image: args.image ?? null, emailVerified: new Date() },
        select: { id: true, sessionVersion: true },
      });
    } else if (existing.emailVerified) {
      user = await tx.user.findUniqueOrThrow({ where: { id: existing.id }, select: { id: true, sessionVersion: true } });
    } else {
      const now = new Date();
      user = await tx.user.update({
        where: { id: existing.id },
        data: { passwordHash: null, emailVerified: now, sessionVersion: { increment: 1 } },
        select: { id: true, sessionVersion: true },
      });
      await revokeAllSessions(existing.id, tx);
      await tx.emailVerificationToken.updateMany({ where: { userId: existing.id, usedAt: null }, data: { usedAt: now } });
      await tx.passwordResetToken.updateMany({ where: { userId: existing.id, usedAt: null }, data: { usedAt: now } });
    }
    await tx.account.create({
      data: { userId: user.id, provider: args.provider, providerAccountId: args.providerAccountId, type: args.type },
    });
    return user;
  });
}
