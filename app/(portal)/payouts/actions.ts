"use server";

// Portal action for creator payouts: start (or continue) onboarding at Stripe Connect. Like the other
// portal actions it takes the invite token first and goes through the portal gate; the gate's
// creator is the only one it acts for (lib/billing/connect.ts).
import type { ActionResult } from "@/lib/auth/workspace-action";
import { startOnboarding } from "@/lib/billing/connect";
import { runPortalAction } from "@/lib/portal/action";

export async function startPayoutOnboardingAction(token: string): Promise<ActionResult<{ url: string }>> {
  return runPortalAction(token, (ctx) => startOnboarding(ctx, token));
}
