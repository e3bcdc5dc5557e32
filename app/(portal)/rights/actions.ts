"use server";

// Portal actions for usage rights: the influencer enters or withdraws a Spark Ads / partnership-ads
// code. Each takes the invite token first and goes through the portal gate (hash lookup, expiry,
// revocation, per-IP rate limit, plus its own tighter limit on code entry); the gate's one
// collaboration is all it can touch. The code is never logged.
import type { z } from "zod";

import type { ActionResult } from "@/lib/auth/workspace-action";
import { enterAdCode, withdrawAdCode } from "@/lib/contracts/ad-codes";
import { adCodeInputSchema, withdrawAdCodeSchema } from "@/lib/contracts/usage-rights";
import { runPortalAction } from "@/lib/portal/action";
import { enforceRateLimits } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

/** Code entries per collaboration: a person pastes a few codes, not hundreds. */
const CODE_ENTRY_LIMIT = { name: "portal-ad-code:collab", limit: 10, windowSeconds: 3600 };

export async function enterAdCodeAction(
  token: string,
  input: z.input<typeof adCodeInputSchema>,
): Promise<ActionResult<{ id: string; expiresOn: string }>> {
  return runPortalAction(token, async (ctx) => {
    await enforceRateLimits([[CODE_ENTRY_LIMIT, ctx.collaborationId]]);
    return enterAdCode(ctx, parseInput(adCodeInputSchema, input));
  });
}

export async function withdrawAdCodeAction(token: string, input: { codeId: string }): Promise<ActionResult<{ id: string }>> {
  return runPortalAction(token, (ctx) => withdrawAdCode(ctx, parseInput(withdrawAdCodeSchema, input)));
}
