"use client";

// The upgrade button shown next to an action's error when a plan limit refused it (code
// PAYMENT_REQUIRED, lib/billing/limits.ts). Members without billing.manage land on a 404 there, so
// the text says who can upgrade.
import { buttonVariants } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";

export function UpgradeHint({ slug, code }: { slug: string; code: string | null }) {
  if (code !== "PAYMENT_REQUIRED") return null;
  return (
    <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-muted-foreground" data-testid="upgrade-hint">
      <IntentLink href={`/w/${slug}/settings/billing`} className={buttonVariants({ size: "sm" })}>
        Upgrade plan
      </IntentLink>
      <span>Only the workspace owner can change the plan.</span>
    </p>
  );
}
