// One payment's Stripe Connect line on the collaboration page (payouts on only): the payout notice
// (waiting for the creator's details, sent, failed or reversed with Stripe's reason), and the
// one-click pay button — disabled with the reason when Stripe can't take the amount — or why it isn't
// offered. A sent transfer's id is not repeated here: its payment record above reads "Stripe transfer tr_…".
import { payoutNotice } from "@/lib/billing/payout-notice";
import type { OnboardingState } from "@/lib/billing/payout-state";
import type { PaymentPayout } from "@/lib/billing/payouts";

import { PayButton } from "./pay-button";
import { PayoutNotice } from "./payout-notice";

export function PayoutLine({
  slug,
  paymentId,
  payout,
  onboarding,
  outstandingMinor,
  amount,
  canSend,
  canRecord,
}: {
  slug: string;
  paymentId: string;
  payout: PaymentPayout | undefined;
  onboarding: OnboardingState;
  outstandingMinor: number;
  amount: string;
  /** payments.send: may send it through Stripe. */
  canSend: boolean;
  /** contracts.write: records payments by hand, so is told why it can't be sent. */
  canRecord: boolean;
}) {
  if (!payout) return null;
  const notice = payoutNotice({ ...payout, onboarding, outstandingMinor }, "marketer");
  const status = payout.transferStatus;
  const blockedNote =
    payout.blocked !== null && notice?.kind !== "waiting" && status !== "sent" && !payout.blocked.startsWith("This payment is already paid")
      ? payout.blocked
      : null;
  return (
    <div className="grid gap-1 text-sm" data-testid="payout-line" data-transfer={status ?? "none"}>
      <PayoutNotice notice={notice} />
      {payout.blocked === null && canSend ? (
        <PayButton slug={slug} paymentId={paymentId} amount={amount} disabledReason={payout.amountProblem} />
      ) : null}
      {payout.blocked === null && !canSend && canRecord ? (
        <p className="text-muted-foreground" data-testid="pay-not-allowed">
          Only owners and admins can send payments through Stripe; you can record a payment made elsewhere.
        </p>
      ) : null}
      {blockedNote && (canSend || canRecord) ? <p className="text-muted-foreground">{blockedNote}</p> : null}
    </div>
  );
}
