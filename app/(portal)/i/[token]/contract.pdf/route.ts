// The executed, sealed PDF of the token's own collaboration (its latest completed contract). Any
// refusal — unknown, expired or revoked token, no completed contract — is the same bare 404.
import { clientIp } from "@/lib/client-ip";
import { executedPdfForPortal, executedPdfResponse } from "@/lib/contracts/executed-pdf";
import { toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { portalGate } from "@/lib/portal/gate";
import { RATE_LIMITS } from "@/lib/rate-limit";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  try {
    const ip = clientIp(req.headers);
    const ctx = await portalGate(token, { ip, rule: RATE_LIMITS.portalFiles });
    return executedPdfResponse(await executedPdfForPortal(ctx, { ip, userAgent: req.headers.get("user-agent") }));
  } catch (e) {
    const app = toAppError(e);
    if (!app) log.error("portal contract PDF failed", { err: e });
    if (app?.code === "RATE_LIMITED") {
      return new Response("Too many requests", { status: 429, headers: { "Retry-After": String(app.retryAfterSeconds ?? 60) } });
    }
    const status = !app ? 500 : app.code === "NOT_FOUND" || app.code === "GONE" || app.code === "CONFLICT" ? 404 : app.status;
    return new Response(status === 404 ? "Not found" : "Something went wrong", {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
    });
  }
}
