// POST /api/outreach/opt-out?token=…: records an opt-out. Public: the signed token (HMAC over the
// workspace id and the address) is the credential. Two callers:
// - mail apps' one-click unsubscribe (RFC 8058: body "List-Unsubscribe=One-Click") → 200;
// - the confirm button on /opt-out → 303 back to the page, which then says it is done.
// GET does nothing (link scanners fetch links): it redirects to the confirmation page.
import { appUrl } from "@/lib/env";
import { errorResponse } from "@/lib/errors";
import { readText } from "@/lib/http";
import { optOutByToken } from "@/lib/outreach/opt-out";

const MAX_BODY_BYTES = 4 * 1024; // "List-Unsubscribe=One-Click" or an empty confirm form

function tokenOf(req: Request): string {
  return new URL(req.url).searchParams.get("token") ?? "";
}

export async function POST(req: Request): Promise<Response> {
  try {
    const token = tokenOf(req);
    // Mail providers post from their own servers (no Origin, or theirs): exempt by name, the token is the credential.
    const body = await readText(req, { maxBytes: MAX_BODY_BYTES, crossSite: "oneClickUnsubscribe" });
    const res = await optOutByToken(token);
    const oneClick = body.includes("List-Unsubscribe=One-Click");
    if (!res)
      return oneClick
        ? new Response("Invalid or damaged link", { status: 400 })
        : Response.redirect(new URL(`/opt-out?token=${encodeURIComponent(token)}`, appUrl()), 303);
    if (oneClick) return new Response("Unsubscribed", { status: 200 });
    return Response.redirect(new URL(`/opt-out?token=${encodeURIComponent(token)}&done=1`, appUrl()), 303);
  } catch (e) {
    // Public boundary: a database failure is logged and answered generically (503 when it is down).
    return errorResponse(e);
  }
}

export async function GET(req: Request): Promise<Response> {
  return Response.redirect(new URL(`/opt-out?token=${encodeURIComponent(tokenOf(req))}`, appUrl()), 303);
}
