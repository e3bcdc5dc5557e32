"use server";

// Portal actions for product seeding: the creator's shipping address and their confirmation of
// receipt. Like app/(portal)/actions.ts, each takes the invite token first and goes through the
// portal gate (hash lookup, expiry, revocation, rate limit); the gate's one collaboration is all a
// handler acts on.
import { confirmReceipt, saveShippingAddress } from "@/lib/contracts/seeding";
import { shippingAddressSchema } from "@/lib/contracts/seeding-schemas";
import { runPortalAction } from "@/lib/portal/action";
import { parseInput } from "@/lib/validation";

export async function saveShippingAddressAction(token: string, input: unknown) {
  return runPortalAction(token, (ctx) => saveShippingAddress(ctx, parseInput(shippingAddressSchema, input)));
}

export async function confirmReceiptAction(token: string) {
  return runPortalAction(token, (ctx) => confirmReceipt(ctx));
}
