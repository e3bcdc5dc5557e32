// Paying a scheduled creator payment through Stripe Connect with one click (README "Billing" →
// "Creator payouts"): a Transfer of what is still owed to the creator's Express account.
//
// Never sent twice (double click, two tabs, retries): the payment row is locked FOR UPDATE for the
// whole attempt, so a second request waits and then sees the transfer recorded and is refused. The
// Stripe call happens inside that lock with the idempotency key of the payment's next attempt
// (payout-state.ts); the attempt number is only advanced in the same commit that records the
// outcome. If the answer is lost (timeout, crash) the transaction rolls back, and the retry sends
// the same key: Stripe answers with the first transfer rather than making a second.
//
// Outcomes: sent → a payment record for the amount (reference: the transfer id), so the schedule's
// state (paid) is computed as for a payment recorded by hand; refused by Stripe (insufficient
// balance, account unable to receive) → the payment records "failed" and Stripe's reason, and may be
// tried again; reversed later (transfer.reversed webhook) → "reversed" with a reversing record, so
// the payment is owed again.
import Stripe from "stripe";

import { outstandingMinor, STRIPE_TRANSFER_REFERENCE_PREFIX } from "../contracts/payment-state";
import type { Prisma } from "../db";
import { db } from "../db";
import { AppError } from "../errors";
import { log } from "../log";
import type { PortalContext } from "../portal/gate";
import { zonedDay } from "../time-zone";
import { recordAudit } from "../workspaces/audit";
import { billingConfig, type BillingConfig } from "./config";
import { payoutsActive } from "./connect";
import {
  isTransferStatus,
  onboardingState,
  payBlocker,
  transferAmountProblem,
  transferIdempotencyKey,
  type OnboardingState,
  type TransferStatus,
} from "./payout-state";
import { stripeClient } from "./stripe";

type Tx = Prisma.TransactionClient;

export type PayResult = { status: TransferStatus; transferId: string | null; failure: string | null };

const REFERENCE_PREFIX = STRIPE_TRANSFER_REFERENCE_PREFIX;

