import type { Metadata } from "next";

import { BriefBuilder } from "@/components/campaigns/brief-builder";
import { CampaignTabs } from "@/components/campaigns/campaign-tabs";
import { BriefView } from "@/components/portal/brief-view";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { brandNameOf } from "@/lib/campaigns/crud";

import { loadCampaignPage } from "../../load";

type Props = { params: Promise<{ workspaceSlug: string; campaignId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspaceSlug, campaignId } = await params;
  return { title: `Brief · ${(await loadCampaignPage(workspaceSlug, campaignId, "campaigns.read")).campaign.name}` };
}

export default async function Page({ params }: Props) {
  const { workspaceSlug, campaignId } = await params;
  const { workspace, role, campaign: c } = await loadCampaignPage(workspaceSlug, campaignId, "campaigns.read");
  const canWrite = can(role, "campaigns.write");
  return (
    <>
      <PageHeader title={c.name} description="The brief: everything an influencer needs, nothing left vague." />
      <CampaignTabs slug={workspace.slug} campaignId={c.id} current="brief" canWrite={canWrite} />
      {canWrite ? (
        <BriefBuilder
          slug={workspace.slug}
          campaignId={c.id}
          initial={c.brief}
          version={c.briefVersion}
          jurisdiction={c.jurisdiction === "UK" ? "UK" : "US"}
          brand={await brandNameOf(workspace.id)}
        />
      ) : (
        <Card>
          <CardContent className="pt-5">
            <BriefView brief={c.brief} />
          </CardContent>
        </Card>
      )}
    </>
  );
}
