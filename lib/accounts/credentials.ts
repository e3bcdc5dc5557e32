// Accounts: sign up (with email verification, lib/accounts/verification.ts), password reset by
// emailed link, change password, sign out of all devices. Resets, password changes and "sign out
// everywhere" revoke every UserSession of the account and bump sessionVersion.
import { hashPassword, verifyPassword } from "../auth/password";
import { revokeAllSessions } from "../auth/sessions";
import { db } from "../db";
import { sendEmail, simpleHtml } from "../email/send";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { hashToken, looksLikeToken, newToken } from "../tokens";
import { sendAlreadyRegisteredEmail, sendVerificationEmail } from "./verification";

export const RESET_TTL_MINUTES = 60;

export type SignUpOutcome = "created" | "pending" | "existing";

/**
 * Sign-up answers the caller the same way whatever the address (no account enumeration): the route
 * says "check your email" and this mails either a verification link (new or still-unverified
 * account) or "you already have an account". The password is hashed in every case so the answer
 * takes as long either way. For an unverified account the newest sign-up's name and password win
 * (the person who can read the mailbox chooses by following the newest link) and older links die.
 * The outcome is for tests and logs, never for the response.
 */
export async function signUp(opts: { name: string; email: string; password: string; next?: string | null }): Promise<SignUpOutcome> {
  const passwordHash = await hashPassword(opts.password);
  for (let attempt = 0; attempt < 2; attempt++) {
    const existing = await db.user.findUnique({ where: { email: opts.email }, select: { id: true, email: true, emailVerified: true } });
    if (existing?.emailVerified) {
      await sendAlreadyRegisteredEmail(existing.email, { next: opts.next });
      return "existing";
    }
    if (existing) {
      await db.user.update({ where: { id: existing.id }, data: { name: opts.name, passwordHash } });
      await sendVerificationEmail(existing, { next: opts.next });
      return "pending";
    }
    try {
      const user = await db.user.create({ data: { name: opts.name, email: opts.email, passwordHash }, select: { id: true, email: true } });
      await sendVerificationEmail(user, { next: opts.next });
      return "created";
    } catch (e) {
      // A concurrent sign-up created it first: answer as for an existing address.
      if ((e as { code?: string }).code !== "P2002") throw e;
    }
  }
  throw new AppError("CONFLICT", "Please try again.");
}

/** Always succeeds from the caller's point of view, so it can't be used to probe which emails exist. */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  const { token, tokenHash } = newToken();
  await db.passwordResetToken.create({
    data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_TTL_MINUTES * 60_000) },
  });
  const url = `${appUrl()}/reset-password?token=${token}`;
  await sendEmail({
    to: email,
    subject: "Reset your password",
    text: `Someone (hopefully you) asked to reset the password of your account.\n\nChoose a new password: ${url}\n\nThe link works once and expires in ${RESET_TTL_MINUTES} minutes. If you didn't ask, ignore this email.`,
    html: simpleHtml(
      [
        "Someone (hopefully you) asked to reset the password of your account.",
        `The link works once and expires in ${RESET_TTL_MINUTES} minutes. If you didn't ask, ignore this email.`,
      ],
      { label: "Choose a new password", url },
    ),
  });
}

export async function resetPassword(opts: { token: string; password: string }): Promise<{ email: string }> {
  const invalid = new AppError("GONE", "This reset link is invalid or has expired. Ask for a new one.");
  if (!looksLikeToken(opts.token)) throw invalid;
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(opts.token) },
    select: { id: true, userId: true, expiresAt: true, usedAt: true, user: { select: { email: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date()) throw invalid;
  const passwordHash = await hashPassword(opts.password);
  await db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw invalid;
    // Following the emailed link proves the mailbox, so it also verifies an unverified address.
    const now = new Date();
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.user.updateMany({ where: { id: row.userId, emailVerified: null }, data: { emailVerified: now } });
    await revokeAllSessions(row.userId, tx);
    // Any other outstanding reset links die with this one.
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: new Date() } });
  });
  return { email: row.user.email };
}

export async function changePassword(opts: { userId: string; currentPassword: string; newPassword: string }) {
  const user = await db.user.findUnique({ where: { id: opts.userId }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, opts.currentPassword))) {
    throw new AppError("BAD_REQUEST", "Your current password is not correct.", { fieldErrors: { currentPassword: ["Not correct"] } });
  }
  const passwordHash = await hashPassword(opts.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: opts.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await revokeAllSessions(opts.userId, tx);
  });
}

export async function signOutEverywhere(userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await revokeAllSessions(userId, tx);
  });
}
