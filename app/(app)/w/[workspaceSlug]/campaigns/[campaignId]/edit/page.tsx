import type { Metadata } from "next";

import { CampaignForm } from "@/components/campaigns/campaign-form";
import { CampaignStatusControl } from "@/components/campaigns/campaign-status-control";
import { CampaignTabs } from "@/components/campaigns/campaign-tabs";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { getCampaign } from "@/lib/campaigns/crud";

import { orNotFound } from "../../load";

export const metadata: Metadata = { title: "Campaign settings" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string; campaignId: string }> }) {
  const { workspaceSlug, campaignId } = await params;
  const { workspace } = await requireWorkspacePage(workspaceSlug, "campaigns.write");
  const c = await orNotFound(getCampaign(workspace.id, campaignId));
  return (
    <>
      <PageHeader title={c.name} actions={<CampaignStatusControl slug={workspace.slug} campaignId={c.id} status={c.status} />} />
      <CampaignTabs slug={workspace.slug} campaignId={c.id} current="edit" canWrite />
      <Card>
        <CardContent className="pt-5">
          <CampaignForm
            slug={workspace.slug}
            campaignId={c.id}
            initial={{
              name: c.name,
              goal: c.goal,
              kpis: c.kpis,
              industry: c.industry,
              budget: c.budget,
              currency: c.currency,
              startDate: c.startDate,
              endDate: c.endDate,
              hashtag: c.hashtag,
              brandHandles: c.brandHandles,
              approvedClaims: c.approvedClaims,
              jurisdiction: c.jurisdiction,
            }}
          />
        </CardContent>
      </Card>
    </>
  );
}
