import type { Metadata } from "next";

import { CampaignForm } from "@/components/campaigns/campaign-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";

export const metadata: Metadata = { title: "New campaign" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace } = await requireWorkspacePage(workspaceSlug, "campaigns.write");
  return (
    <>
      <PageHeader
        title="New campaign"
        description="Start small and focused: one goal, the KPIs that show it, a budget. The brief comes next."
      />
      <Card>
        <CardContent className="pt-5">
          <CampaignForm slug={workspace.slug} />
        </CardContent>
      </Card>
    </>
  );
}
