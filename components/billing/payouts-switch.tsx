"use client";

// Settings → Billing: turn creator payouts through Stripe Connect on or off (billing.manage). Off,
// payments are recorded by hand as before; on, creators set up a payout account from their portal
// and payments can be sent with one click from the collaboration page.
import { useRouter } from "next/navigation";

import { setPayoutsEnabledAction } from "@/app/(app)/actions/payouts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useAction } from "@/components/workspaces/use-action";

export function PayoutsSwitch({ slug, enabled }: { slug: string; enabled: boolean }) {
  const router = useRouter();
  const set = useAction(setPayoutsEnabledAction);
  return (
    <Card className="max-w-3xl" data-testid="payouts-switch" data-enabled={enabled}>
      <CardHeader>
        <CardTitle>Creator payouts</CardTitle>
        <CardDescription>
          Pay creators through Stripe Connect: each creator sets up a Stripe payout account from their portal link, and a due payment is
          sent with one click from the collaboration page. Off, payments are recorded by hand.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <p>
          <span className="font-medium">Status:</span> {enabled ? "On" : "Off"}
        </p>
        <div>
          <Button
            variant={enabled ? "outline" : "default"}
            disabled={set.pending}
            onClick={() => set.run([slug, { enabled: !enabled }], () => router.refresh())}
          >
            {enabled ? "Turn payouts off" : "Turn payouts on"}
          </Button>
        </div>
        {set.error ? <Alert tone="error">{set.error}</Alert> : null}
      </CardContent>
    </Card>
  );
}
