// Creator payouts through Stripe Connect, the pure parts: where a creator is in onboarding, whether a
// scheduled payment can be paid with one click (and why not), and the idempotency key of a transfer.
// Pure: no Prisma, no env, no network, no clock. README "Billing" → "Creator payouts".
//
// Never twice: a transfer's idempotency key is the payment id and an attempt number. The number only
// moves on after an attempt is settled in our database (sent, failed or reversed), so a retry of an
// attempt whose answer was lost (timeout, crash) reuses the key and Stripe returns the first
// transfer instead of making a second one.
import { currencyExponent, formatMinorUnits } from "@/lib/metrics";

export type ConnectAccountFlags = { detailsSubmitted: boolean; payoutsEnabled: boolean };

/**
 * none        no Connect account yet
 * incomplete  an account, onboarding not finished (details_submitted false)
 * review      details submitted, Stripe hasn't enabled payouts yet (verification, missing items)
 * ready       payouts_enabled: transfers can be sent
 */
export type OnboardingState = "none" | "incomplete" | "review" | "ready";

export function onboardingState(account: ConnectAccountFlags | null): OnboardingState {
  if (!account) return "none";
  if (account.payoutsEnabled) return "ready";
  return account.detailsSubmitted ? "review" : "incomplete";
}

export const ONBOARDING_LABELS: Record<OnboardingState, string> = {
  none: "Not set up",
  incomplete: "Setup not finished",
  review: "Details submitted — Stripe is reviewing them",
  ready: "Ready to receive payouts",
};

/** A transfer's state as this app records it on the payment. */
export type TransferStatus = "sent" | "failed" | "reversed";

export const TRANSFER_STATUS_LABELS: Record<TransferStatus, string> = {
  sent: "Sent through Stripe",
  failed: "Transfer failed",
  reversed: "Transfer reversed",
};

export function isTransferStatus(v: unknown): v is TransferStatus {
  return v === "sent" || v === "failed" || v === "reversed";
}

/** The Stripe idempotency key of attempt `attempt` (1, 2, …) to pay `paymentId`. */
export function transferIdempotencyKey(paymentId: string, attempt: number): string {
  return `creator-payment-${paymentId}-transfer-${attempt}`;
}

export type PayCheck = {
  payoutsOn: boolean;
  onboarding: OnboardingState;
  /** What is still owed, in minor units. */
  outstandingMinor: number;
  /** null until the milestone's event happens. */
  dueDate: string | null;
  transferStatus: string | null;
};

/**
 * Why the payment can't be paid with one click now, or null when it can. First match wins:
 * payouts off; a transfer already sent; nothing owed; no due date yet; the creator has no account,
 * hasn't finished onboarding, or Stripe hasn't enabled payouts. A failed or reversed transfer may be
 * tried again (with the next attempt's key).
 */
export function payBlocker(p: PayCheck): string | null {
  if (!p.payoutsOn) return "Payouts through Stripe are off for this workspace: record the payment by hand.";
  if (p.transferStatus === "sent") return "This payment was already sent through Stripe.";
  if (p.outstandingMinor <= 0) return "This payment is already paid in full.";
  if (p.dueDate === null) return "This payment isn't due yet.";
  switch (p.onboarding) {
    case "none":
      return "The creator hasn't set up payouts yet: they do it from their portal link.";
    case "incomplete":
      return "The creator hasn't finished setting up payouts at Stripe yet.";
    case "review":
      return "Stripe hasn't enabled payouts on the creator's account yet.";
    case "ready":
      return null;
  }
}

/** Stripe pays these out in whole units, though amounts are in two-decimal minor units (README "Billing" → "Creator payouts"). */
const WHOLE_UNIT_PAYOUT = new Set(["HUF", "TWD", "ISK"]);

/**
 * Why Stripe would refuse a transfer of `amountMinor` in `currency`, or null when the amount is one it
 * takes. Stripe's currency notes (https://docs.stripe.com/currencies#special-cases):
 * - HUF, TWD and ISK are paid out as zero-decimal: a transfer must be a multiple of 100 minor units
 *   (whole forints, dollars, krónur), though the amount is given with two decimals;
 * - the three-decimal currencies BHD, JOD, KWD, OMR and TND must end in 0 (a multiple of 10).
 * Checked before any Stripe call, so the marketer reads this, not an error from Stripe. At 0 or
 * below: null (payBlocker already says nothing is owed). Case-insensitive currency.
 */
export function transferAmountProblem(amountMinor: number, currency: string): string | null {
  if (amountMinor <= 0) return null;
  const code = currency.toUpperCase();
  const step = WHOLE_UNIT_PAYOUT.has(code) ? 100 : currencyExponent(code) === 3 ? 10 : 1;
  if (amountMinor % step === 0) return null;
  const odd = amountMinor % step;
  const rule = step === 100 ? `only in whole ${code}` : `only in steps of ${formatMinorUnits(step, code)} (the last digit 0)`;
  return (
    `Stripe sends ${code} payouts ${rule}, so ${formatMinorUnits(amountMinor, code)} can't be sent through Stripe. ` +
    `Record the payment by hand, or record ${formatMinorUnits(odd, code)} of it by hand first and send the rest.`
  );
}
