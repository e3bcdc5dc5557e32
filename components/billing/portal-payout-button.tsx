"use client";

// Starts or continues the creator's Stripe Connect onboarding: asks the server for a fresh Account
// Link and goes there. Stripe sends the creator back to the portal.
import { startPayoutOnboardingAction } from "@/app/(portal)/payouts/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/workspaces/use-action";

export function PortalPayoutButton({ token, label }: { token: string; label: string }) {
  const start = useAction(startPayoutOnboardingAction);
  return (
    <div className="grid gap-2">
      <div>
        <Button disabled={start.pending} onClick={() => start.run([token], (d) => window.location.assign(d.url))}>
          {start.pending ? "Opening Stripe…" : label}
        </Button>
      </div>
      {start.error ? <Alert tone="error">{start.error}</Alert> : null}
    </div>
  );
}
