"use client";

// "Pay through Stripe": sends a scheduled payment to the creator's connected account with one click
// (lib/billing/payouts.ts). The server refuses a second send; the button is also disabled while the
// first is on its way. The outcome (sent, or Stripe's reason for a failure) shows here and, after
// the refresh, on the payment's line.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { payCreatorPaymentAction } from "@/app/(app)/actions/payouts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/workspaces/use-action";

export function PayButton({ slug, paymentId, amount }: { slug: string; paymentId: string; amount: string }) {
  const router = useRouter();
  const pay = useAction(payCreatorPaymentAction);
  const [outcome, setOutcome] = useState<string | null>(null);
  return (
    <div className="grid gap-2">
      <div>
        <Button
          size="sm"
          disabled={pay.pending || outcome !== null}
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
      <p aria-live="polite" className="text-sm">
        {outcome}
      </p>
      {pay.error ? <Alert tone="error">{pay.error}</Alert> : null}
    </div>
  );
}
