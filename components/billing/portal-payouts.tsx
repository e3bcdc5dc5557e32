// The portal's "Get paid through Stripe" section (only when the brand turned payouts on): where the
// creator is in Stripe Connect onboarding, what Stripe still asks for, and the button to start or
// continue it. Server component; the button is an island.
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { portalPayoutAccount } from "@/lib/billing/connect";
import { ONBOARDING_LABELS } from "@/lib/billing/payout-state";
import type { PortalContext } from "@/lib/portal/gate";

import { PortalPayoutButton } from "./portal-payout-button";

export async function PortalPayouts({ token, ctx }: { token: string; ctx: PortalContext }) {
  const account = await portalPayoutAccount(ctx);
  if (!account) return null;
  const { state } = account;
  return (
    <Card id="payouts" data-testid="portal-payouts" data-state={state}>
      <CardHeader>
        <CardTitle>Get paid through Stripe</CardTitle>
        <CardDescription>
          The brand pays you through Stripe. Set up a payout account once with Stripe (your bank details stay with Stripe, not with the
          brand).
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <p>
          <span className="font-medium">Status:</span> <span data-testid="portal-payouts-state">{ONBOARDING_LABELS[state]}</span>
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
