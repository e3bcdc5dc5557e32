import type { Metadata } from "next";

import { CampaignForm } from "@/components/campaigns/campaign-form";
import { CampaignStatusControl } from "@/components/campaigns/campaign-status-control";
import { CampaignTabs } from "@/components/campaigns/campaign-tabs";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

import { loadCampaignPage } from "../../load";

type Props = { params: Promise<{ workspaceSlug: string; campaignId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspaceSlug, campaignId } = await params;
  return { title: `Settings · ${(await loadCampaignPage(workspaceSlug, campaignId, "campaigns.write")).campaign.name}` };
}

export default async function Page({ params }: Props) {
  const { workspaceSlug, campaignId } = await params;
  const { workspace, campaign: c } = await loadCampaignPage(workspaceSlug, campaignId, "campaigns.write");
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
