// A file of the token's own collaboration (or `?variant=thumbnail`). Any refusal — unknown, expired
// or revoked token, another collaboration's file — is the same bare 404.
import { clientIp } from "@/lib/client-ip";
import { toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { portalGate } from "@/lib/portal/gate";
import { findPortalFile } from "@/lib/portal/media";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { fileResponse, variantOf } from "@/lib/storage/serve";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ token: string; fileId: string }> }): Promise<Response> {
  const { token, fileId } = await params;
  try {
    const ctx = await portalGate(token, { ip: clientIp(req.headers), rule: RATE_LIMITS.portalFiles });
    return await fileResponse(req, await findPortalFile(ctx, fileId), variantOf(req));
  } catch (e) {
    const app = toAppError(e);
    if (!app) log.error("portal file failed", { err: e });
    if (app?.code === "RATE_LIMITED") {
      return new Response("Too many requests", { status: 429, headers: { "Retry-After": String(app.retryAfterSeconds ?? 60) } });
    }
    const status = !app ? 500 : app.code === "NOT_FOUND" || app.code === "GONE" ? 404 : app.status;
    return new Response(status === 404 ? "Not found" : "Something went wrong", {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
    });
  }
}
