/**
 * The optional one-time code before the influencer signs (stronger attribution than the link alone):
 * when the workspace asks for it (WorkspaceSettings.contractSigningCodeRequired, off by default), a
 * 6-digit code is emailed to the influencer's address on the contract, and the signature is accepted
 * only after that code was entered for the version being signed.
 *
 * Rules: only an HMAC of the code is stored (keyed with the installation's secret and bound to the
 * contract and version, so a leaked table can't be brute-forced offline); a code lasts 10 minutes and
 * allows 5 wrong tries; a new code replaces the previous one; another code can be asked for a minute
 * after the last, and at most 5 an hour per link. A verified code lets the influencer sign for 30
 * minutes. Sending, a wrong code and a verified code are ContractEvents in the audit trail (the email
 * recorded masked). Everything is scoped by the portal gate's context and the contract row lock.
 */
import { createHmac, randomInt } from "node:crypto";

import { authSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { sendEmail, simpleHtml } from "@/lib/email/send";
import { AppError } from "@/lib/errors";
import type { PortalContext } from "@/lib/portal/gate";
import { enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";
import type { RequestMeta } from "@/lib/request-meta";
import { safeEqual } from "@/lib/tokens";

import { event, lockSent } from "./portal-lock";
import { contractTermsSchema } from "./schema";

type Tx = Prisma.TransactionClient;

export const SIGNING_CODE_TTL_MS = 10 * 60_000;
export const SIGNING_CODE_MAX_ATTEMPTS = 5;
export const SIGNING_CODE_RESEND_MS = 60_000;
/** How long after entering the code the influencer may sign. */
export const SIGNING_CODE_VERIFIED_FOR_MS = 30 * 60_000;
export const SIGNING_CODE_RATE_LIMITS = {
  link: { name: "contract-code:link", limit: 5, windowSeconds: 3_600, message: "Too many codes asked for. Try again in {wait}." },
} as const satisfies Record<string, RateLimitRule>;

function codeHash(ref: { workspaceId: string; contractId: string; version: number }, code: string): string {
  return createHmac("sha256", authSecret())
    .update(`contract-signing-code:${ref.workspaceId}:${ref.contractId}:${ref.version}:${code}`, "utf8")
    .digest("hex");
}

/** "j•••@example.com": enough for the influencer to recognise, not enough to read the address. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}•••@${domain}`;
}

export async function signingCodeRequired(tx: Tx | typeof db, workspaceId: string): Promise<boolean> {
  const s = await tx.workspaceSettings.findUnique({ where: { workspaceId }, select: { contractSigningCodeRequired: true } });
  return s?.contractSigningCodeRequired ?? false;
}

/** The code in force for a version: the latest one not replaced, or null. */
function currentCode(tx: Tx | typeof db, ctx: PortalContext, contractId: string, version: number) {
  return tx.contractSigningCode.findFirst({
    where: { workspaceId: ctx.workspaceId, contractId, version, replacedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, codeHash: true, expiresAt: true, attempts: true, verifiedAt: true, createdAt: true },
  });
}

/** Emails a new code for `version` to the influencer's address on the contract. */
export async function sendSigningCode(ctx: PortalContext, input: { version: number }, meta: RequestMeta, opts: { now?: Date } = {}) {
  await enforceRateLimits([[SIGNING_CODE_RATE_LIMITS.link, ctx.collaborationId]]);
  const now = opts.now ?? new Date();
  const code = randomInt(0, 1_000_000).toString().padStart(6, "0");
  const sent = await db.$transaction(async (tx) => {
    const { contract, version } = await lockSent(tx, ctx, input.version);
    if (!(await signingCodeRequired(tx, ctx.workspaceId))) throw new AppError("CONFLICT", "This contract is signed without a code.");
    const email = contractTermsSchema.parse(version.terms).parties.influencer.email.trim();
    if (!email) {
      throw new AppError("UNPROCESSABLE", "The contract has no email address for you, so we can't send a code. Ask the brand to add it.");
    }
    const last = await currentCode(tx, ctx, contract.id, version.version);
    if (last && !last.verifiedAt && now.getTime() - last.createdAt.getTime() < SIGNING_CODE_RESEND_MS) {
      throw new AppError("RATE_LIMITED", "A code was sent less than a minute ago. Check your inbox, or ask again in a minute.");
    }
    await tx.contractSigningCode.updateMany({
      where: { workspaceId: ctx.workspaceId, contractId: contract.id, replacedAt: null },
      data: { replacedAt: now },
    });
    const ref = { workspaceId: ctx.workspaceId, contractId: contract.id, version: version.version };
    const expiresAt = new Date(now.getTime() + SIGNING_CODE_TTL_MS);
    await tx.contractSigningCode.create({ data: { ...ref, email, codeHash: codeHash(ref, code), expiresAt, createdAt: now } });
    await tx.contractEvent.create({ data: event(ctx, contract.id, "code_sent", version, meta, { sentTo: maskEmail(email) }) });
    return { email, expiresAt };
  });
  // A failed send is an unexpected error (logged, with a ref); the influencer can ask again in a minute.
  const lines = [`Your code to sign the contract: ${code}`, "It works for 10 minutes. If you didn't ask for it, ignore this email."];
  await sendEmail({
    to: sent.email,
    subject: `${code} is your code to sign the contract`,
    text: lines.join("\n\n"),
    html: simpleHtml(lines),
  });
  return { sentTo: maskEmail(sent.email), expiresAt: sent.expiresAt.toISOString() };
}

/**
 * Checks a code for `version`. A wrong code counts as an attempt and is recorded even though the
 * call fails (the transaction commits before the error is thrown).
 */
export async function verifySigningCode(
  ctx: PortalContext,
  input: { version: number; code: string },
  meta: RequestMeta,
  opts: { now?: Date } = {},
) {
  const now = opts.now ?? new Date();
  const refusal = await db.$transaction(async (tx): Promise<AppError | null> => {
    const { contract, version } = await lockSent(tx, ctx, input.version);
    const row = await currentCode(tx, ctx, contract.id, version.version);
    if (!row) return new AppError("CONFLICT", "Ask for a code first: we email it to you.");
    if (row.verifiedAt) return null;
    const wrongCode = (message: string) => new AppError("UNPROCESSABLE", message, { fieldErrors: { code: [message] } });
    if (row.expiresAt <= now) return wrongCode("This code has expired. Ask for a new one.");
    if (row.attempts >= SIGNING_CODE_MAX_ATTEMPTS) return wrongCode("Too many wrong codes. Ask for a new one.");
    const ref = { workspaceId: ctx.workspaceId, contractId: contract.id, version: version.version };
    if (!safeEqual(codeHash(ref, input.code), row.codeHash)) {
      const attempts = row.attempts + 1;
      await tx.contractSigningCode.update({ where: { workspaceId_id: { workspaceId: ctx.workspaceId, id: row.id } }, data: { attempts } });
      await tx.contractEvent.create({ data: event(ctx, contract.id, "code_failed", version, meta, { attempt: attempts }) });
      const left = SIGNING_CODE_MAX_ATTEMPTS - attempts;
      return wrongCode(
        left > 0 ? `That code isn't right. ${left} ${left === 1 ? "try" : "tries"} left.` : "That code isn't right. Ask for a new one.",
      );
    }
    await tx.contractSigningCode.update({
      where: { workspaceId_id: { workspaceId: ctx.workspaceId, id: row.id } },
      data: { verifiedAt: now },
    });
    await tx.contractEvent.create({ data: event(ctx, contract.id, "code_verified", version, meta, { sentTo: maskEmail(row.email) }) });
    return null;
  });
  if (refusal) throw refusal;
}

/** Inside the signing transaction: refuses the signature unless a code for this version was verified recently. */
export async function assertSigningCodeVerified(
  tx: Tx,
  ctx: PortalContext,
  ref: { contractId: string; version: number },
  now = new Date(),
) {
  if (!(await signingCodeRequired(tx, ctx.workspaceId))) return;
  const row = await currentCode(tx, ctx, ref.contractId, ref.version);
  if (!row?.verifiedAt || now.getTime() - row.verifiedAt.getTime() > SIGNING_CODE_VERIFIED_FOR_MS) {
    throw new AppError("CONFLICT", "Enter the code we emailed you before signing.", {
      fieldErrors: { code: ["Enter the 6-digit code from the email"] },
    });
  }
}

/** What the portal's sign form needs to know about the code for `version`. */
export async function signingCodeStatus(ctx: PortalContext, ref: { contractId: string; version: number }, now = new Date()) {
  if (!(await signingCodeRequired(db, ctx.workspaceId))) return { required: false as const };
  const row = await currentCode(db, ctx, ref.contractId, ref.version);
  const verified = !!row?.verifiedAt && now.getTime() - row.verifiedAt.getTime() <= SIGNING_CODE_VERIFIED_FOR_MS;
  return { required: true as const, verified, sentTo: row && row.expiresAt > now ? maskEmail(row.email) : null };
}
