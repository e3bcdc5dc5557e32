import type { Metadata } from "next";

import { PortalRateLimited } from "@/components/portal/link-states";
import { PortalPage } from "@/components/portal/portal-page";
import { PortalRights } from "@/components/portal/portal-rights";
import { PortalMetrics } from "@/components/posts/portal-metrics";
import { PortalLinks } from "@/components/tracking/portal-links";
import { cachedPortalGate, portalPageMetadata } from "@/lib/portal/page-gate";
import { loadPortal } from "@/lib/portal/view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return portalPageMetadata((await params).token, "Your collaboration");
}

export default async function Page({ params }: Props) {
  const { token } = await params;
  const g = await cachedPortalGate(token);
  if (!("ctx" in g)) return <PortalRateLimited message={g.rateLimited} />;
  return (
    <PortalPage token={token} gate={g.ctx} view={await loadPortal(g.ctx)} rights={<PortalRights token={token} ctx={g.ctx} />}>
      <PortalLinks ctx={g.ctx} />
      <PortalMetrics ctx={g.ctx} token={token} />
    </PortalPage>
  );
}
