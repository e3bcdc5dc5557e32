import { BarChart3 } from "lucide-react";
import type { Metadata } from "next";

import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";

export const metadata: Metadata = { title: "Analytics" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  await requireWorkspacePage(workspaceSlug, "analytics.read");
  return (
    <>
      <PageHeader title="Analytics" description="ERR, CTR, CPM and ROI per campaign, with the formula next to every number." />
      <EmptyState icon={<BarChart3 />} title="Nothing to measure yet">
        Numbers appear here once a campaign has live posts, tracking links or discount codes.
      </EmptyState>
    </>
  );
}
