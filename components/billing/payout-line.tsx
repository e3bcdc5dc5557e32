// One payment's Stripe Connect line on the collaboration page (payouts on only): the transfer's
// state, a failure's or reversal's reason, and the one-click pay button or why it isn't offered. A
// sent transfer's id is not repeated here: its payment record above reads "Stripe transfer tr_…".
import { TRANSFER_STATUS_LABELS, type TransferStatus } from "@/lib/billing/payout-state";
import type { PaymentPayout } from "@/lib/billing/payouts";

import { PayButton } from "./pay-button";

export function PayoutLine({
  slug,
  paymentId,
  payout,
  amount,
  canPay,
}: {
  slug: string;
  paymentId: string;
  payout: PaymentPayout | undefined;
  amount: string;
  canPay: boolean;
}) {
  if (!payout) return null;
  const status: TransferStatus | null = payout.transferStatus;
  return (
    <div className="grid gap-1 text-sm" data-testid="payout-line" data-transfer={status ?? "none"}>
      {status ? (
        <p className={status === "sent" ? "text-muted-foreground" : "text-destructive"}>
          {TRANSFER_STATUS_LABELS[status]}
          {status !== "sent" && payout.transferFailure ? `: ${payout.transferFailure}` : ""}
        </p>
      ) : null}
      {canPay && payout.blocked === null ? <PayButton slug={slug} paymentId={paymentId} amount={amount} /> : null}
      {canPay && payout.blocked !== null && status !== "sent" && !payout.blocked.startsWith("This payment is already paid") ? (
        <p className="text-muted-foreground">{payout.blocked}</p>
      ) : null}
    </div>
  );
}
