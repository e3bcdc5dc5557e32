// The portal's "Get paid through Stripe" card, right under "Your payments" (only when the brand turned
// payouts on): where the creator is in Stripe Connect onboarding (details submitted or not), what
// Stripe still asks for, and the button to start or continue it. Stripe's return URL lands on its
// #payouts anchor. Server component; the button is an island.
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PayoutAccountView } from "@/lib/billing/connect";
import { ONBOARDING_LABELS } from "@/lib/billing/payout-state";

import { PortalPayoutButton } from "./portal-payout-button";

export function PortalPayouts({ token, account }: { token: string; account: PayoutAccountView }) {
  const { state } = account;
  return (
    <Card id="payouts" data-testid="portal-payouts" data-state={state}>
      <CardHeader>
        <CardTitle>Get paid through Stripe</CardTitle>
        <CardDescription>
          {state === "ready"
            ? "Your Stripe payout account is set up: the brand’s payments go to it, and Stripe pays them out to your bank."
            : "The brand pays you through Stripe. Set up a payout account once with Stripe (your bank details stay with Stripe, not with the brand)."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <p>
          <span className="font-medium">Status:</span> <span data-testid="portal-payouts-state">{ONBOARDING_LABELS[state]}</span>
        </p>
        <p data-testid="portal-payouts-details">
          <span className="font-medium">Details sent to Stripe:</span> {state === "review" || state === "ready" ? "Yes" : "Not yet"}
        </p>
        {state !== "ready" && state !== "none" && account.requirementsDue.length ? (
          <p className="text-muted-foreground">
            Stripe still needs {account.requirementsDue.length === 1 ? "one item" : `${account.requirementsDue.length} items`} from you.
          </p>
        ) : null}
        {state === "ready" ? null : (
          <PortalPayoutButton token={token} label={state === "none" ? "Set up payouts with Stripe" : "Continue with Stripe"} />
        )}
      </CardContent>
    </Card>
  );
}
