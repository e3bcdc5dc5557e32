import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";

import { PortalPage } from "@/components/portal/portal-page";
import { PortalRights } from "@/components/portal/portal-rights";
import { PortalMetrics } from "@/components/posts/portal-metrics";
import { PortalLinks } from "@/components/tracking/portal-links";
import { clientIp } from "@/lib/client-ip";
import { toAppError } from "@/lib/errors";
import { portalGate, type PortalContext } from "@/lib/portal/gate";
import { loadPortal } from "@/lib/portal/view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/** The portal gate, once per request (generateMetadata and the page share it, so one rate-limit hit). A dead link is a 404. */
const gate = cache(async (token: string): Promise<{ ctx: PortalContext } | { rateLimited: string }> => {
  try {
    return { ctx: await portalGate(token, { ip: clientIp(await headers()) }) };
  } catch (e) {
    const app = toAppError(e);
    if (app?.code === "RATE_LIMITED") return { rateLimited: app.message };
    if (app) notFound();
    throw e;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const g = await gate((await params).token);
  return {
    title: "ctx" in g ? "Your collaboration" : "Too many requests",
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

export default async function Page({ params }: Props) {
  const { token } = await params;
  const g = await gate(token);
  if (!("ctx" in g)) {
    return (
      <main id="main" className="mx-auto max-w-md p-6">
        <h1 className="text-xl font-semibold">Too many requests</h1>
        <p className="text-sm text-muted-foreground">{g.rateLimited}</p>
      </main>
    );
  }
  return (
    <PortalPage token={token} view={await loadPortal(g.ctx)} rights={<PortalRights token={token} ctx={g.ctx} />}>
      <PortalLinks ctx={g.ctx} />
      <PortalMetrics ctx={g.ctx} token={token} />
    </PortalPage>
  );
}
