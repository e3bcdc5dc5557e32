"use server";

// Portal actions for usage rights: the influencer enters or withdraws a Spark Ads / partnership-ads
// code. Each takes the invite token first and goes through the portal gate (hash lookup, expiry,
// revocation, per-IP rate limit, plus its own tighter limit on code entry); the gate's one
// collaboration is all it can touch. The code is never logged.
import { headers } from "next/headers";
import type { z } from "zod";

import { actionError, type ActionResult } from "@/lib/auth/workspace-action";
import { clientIp } from "@/lib/client-ip";
import { enterAdCode, withdrawAdCode } from "@/lib/contracts/ad-codes";
import { adCodeInputSchema, withdrawAdCodeSchema } from "@/lib/contracts/usage-rights";
import { withLogContext } from "@/lib/log";
import { portalGate } from "@/lib/portal/gate";
import { enforceRateLimits } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

/** Code entries per collaboration: a person pastes a few codes, not hundreds. */
const CODE_ENTRY_LIMIT = { name: "portal-ad-code:collab", limit: 10, windowSeconds: 3600 };

async function requestIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null; // outside a request (tests): no IP to count
  }
}

export async function enterAdCodeAction(
  token: string,
  input: z.input<typeof adCodeInputSchema>,
): Promise<ActionResult<{ id: string; expiresOn: string }>> {
  try {
    const ctx = await portalGate(token, { ip: await requestIp() });
    await enforceRateLimits([[CODE_ENTRY_LIMIT, ctx.collaborationId]]);
    const parsed = parseInput(adCodeInputSchema, input);
    return {
      ok: true,
      data: await withLogContext({ workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId }, () => enterAdCode(ctx, parsed)),
    };
  } catch (e) {
    return actionError(e);
  }
}

export async function withdrawAdCodeAction(token: string, input: { codeId: string }): Promise<ActionResult<{ id: string }>> {
  try {
    const ctx = await portalGate(token, { ip: await requestIp() });
    const parsed = parseInput(withdrawAdCodeSchema, input);
    return {
      ok: true,
      data: await withLogContext({ workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId }, () => withdrawAdCode(ctx, parsed)),
    };
  } catch (e) {
    return actionError(e);
  }
}
