// POST /api/webhooks/stripe: Stripe's subscription and invoice events (README "Billing"). Public: the
// Stripe-Signature over the raw body under STRIPE_WEBHOOK_SECRET is the credential, checked before
// anything is written (lib/billing/webhooks.ts). Answers as soon as the event is recorded and queued.
import { receiveStripeWebhook, STRIPE_WEBHOOK_MAX_BYTES } from "@/lib/billing/webhooks";
import { errorResponse } from "@/lib/errors";
import { readBody } from "@/lib/http";

export async function POST(req: Request): Promise<Response> {
  try {
    const body = await readBody(req, { maxBytes: STRIPE_WEBHOOK_MAX_BYTES, crossSite: "signedWebhook" });
    const res = await receiveStripeWebhook({ body, signature: req.headers.get("stripe-signature") });
    return Response.json({ received: true, note: res.note });
  } catch (e) {
    return errorResponse(e);
  }
}