async function lockPayment(tx: Tx, workspaceId: string, paymentId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "CreatorPayment" WHERE "workspaceId" = ${workspaceId} AND "id" = ${paymentId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", "Payment not found.");
  return tx.creatorPayment.findUniqueOrThrow({
    where: { workspaceId_id: { workspaceId, id: paymentId } },
    select: {
      amountMinor: true,
      currency: true,
      dueDate: true,
      label: true,
      transferStatus: true,
      transferAttempts: true,
      records: { select: { amountMinor: true } },
      collaboration: { select: { influencerId: true } },
    },
  });
}

/** Stripe refused the request itself (a 4xx with a reason): recorded as a failed attempt. */
function isStripeRefusal(e: unknown): e is Stripe.errors.StripeError {
  return (
    e instanceof Stripe.errors.StripeError &&
    typeof e.statusCode === "number" &&
    e.statusCode >= 400 &&
    e.statusCode < 500 &&
    e.statusCode !== 429
  );
}

/**
 * Sends what is still owed on one payment to the creator's connected account. NOT_FOUND for a
 * payment of another workspace (nothing sent); CONFLICT when it can't be paid (payBlocker's reason).
 */
export async function payCreatorPayment(opts: { workspaceId: string; actorId: string; paymentId: string; now?: Date }): Promise<PayResult> {
  const { workspaceId, paymentId } = opts;
  const now = opts.now ?? new Date();
  const config = billingConfig();
  return db.$transaction(
    async (tx) => {
      const p = await lockPayment(tx, workspaceId, paymentId);
      if (!config) throw new AppError("CONFLICT", "Payouts through Stripe are off for this workspace: record the payment by hand.");
      const account = await tx.creatorPayoutAccount.findUnique({
        where: { workspaceId_influencerId: { workspaceId, influencerId: p.collaboration.influencerId } },
        select: { stripeAccountId: true, detailsSubmitted: true, payoutsEnabled: true },
      });
      const paidMinor = p.records.reduce((sum, r) => sum + Number(r.amountMinor), 0);
      const owed = outstandingMinor({ amountMinor: Number(p.amountMinor), paidMinor });
      const blocked = payBlocker({
        payoutsOn: await payoutsActive(tx, workspaceId),
        onboarding: onboardingState(account),
        outstandingMinor: owed,
        dueDate: p.dueDate ? p.dueDate.toISOString().slice(0, 10) : null,
        transferStatus: p.transferStatus,
      });
      if (blocked || !account) throw new AppError("CONFLICT", blocked ?? "The creator hasn't set up payouts yet.");
      // Stripe's amount steps (HUF, TWD, ISK in whole units; three-decimal currencies ending in 0):
      // refused here, before Stripe is asked, and not counted as an attempt.
      const amountProblem = transferAmountProblem(owed, p.currency);
      if (amountProblem) throw new AppError("CONFLICT", amountProblem);

      const attempt = p.transferAttempts + 1;
      let transfer: Stripe.Transfer;
      try {
        transfer = await stripeClient(config).transfers.create(
          {
            amount: owed,
            currency: p.currency.toLowerCase(),
            destination: account.stripeAccountId,
            transfer_group: `creator_payment_${paymentId}`,
            description: p.label.slice(0, 200),
            metadata: { workspaceId, paymentId, attempt: String(attempt) },
          },
          { idempotencyKey: transferIdempotencyKey(paymentId, attempt) },
        );
      } catch (e) {
        if (!isStripeRefusal(e)) {
          // Unknown outcome: roll back (the attempt number stays), so a retry reuses the key.
          log.warn("stripe transfer: no answer", { workspaceId, paymentId, attempt, detail: e instanceof Error ? e.message : String(e) });
          throw new AppError(
            "CONFLICT",
            "Stripe could not be reached, so nothing was sent. Try again in a moment: the payment can't go out twice.",
            {
              detail: e instanceof Error ? e.message : String(e),
            },
          );
        }
        // The SDK prefixes the message with Stripe's request id ("[req_…] "): the log has it, the reason doesn't need it.
        const reason = (e.message.replace(/^\[req_[^\]]*\]\s*/, "") || e.code || "Stripe refused the transfer.").slice(0, 500);
        await tx.creatorPayment.update({
          where: { workspaceId_id: { workspaceId, id: paymentId } },
          data: { transferStatus: "failed", transferFailure: reason, transferAttempts: attempt, transferId: null },
        });
        await recordAudit(tx, {
          workspaceId,
          actorId: opts.actorId,
          action: "payment.transfer_failed",
          targetType: "creator_payment",
          targetId: paymentId,
          metadata: { amountMinor: owed, currency: p.currency, attempt, code: e.code ?? null, reason },
        });
        return { status: "failed", transferId: null, failure: reason };
      }

      const w = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { timeZone: true } });
      await tx.paymentRecord.create({
        data: {
          workspaceId,
          paymentId,
          amountMinor: BigInt(owed),
          currency: p.currency,
          paidOn: new Date(`${zonedDay(now, w.timeZone)}T00:00:00Z`),
          reference: `${REFERENCE_PREFIX}${transfer.id}`,
          recordedById: opts.actorId,
        },
      });
      await tx.creatorPayment.update({
        where: { workspaceId_id: { workspaceId, id: paymentId } },
        data: { transferStatus: "sent", transferFailure: null, transferAttempts: attempt, transferId: transfer.id, transferredAt: now },
      });
      await recordAudit(tx, {
        workspaceId,
        actorId: opts.actorId,
        action: "payment.transfer_sent",
        targetType: "creator_payment",
        targetId: paymentId,
        metadata: { amountMinor: owed, currency: p.currency, attempt, transferId: transfer.id },
      });
      return { status: "sent", transferId: transfer.id, failure: null };
    },
    // The Stripe call (20 s timeout, two retries) runs inside: the lock must outlast it.
    { timeout: 90_000, maxWait: 10_000 },
  );
}

/**
 * `transfer.reversed`: re-reads the transfer from Stripe; when it is reversed, the payment records
 * "reversed" and a reversing entry cancels the transfer's payment record (once), so the amount is
 * owed again. The payment is found by the ids the app put in the transfer's metadata, checked
 * against the transfer id stored on it.
 */
