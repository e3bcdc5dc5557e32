// Tracking-link redirect, the hot path (lib/tracking/redirect.ts). proxy.ts skips /r/ (no CSP, no
// request id work); nothing here reads a session.
import { handleRedirect } from "@/lib/tracking/redirect";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ code: string }> };

export async function GET(request: Request, { params }: Ctx) {
  return handleRedirect(request, (await params).code, { count: true });
}

export async function HEAD(request: Request, { params }: Ctx) {
  return handleRedirect(request, (await params).code, { count: false });
}
