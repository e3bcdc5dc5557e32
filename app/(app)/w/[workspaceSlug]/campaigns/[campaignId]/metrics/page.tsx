import type { Metadata } from "next";

import { CampaignTabs } from "@/components/campaigns/campaign-tabs";
import { CampaignPostsTable } from "@/components/posts/campaign-posts-table";
import { MetricsImport } from "@/components/posts/metrics-import";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { listCampaignPosts } from "@/lib/posts/records";

import { loadCampaignPage } from "../../load";

type Props = { params: Promise<{ workspaceSlug: string; campaignId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspaceSlug, campaignId } = await params;
  return { title: `Metrics · ${(await loadCampaignPage(workspaceSlug, campaignId, "campaigns.read")).campaign.name}` };
}

export default async function Page({ params }: Props) {
  const { workspaceSlug, campaignId } = await params;
  const { workspace, role, campaign: c } = await loadCampaignPage(workspaceSlug, campaignId, "campaigns.read");
  const canWrite = can(role, "campaigns.write");
  const posts = await listCampaignPosts(workspace.id, c.id);
  return (
    <>
      <PageHeader title={c.name} description="Each live post and its latest numbers, from every source." />
      <CampaignTabs slug={workspace.slug} campaignId={c.id} current="metrics" canWrite={canWrite} />
      <div className="grid gap-6">
        <CampaignPostsTable slug={workspace.slug} campaignId={c.id} posts={posts} />
        {canWrite ? (
          <Card>
            <CardHeader>
              <CardTitle>Import metrics from CSV</CardTitle>
              <CardDescription>
                One row per post and capture date. Rows find their post by its URL, or by platform and handle. Importing the same file again
                changes nothing. Larger files: <code className="font-mono text-xs">npm run import:metrics</code>.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <MetricsImport slug={workspace.slug} campaignId={c.id} />
            </CardContent>
          </Card>
        ) : null}
      </div>
    </>
  );
}
