import { Megaphone } from "lucide-react";
import type { Metadata } from "next";

import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";

export const metadata: Metadata = { title: "Outreach" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  await requireWorkspacePage(workspaceSlug, "outreach.read");
  return (
    <>
      <PageHeader title="Outreach" description="Personalised first messages, the pipeline and follow-ups." />
      <EmptyState icon={<Megaphone />} title="No outreach yet">
        Once your roster has influencers, you will write first messages here that are checked for a specific compliment, a brand introduction and a clear offer.
      </EmptyState>
    </>
  );
}
