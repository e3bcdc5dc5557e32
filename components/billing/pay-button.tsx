"use client";

// "Pay through Stripe": sends a scheduled payment to the creator's connected account with one click
// (lib/billing/payouts.ts). The server refuses a second send; the button is also disabled while the
// first is on its way, and stays disabled (with the reason) for an amount Stripe can't take
// (transferAmountProblem). The outcome (sent, or Stripe's reason for a failure) shows here and, after
// the refresh, on the payment's line.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { payCreatorPaymentAction } from "@/app/(app)/actions/payouts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/workspaces/use-action";

export function PayButton({
  slug,
  paymentId,
  amount,
  disabledReason = null,
}: {
  slug: string;
  paymentId: string;
  amount: string;
  /** Why Stripe can't take this amount: the button is disabled and this is shown under it. */
  disabledReason?: string | null;
}) {
  const router = useRouter();
  const pay = useAction(payCreatorPaymentAction);
  const [outcome, setOutcome] = useState<string | null>(null);
  return (
    <div className="grid gap-2">
      <div>
        <Button
          size="sm"
          disabled={pay.pending || outcome !== null || disabledReason !== null}
          aria-describedby={disabledReason ? `pay-reason-${paymentId}` : undefined}
          onClick={() =>
            pay.run([slug, { paymentId }], (r) => {
              setOutcome(r.status === "sent" ? `Sent ${amount} through Stripe.` : `The transfer failed: ${r.failure ?? "no reason given"}`);
              router.refresh();
            })
          }
        >
          {pay.pending ? "Sending…" : `Pay ${amount} through Stripe`}
        </Button>
      </div>
      {disabledReason ? (
        <p id={`pay-reason-${paymentId}`} className="text-sm text-muted-foreground" data-testid="pay-disabled-reason">
          {disabledReason}
        </p>
      ) : null}
      <p aria-live="polite" className="text-sm">
        {outcome}
      </p>
      {pay.error ? <Alert tone="error">{pay.error}</Alert> : null}
    </div>
  );
}
