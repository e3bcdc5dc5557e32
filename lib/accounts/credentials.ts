// Accounts: sign up, password reset by emailed link, change password, sign out of all devices.
// Resets and "sign out everywhere" bump sessionVersion, which ends every existing session.
import { hashPassword, verifyPassword } from "../auth/password";
import { db } from "../db";
import { sendEmail, simpleHtml } from "../email/send";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { hashToken, looksLikeToken, newToken } from "../tokens";

export const RESET_TTL_MINUTES = 60;

export async function signUp(opts: { name: string; email: string; password: string }) {
  const exists = await db.user.findUnique({ where: { email: opts.email }, select: { id: true } });
  if (exists) {
    throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
      fieldErrors: { email: ["An account with this email already exists"] },
    });
  }
  const passwordHash = await hashPassword(opts.password);
  try {
    return await db.user.create({ data: { name: opts.name, email: opts.email, passwordHash }, select: { id: true, email: true } });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
        fieldErrors: { email: ["An account with this email already exists"] },
      });
    }
    throw e;
  }
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
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
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
  await db.user.update({
    where: { id: opts.userId },
    data: { passwordHash: await hashPassword(opts.newPassword), sessionVersion: { increment: 1 } },
  });
}

export async function signOutEverywhere(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
