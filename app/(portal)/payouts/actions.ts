"use server";

// Portal action for creator payouts: start (or continue) onboarding at Stripe Connect. Like the other
// portal actions it takes the invite token first and goes through the portal gate; the gate's
// creator is the only one it acts for (lib/billing/connect.ts).
import { headers } from "next/headers";

import { actionError, type ActionResult } from "@/lib/auth/workspace-action";
import { startOnboarding } from "@/lib/billing/connect";
import { clientIp } from "@/lib/client-ip";
import { withLogContext } from "@/lib/log";
import { portalGate } from "@/lib/portal/gate";

export async function startPayoutOnboardingAction(token: string): Promise<ActionResult<{ url: string }>> {
  try {
    let ip: string | null = null;
    try {
      ip = clientIp(await headers());
    } catch {
      // outside a request (tests): no IP to count
    }
    const ctx = await portalGate(token, { ip });
    return {
      ok: true,
      data: await withLogContext({ workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId }, () => startOnboarding(ctx, token)),
    };
  } catch (e) {
    return actionError(e);
  }
}
