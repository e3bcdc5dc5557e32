// POST /api/webhooks/shopify/<token>: a Shopify store's order webhooks (orders/create, orders/paid,
// orders/cancelled, refunds/create) for one store connection. Public: the HMAC of the raw body under
// the connection's secret is the credential (lib/conversions/webhooks.ts verifies it before writing).
import { receiveStoreWebhook, WEBHOOK_MAX_BYTES } from "@/lib/conversions/webhooks";
import { errorResponse } from "@/lib/errors";
import { readBody } from "@/lib/http";

export async function POST(req: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> {
  try {
    const { token } = await ctx.params;
    const body = await readBody(req, { maxBytes: WEBHOOK_MAX_BYTES, crossSite: "signedWebhook" });
    const res = await receiveStoreWebhook({ kind: "shopify", token, headers: req.headers, body });
    return Response.json({ ok: true, note: res.note });
  } catch (e) {
    return errorResponse(e);
  }
}
