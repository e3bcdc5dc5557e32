import { FileText } from "lucide-react";
import type { Metadata } from "next";

import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";

export const metadata: Metadata = { title: "Campaigns" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  await requireWorkspacePage(workspaceSlug, "campaigns.read");
  return (
    <>
      <PageHeader title="Campaigns" description="Goals, budgets, briefs and the influencers working on each campaign." />
      <EmptyState icon={<FileText />} title="No campaigns yet">
        Campaigns with briefs, invite links for influencers and content review arrive with the campaigns feature.
      </EmptyState>
    </>
  );
}
