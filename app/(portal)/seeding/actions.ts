"use server";

// Portal actions for product seeding: the creator's shipping address and their confirmation of
// receipt. Like app/(portal)/actions.ts, each takes the invite token first and goes through the
// portal gate (hash lookup, expiry, revocation, rate limit); the gate's one collaboration is all a
// handler acts on.
import { headers } from "next/headers";

import { actionError, type ActionResult } from "@/lib/auth/workspace-action";
import { clientIp } from "@/lib/client-ip";
import { confirmReceipt, saveShippingAddress } from "@/lib/contracts/seeding";
import { shippingAddressSchema } from "@/lib/contracts/seeding-schemas";
import { withLogContext } from "@/lib/log";
import { portalGate, type PortalContext } from "@/lib/portal/gate";
import { parseInput } from "@/lib/validation";

async function gate(token: string): Promise<PortalContext> {
  let ip: string | null = null;
  try {
    ip = clientIp(await headers());
  } catch {
    // outside a request (tests): no IP to count
  }
  return portalGate(token, { ip });
}

async function run<T>(token: string, handler: (ctx: PortalContext) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const ctx = await gate(token);
    return {
      ok: true,
      data: await withLogContext({ workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId }, () => handler(ctx)),
    };
  } catch (e) {
    return actionError(e);
  }
}

export async function saveShippingAddressAction(token: string, input: unknown) {
  return run(token, (ctx) => saveShippingAddress(ctx, parseInput(shippingAddressSchema, input)));
}

export async function confirmReceiptAction(token: string) {
  return run(token, (ctx) => confirmReceipt(ctx));
}
