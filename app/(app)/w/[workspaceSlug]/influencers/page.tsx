import { Users } from "lucide-react";
import type { Metadata } from "next";

import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";

export const metadata: Metadata = { title: "Influencers" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  await requireWorkspacePage(workspaceSlug, "influencers.read");
  return (
    <>
      <PageHeader title="Influencers" description="Your roster: every influencer you have found, imported or worked with." />
      <EmptyState icon={<Users />} title="No influencers yet">
        Your roster will list influencers with their tier, engagement rate and authenticity risk. CSV import and search arrive with the roster feature.
      </EmptyState>
    </>
  );
}
