import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";

import { PortalPage } from "@/components/portal/portal-page";
import { toAppError } from "@/lib/errors";
import { portalGate, type PortalContext } from "@/lib/portal/gate";
import { loadPortal } from "@/lib/portal/view";
import { clientIp } from "@/lib/rate-limit";

export const metadata: Metadata = { title: "Your collaboration", referrer: "no-referrer", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let ctx: PortalContext;
  try {
    ctx = await portalGate(token, { ip: clientIp(await headers()) });
  } catch (e) {
    const app = toAppError(e);
    if (app?.code === "RATE_LIMITED") {
      return (
        <main id="main" className="mx-auto max-w-md p-6">
          <h1 className="text-xl font-semibold">Too many requests</h1>
          <p className="text-sm text-muted-foreground">{app.message}</p>
        </main>
      );
    }
    if (app) notFound();
    throw e;
  }
  return <PortalPage token={token} view={await loadPortal(ctx)} />;
}
