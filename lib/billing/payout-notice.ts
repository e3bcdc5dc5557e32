// What a scheduled payment's Stripe payout looks like to the two people it concerns — the marketer on
// the collaboration page and the creator on the portal's "Your payments" — written once so both read
// the same states (README "Billing" → "Creator payouts"):
//   waiting   nothing sent yet, something owed, and the creator's Stripe details aren't complete;
//   sent      the transfer left for the creator's Stripe account;
//   failed    Stripe refused the transfer, with Stripe's reason (it may be sent again);
//   reversed  the transfer was taken back at Stripe, with the reason (the payment is owed again).
// Pure: no Prisma, no env, no clock.
import { formatDay } from "@/lib/time-zone";

import type { OnboardingState, TransferStatus } from "./payout-state";

export type PayoutNoticeKind = "waiting" | "sent" | "failed" | "reversed";
export type PayoutAudience = "marketer" | "creator";

export type PayoutNoticeInput = {
  onboarding: OnboardingState;
  transferStatus: TransferStatus | null;
  /** Stripe's reason for a failure or a reversal. */
  transferFailure: string | null;
  /** The day the transfer was sent (YYYY-MM-DD), when it was. */
  transferredOn: string | null;
  /** What is still owed, in minor units. */
  outstandingMinor: number;
};

export type PayoutNotice = { kind: PayoutNoticeKind; tone: "muted" | "success" | "error"; text: string };

const WAITING: Record<PayoutAudience, Record<Exclude<OnboardingState, "ready">, string>> = {
  marketer: {
    none: "Waiting for the creator’s Stripe details: they set up payouts from their portal link.",
    incomplete: "Waiting for the creator’s Stripe details: they started setting up payouts but haven’t finished.",
    review: "Waiting for Stripe: the creator sent their details and Stripe is reviewing them.",
  },
  creator: {
    none: "Waiting for your Stripe details: set up payouts below to receive this payment through Stripe.",
    incomplete: "Waiting for your Stripe details: finish setting up payouts below to receive this payment.",
    review: "Waiting for Stripe: it is reviewing the details you sent.",
  },
};

/**
 * The notice under one payment, or null when there is nothing to say (nothing sent and nothing owed,
 * or the creator is ready and nothing was sent yet). A sent, failed or reversed transfer always has
 * its notice; "waiting" only while something is owed and onboarding isn't ready.
 */
export function payoutNotice(p: PayoutNoticeInput, audience: PayoutAudience): PayoutNotice | null {
  const reason = p.transferFailure ? `: ${p.transferFailure.replace(/[.\s]+$/, "")}.` : ".";
  switch (p.transferStatus) {
    case "sent": {
      const on = p.transferredOn ? ` on ${formatDay(p.transferredOn, true)}` : "";
      return {
        kind: "sent",
        tone: "success",
        text:
          audience === "marketer"
            ? `Sent through Stripe${on}.`
            : `Sent to your Stripe account${on}. Stripe pays it out to your bank on your payout schedule.`,
      };
    }
    case "failed":
      return {
        kind: "failed",
        tone: "error",
        text:
          audience === "marketer"
            ? `The Stripe transfer failed${reason} Nothing was sent; you can try again.`
            : `The brand’s Stripe transfer didn’t go through${reason} Nothing was sent yet; the brand can try again.`,
      };
    case "reversed":
      return {
        kind: "reversed",
        tone: "error",
        text:
          audience === "marketer"
            ? `The Stripe transfer was reversed${reason} The payment is owed again.`
            : `The brand’s Stripe transfer was reversed${reason} The payment is owed to you again.`,
      };
    case null:
      break;
  }
  if (p.outstandingMinor <= 0 || p.onboarding === "ready") return null;
  return { kind: "waiting", tone: "muted", text: WAITING[audience][p.onboarding] };
}
