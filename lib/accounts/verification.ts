// Email verification: a link with a 256-bit token whose SHA-256 alone is stored (lib/tokens.ts),
// VERIFY_TTL_HOURS, single use. A new link replaces the account's older ones. Verifying does not
// sign in: the link proves control of the mailbox, the password proves who chose it, and asking for
// both means a password set by someone who pre-registered your address never silently becomes a
// working key to your account (you would notice it isn't yours and reset it).
import { db } from "../db";
import { sendEmail, simpleHtml } from "../email/send";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { safeRedirectPath } from "../redirect";
import { hashToken, looksLikeToken, newToken } from "../tokens";

export const VERIFY_TTL_HOURS = 24;

/** The one answer sign-up gives, whether or not the address already has an account. */
export const SIGN_UP_ANSWER = "Check your email: we sent you a link to finish signing up.";
/** The one answer "send the link again" gives, whatever the address. */
export const RESEND_ANSWER = "If that account still needs confirming, a new link is on its way.";

function withNext(url: string, next?: string | null): string {
  // Only a path on this app goes into a mailed link (the pages it leads to check it again).
  return next ? `${url}${url.includes("?") ? "&" : "?"}next=${encodeURIComponent(safeRedirectPath(next))}` : url;
}

/** Mails a fresh verification link to an unverified account; older links of the account stop working. */
export async function sendVerificationEmail(user: { id: string; email: string }, opts: { next?: string | null } = {}): Promise<void> {
  const { token, tokenHash } = newToken();
  const now = new Date();
  await db.$transaction([
    db.emailVerificationToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } }),
    db.emailVerificationToken.create({
      data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + VERIFY_TTL_HOURS * 3600_000) },
    }),
  ]);
  const url = withNext(`${appUrl()}/verify-email?token=${token}`, opts.next);
  await sendEmail({
    to: user.email,
    subject: "Confirm your email address",
    text: `Confirm your email address to finish creating your Microcampaigns account: ${url}\n\nThe link works once and expires in ${VERIFY_TTL_HOURS} hours. If you didn't sign up, ignore this email.`,
    html: simpleHtml(
      [
        "Confirm your email address to finish creating your Microcampaigns account.",
        `The link works once and expires in ${VERIFY_TTL_HOURS} hours. If you didn't sign up, ignore this email.`,
      ],
      { label: "Confirm email address", url },
    ),
  });
}

/** What sign-up mails instead of a link when the address already has a verified account. */
export async function sendAlreadyRegisteredEmail(email: string, opts: { next?: string | null } = {}): Promise<void> {
  const signIn = withNext(`${appUrl()}/sign-in?email=${encodeURIComponent(email)}`, opts.next);
  const reset = `${appUrl()}/forgot-password`;
  await sendEmail({
    to: email,
    subject: "You already have an account",
    text: `Someone (hopefully you) tried to create a Microcampaigns account with this email address, but you already have one.\n\nSign in: ${signIn}\nForgot your password? Reset it: ${reset}\n\nIf it wasn't you, ignore this email: nothing has changed.`,
    html: simpleHtml(
      [
        "Someone (hopefully you) tried to create a Microcampaigns account with this email address, but you already have one.",
        `Forgot your password? Reset it: ${reset}`,
        "If it wasn't you, ignore this email: nothing has changed.",
      ],
      { label: "Sign in", url: signIn },
    ),
  });
}

/** Marks the address verified. Throws GONE for an unknown, used or expired link. */
export async function verifyEmail(token: string): Promise<{ email: string }> {
  const invalid = new AppError("GONE", "This confirmation link is invalid or has expired. Sign in to get a new one.");
  if (!looksLikeToken(token)) throw invalid;
  const row = await db.emailVerificationToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, expiresAt: true, usedAt: true, user: { select: { email: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date()) throw invalid;
  await db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.emailVerificationToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) throw invalid;
    await tx.user.updateMany({ where: { id: row.userId, emailVerified: null }, data: { emailVerified: now } });
  });
  return { email: row.user.email };
}

/** Same outcome for the caller whatever the address: a link goes out only to an unverified password account. */
export async function resendVerification(email: string, opts: { next?: string | null } = {}): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, emailVerified: true, passwordHash: true } });
  if (!user || user.emailVerified || !user.passwordHash) return;
  await sendVerificationEmail(user, opts);
}
