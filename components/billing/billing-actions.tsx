"use client";

// Upgrade through Stripe Checkout, or manage the subscription in the Customer Portal: both ask the
// server for a Stripe URL and go there.
import { openPortalAction, startCheckoutAction } from "@/app/(app)/actions/billing";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/workspaces/use-action";

type Offer = { plan: "pro" | "agency"; name: string; yearly: boolean };

export function BillingActions({
  slug,
  offers,
  canCheckout,
  canPortal,
}: {
  slug: string;
  offers: Offer[];
  canCheckout: boolean;
  canPortal: boolean;
}) {
  const checkout = useAction(startCheckoutAction);
  const portal = useAction(openPortalAction);
  const go = (d: { url: string }) => window.location.assign(d.url);
  const pending = checkout.pending || portal.pending;
  const error = checkout.error ?? portal.error;
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap gap-2">
        {canCheckout
          ? offers.flatMap((o) => [
              <Button
                key={`${o.plan}-m`}
                disabled={pending}
                onClick={() => checkout.run([slug, { plan: o.plan, interval: "monthly" }], go)}
              >
                Upgrade to {o.name}
              </Button>,
              o.yearly ? (
                <Button
                  key={`${o.plan}-y`}
                  variant="outline"
                  disabled={pending}
                  onClick={() => checkout.run([slug, { plan: o.plan, interval: "yearly" }], go)}
                >
                  {o.name}, yearly
                </Button>
              ) : null,
            ])
          : null}
        {canPortal ? (
          <Button variant="outline" disabled={pending} onClick={() => portal.run([slug, {}], go)}>
            Manage billing
          </Button>
        ) : null}
      </div>
      {pending ? <p className="text-sm text-muted-foreground">Opening Stripe…</p> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
