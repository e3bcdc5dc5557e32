// Where Stripe sends a creator back from Connect onboarding (lib/billing/connect.ts).
//   ?step=return   re-read the account from Stripe, then on to the portal's payout section;
//   ?step=refresh  the Account Link expired or was used: make a fresh one and go back to Stripe.
// Gated by the portal invite token like every portal request; an invalid link gets the plain page.
import { refreshPortalAccount, startOnboarding } from "@/lib/billing/connect";
import { clientIp } from "@/lib/client-ip";
import { internalErrorMessage, logBoundaryError, toAppError } from "@/lib/errors";
import { portalGate } from "@/lib/portal/gate";

import { invalidLinkHtml } from "../invalid-link";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const step = new URL(req.url).searchParams.get("step");
  try {
    const ctx = await portalGate(token, { ip: clientIp(req.headers) });
    if (step === "refresh") {
      const { url } = await startOnboarding(ctx, token);
      return new Response(null, { status: 303, headers: { Location: url, ...NO_STORE } });
    }
    await refreshPortalAccount(ctx);
    return new Response(null, { status: 303, headers: { Location: `/i/${token}/portal#payouts`, ...NO_STORE } });
  } catch (e) {
    const app = toAppError(e);
    const ref = await logBoundaryError(e, app, "portal payouts");
    const status = app?.status ?? 500;
    const message = app ? app.message : internalErrorMessage(ref ?? "unknown", "Please try again.");
    return new Response(invalidLinkHtml(status, message), { status, headers: { "Content-Type": "text/html; charset=utf-8", ...NO_STORE } });
  }
}