export async function applyTransferReversed(config: BillingConfig, transferId: string): Promise<string> {
  const transfer = await stripeClient(config).transfers.retrieve(transferId);
  const workspaceId = transfer.metadata?.workspaceId;
  const paymentId = transfer.metadata?.paymentId;
  if (!workspaceId || !paymentId) return "ignored: a transfer this app didn't make";
  if (!transfer.reversed && transfer.amount_reversed === 0) return "ignored: transfer not reversed";
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "CreatorPayment" WHERE "workspaceId" = ${workspaceId} AND "id" = ${paymentId} AND "transferId" = ${transferId} FOR UPDATE`;
    if (locked.length === 0) return "ignored: no payment holds this transfer";
    const p = await tx.creatorPayment.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId, id: paymentId } },
      select: { transferStatus: true },
    });
    const w = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { timeZone: true } });
    if (p.transferStatus === "reversed") return "already reversed";
    const reason = transfer.reversed
      ? "The transfer was reversed at Stripe: the money went back to the platform's balance."
      : `Part of the transfer (${transfer.amount_reversed} of ${transfer.amount} in minor units) was reversed at Stripe.`;
    const record = await tx.paymentRecord.findFirst({
      where: { workspaceId, paymentId, reference: `${REFERENCE_PREFIX}${transferId}`, reversesId: null, reversedBy: { is: null } },
      select: { id: true, currency: true },
    });
    if (record) {
      await tx.paymentRecord.create({
        data: {
          workspaceId,
          paymentId,
          amountMinor: BigInt(-transfer.amount_reversed),
          currency: record.currency,
          paidOn: new Date(`${zonedDay(new Date(), w.timeZone)}T00:00:00Z`),
          reference: `${REFERENCE_PREFIX}${transferId}`,
          reversesId: record.id,
          reason,
        },
      });
    }
    await tx.creatorPayment.update({
      where: { workspaceId_id: { workspaceId, id: paymentId } },
      data: { transferStatus: "reversed", transferFailure: reason },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: null,
      action: "payment.transfer_reversed",
      targetType: "creator_payment",
      targetId: paymentId,
      metadata: { transferId, amountReversed: transfer.amount_reversed },
    });
    return `applied: transfer ${transferId} reversed`;
  });
}

export type PaymentPayout = {
  transferId: string | null;
  transferStatus: TransferStatus | null;
  transferFailure: string | null;
  /** The day the transfer was sent (workspace time zone), when it was. */
  transferredOn: string | null;
  /** null when the one-click pay button can be offered. */
  blocked: string | null;
  /** Why Stripe can't take this amount (transferAmountProblem): the button is shown disabled with it. */
  amountProblem: string | null;
};

export type CollaborationPayouts = { onboarding: OnboardingState; payments: Record<string, PaymentPayout> };

async function payoutsOf(workspaceId: string, collaborationId: string, influencerId: string): Promise<CollaborationPayouts> {
  const [account, rows, w] = await Promise.all([
    db.creatorPayoutAccount.findUnique({
      where: { workspaceId_influencerId: { workspaceId, influencerId } },
      select: { detailsSubmitted: true, payoutsEnabled: true },
    }),
    db.creatorPayment.findMany({
      where: { workspaceId, collaborationId },
      select: {
        id: true,
        amountMinor: true,
        currency: true,
        dueDate: true,
        transferId: true,
        transferStatus: true,
        transferFailure: true,
        transferredAt: true,
        records: { select: { amountMinor: true } },
      },
    }),
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { timeZone: true } }),
  ]);
  const onboarding = onboardingState(account);
  const payments: Record<string, PaymentPayout> = {};
  for (const r of rows) {
    const amountMinor = Number(r.amountMinor);
    const paidMinor = r.records.reduce((s, x) => s + Number(x.amountMinor), 0);
    const owed = outstandingMinor({ amountMinor, paidMinor });
    const dueDate = r.dueDate ? r.dueDate.toISOString().slice(0, 10) : null;
    const status = isTransferStatus(r.transferStatus) ? r.transferStatus : null;
    payments[r.id] = {
      transferId: r.transferId,
      transferStatus: status,
      transferFailure: r.transferFailure,
      transferredOn: status === "sent" && r.transferredAt ? zonedDay(r.transferredAt, w.timeZone) : null,
      blocked: payBlocker({ payoutsOn: true, onboarding, outstandingMinor: owed, dueDate, transferStatus: r.transferStatus }),
      amountProblem: transferAmountProblem(owed, r.currency),
    };
  }
  return { onboarding, payments };
}

/**
 * What the collaboration page shows next to each payment when payouts are on: the creator's
 * onboarding and, per payment, its transfer and whether it can be paid now. null with payouts off
 * (the page then shows only the manual recording, as without Connect).
 */
export async function collaborationPayouts(opts: { workspaceId: string; collaborationId: string }): Promise<CollaborationPayouts | null> {
  const { workspaceId, collaborationId } = opts;
  if (!(await payoutsActive(db, workspaceId))) return null;
  const collab = await db.collaboration.findUnique({
    where: { workspaceId_id: { workspaceId, id: collaborationId } },
    select: { influencerId: true },
  });
  if (!collab) return null;
  return payoutsOf(workspaceId, collaborationId, collab.influencerId);
}

/**
 * The same for the portal's "Your payments": the gate's collaboration and creator only. null with
 * payouts off (the portal then says nothing about Stripe).
 */
export async function portalPaymentPayouts(
  ctx: Pick<PortalContext, "workspaceId" | "collaborationId" | "influencerId">,
): Promise<CollaborationPayouts | null> {
  if (!(await payoutsActive(db, ctx.workspaceId))) return null;
  return payoutsOf(ctx.workspaceId, ctx.collaborationId, ctx.influencerId);
}
