// The invite link in its older short form (links sent before they pointed at /i/<token>/portal).
// Valid → on to the portal page; unknown → 404, expired or revoked → 410, both a plain page with no
// data (a route handler, because a page can't answer 410).
import { clientIp } from "@/lib/client-ip";
import { internalErrorMessage, logBoundaryError, toAppError } from "@/lib/errors";
import { portalGate } from "@/lib/portal/gate";

import { invalidLinkHtml } from "./invalid-link";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  try {
    await portalGate(token, { ip: clientIp(req.headers) });
  } catch (e) {
    const app = toAppError(e);
    const ref = await logBoundaryError(e, app, "portal link");
    const status = app?.status ?? 500;
    const message = app ? app.message : internalErrorMessage(ref ?? "unknown", "Please try again.");
    const headers = new Headers({
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    });
    if (app?.retryAfterSeconds !== undefined) headers.set("Retry-After", String(app.retryAfterSeconds));
    return new Response(invalidLinkHtml(status, message), { status, headers });
  }
  return new Response(null, {
    status: 303,
    headers: { Location: `/i/${token}/portal`, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
}
