// Fixed-window rate limiting in Postgres, so every app server shares the same counters.
import { db } from "./db";
import { env } from "./env";
import { AppError } from "./errors";

/** `message` (optional) is what the user reads when this rule trips; `{wait}` becomes "5 minutes". */
export type RateLimitRule = { name: string; limit: number; windowSeconds: number; message?: string };

const INVITES_WORKSPACE = "This workspace has sent too many invitations. Try again in {wait}.";
const INVITES_USER = "You have sent too many invitations. Try again in {wait}.";

export const RATE_LIMITS = {
  signInIp: { name: "signin:ip", limit: 20, windowSeconds: 600 },
  signInEmail: { name: "signin:email", limit: 8, windowSeconds: 600 },
  signUpIp: { name: "signup:ip", limit: 10, windowSeconds: 3600 },
  signUpEmail: { name: "signup:email", limit: 5, windowSeconds: 3600 },
  resetIp: { name: "reset:ip", limit: 10, windowSeconds: 3600 },
  resetEmail: { name: "reset:email", limit: 3, windowSeconds: 3600 },
  verifyIp: { name: "verify:ip", limit: 30, windowSeconds: 3600 },
  verifyResendIp: { name: "verify-resend:ip", limit: 10, windowSeconds: 3600 },
  verifyResendEmail: { name: "verify-resend:email", limit: 3, windowSeconds: 3600 },
  complianceCheck: { name: "compliance:user", limit: 120, windowSeconds: 60 },
  portal: { name: "portal:ip", limit: 120, windowSeconds: 60 },
  // Images and video ranges on portal pages: many per page view, so counted apart from page loads.
  portalFiles: { name: "portal-files:ip", limit: 600, windowSeconds: 60 },
  // Invitation emails carry a workspace name an inviter chose to an address they chose: bounded per
  // workspace, per inviter and per recipient (across workspaces) so the app can't be used to spam.
  inviteWorkspaceHour: { name: "invite:ws:h", limit: 20, windowSeconds: 3600, message: INVITES_WORKSPACE },
  inviteWorkspaceDay: { name: "invite:ws:d", limit: 50, windowSeconds: 86_400, message: INVITES_WORKSPACE },
  inviteUserHour: { name: "invite:user:h", limit: 20, windowSeconds: 3600, message: INVITES_USER },
  inviteUserDay: { name: "invite:user:d", limit: 50, windowSeconds: 86_400, message: INVITES_USER },
  inviteRecipientDay: {
    name: "invite:to:d",
    limit: 3,
    windowSeconds: 86_400,
    message: "This address has received too many invitations today. Try again in {wait}, or share the invitation link another way.",
  },
} as const satisfies Record<string, RateLimitRule>;

/** Counts one hit; returns the state after it. */
export async function hit(rule: RateLimitRule, subject: string): Promise<{ ok: boolean; remaining: number; retryAfterSeconds: number }> {
  const key = `${rule.name}:${subject.toLowerCase()}`;
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
    VALUES (${key}, 1, now() + make_interval(secs => ${rule.windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
    RETURNING "count", "resetAt"`;
  const row = rows[0]!;
  const retryAfterSeconds = Math.max(1, Math.ceil((row.resetAt.getTime() - Date.now()) / 1000));
  return { ok: row.count <= rule.limit, remaining: Math.max(0, rule.limit - row.count), retryAfterSeconds };
}

/**
 * Takes back one hit counted by `enforceRateLimits` in the current window: for limits on guessing
 * (sign-in), where a right answer should not use up the budget — a person who signs in on a phone, a
 * laptop and a tablet is not a password guesser. The hit is counted first and refunded after success,
 * so parallel guesses still each count while they are in flight.
 */
export async function refundRateLimits(checks: [RateLimitRule, string | null | undefined][]): Promise<void> {
  if (env.RATE_LIMIT_DISABLED) return;
  for (const [rule, subject] of checks) {
    if (!subject) continue;
    const key = `${rule.name}:${subject.toLowerCase()}`;
    await db.$executeRaw`
      UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0)
      WHERE "key" = ${key} AND "resetAt" > now()`;
  }
}

/** Throws AppError("RATE_LIMITED") with Retry-After when any of the (rule, subject) pairs is over its limit. */
export async function enforceRateLimits(checks: [RateLimitRule, string | null | undefined][]): Promise<void> {
  if (env.RATE_LIMIT_DISABLED) return;
  // The message is the first tripped rule's (in the order given, so it is stable when two rules trip
  // together); the wait is the longest of them.
  let tripped: RateLimitRule | null = null;
  let wait = 0;
  for (const [rule, subject] of checks) {
    if (!subject) continue;
    const r = await hit(rule, subject);
    if (r.ok) continue;
    tripped ??= rule;
    wait = Math.max(wait, r.retryAfterSeconds);
  }
  if (tripped) {
    const message = (tripped.message ?? "Too many attempts. Try again in {wait}.").replace("{wait}", formatWait(wait));
    throw new AppError("RATE_LIMITED", message, { retryAfterSeconds: wait });
  }
}

function formatWait(s: number): string {
  if (s < 90) return `${s} seconds`;
  return s < 90 * 60 ? `${Math.ceil(s / 60)} minutes` : `${Math.ceil(s / 3600)} hours`;
}
