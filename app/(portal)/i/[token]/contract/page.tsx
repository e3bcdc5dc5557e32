import type { Metadata } from "next";

import { ContractPage } from "@/components/portal/contract/contract-page";
import { PortalRateLimited } from "@/components/portal/link-states";
import { brandNameOf } from "@/lib/campaigns/crud";
import { viewPortalContract } from "@/lib/contracts/signing";
import { cachedPortalGate, portalPageMetadata } from "@/lib/portal/page-gate";
import { requestMeta } from "@/lib/request-meta";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return portalPageMetadata((await params).token, "Your contract");
}

export default async function Page({ params }: Props) {
  const { token } = await params;
  const g = await cachedPortalGate(token);
  if (!("ctx" in g)) return <PortalRateLimited message={g.rateLimited} />;
  const [brandName, view] = await Promise.all([brandNameOf(g.ctx.workspaceId), viewPortalContract(g.ctx, await requestMeta())]);
  return <ContractPage token={token} brandName={brandName || "The brand"} view={view} />;
}
