// A shared report's PDF, for whoever holds the link (no sign-in). Any refusal — unknown, expired or
// revoked token, deleted report — is the same bare 404; the link's token is the only credential.
import { clientIp } from "@/lib/client-ip";
import { toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { reportPdf } from "@/lib/reports/download";
import { reportPdfResponse } from "@/lib/reports/pdf";
import { openSharedReport } from "@/lib/reports/share-links";

export const dynamic = "force-dynamic";

const NOINDEX = { "X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "no-referrer" };

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  try {
    const shared = await openSharedReport(token, { ip: clientIp(req.headers) });
    const pdf = await reportPdf({ workspaceId: shared.workspaceId, reportId: shared.reportId, timeZone: shared.timeZone });
    return reportPdfResponse(pdf.bytes, pdf.fileName, NOINDEX);
  } catch (e) {
    const app = toAppError(e);
    if (!app) log.error("shared report PDF failed", { err: e });
    if (app?.code === "RATE_LIMITED") {
      return new Response("Too many requests", {
        status: 429,
        headers: { ...NOINDEX, "Retry-After": String(app.retryAfterSeconds ?? 60) },
      });
    }
    const status = !app || app.code !== "NOT_FOUND" ? (app?.status ?? 500) : 404;
    return new Response(status === 404 ? "Not found" : "Something went wrong", {
      status,
      headers: {
        ...NOINDEX,
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  }
}
