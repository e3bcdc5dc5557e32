import type { Metadata } from "next";

import { ListsManager } from "@/components/influencers/lists-manager";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { listLists } from "@/lib/influencers/lists";

export const metadata: Metadata = { title: "Influencer lists" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "influencers.read");
  const lists = await listLists(workspace.id);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <IntentLink href={`/w/${workspaceSlug}/influencers`} className="text-primary hover:underline">
          ← Influencers
        </IntentLink>
      </nav>
      <PageHeader
        title="Lists"
        description="Shortlists of influencers. Add influencers from the search results: select them, choose a list, Add to list."
      />
      <ListsManager slug={workspaceSlug} lists={lists} canWrite={can(role, "influencers.write")} />
    </>
  );
}
