// The logo of a shared report's workspace, for whoever holds the link (no sign-in): served like any
// stored file (sniffed type, nosniff, sandboxed). Any refusal — a dead link, no logo — is a bare 404.
import { clientIp } from "@/lib/client-ip";
import { toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { enforceRateLimits } from "@/lib/rate-limit";
import { REPORT_VIEW_LIMIT, unsafeFindReportByShareToken } from "@/lib/reports/share-links";
import { fileResponse } from "@/lib/storage/serve";
import { workspaceLogoFile } from "@/lib/workspaces/logo";

export const dynamic = "force-dynamic";

const HEADERS = { "X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "no-referrer" };

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  try {
    await enforceRateLimits([[REPORT_VIEW_LIMIT, clientIp(req.headers)]]);
    const shared = await unsafeFindReportByShareToken(token);
    if (!shared) return notFound();
    const res = await fileResponse(req, await workspaceLogoFile(shared.workspaceId));
    for (const [k, v] of Object.entries(HEADERS)) res.headers.set(k, v);
    return res;
  } catch (e) {
    const app = toAppError(e);
    if (!app) log.error("shared report logo failed", { err: e });
    if (app?.code === "RATE_LIMITED") return new Response("Too many requests", { status: 429, headers: HEADERS });
    return app?.code === "NOT_FOUND" ? notFound() : new Response("Something went wrong", { status: 500, headers: HEADERS });
  }
}

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
