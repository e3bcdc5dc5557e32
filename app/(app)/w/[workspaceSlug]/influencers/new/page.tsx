import type { Metadata } from "next";

import { InfluencerForm } from "@/components/influencers/influencer-form";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";

export const metadata: Metadata = { title: "Add influencer" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  await requireWorkspacePage(workspaceSlug, "influencers.write");
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <IntentLink href={`/w/${workspaceSlug}/influencers`} className="text-primary hover:underline">
          ← Influencers
        </IntentLink>
      </nav>
      <PageHeader
        title="Add influencer"
        description="Tier, engagement rate and authenticity risk are worked out from the account’s numbers."
      />
      <InfluencerForm slug={workspaceSlug} />
    </>
  );
}
