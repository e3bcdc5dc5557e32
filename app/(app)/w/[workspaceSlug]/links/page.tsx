import { Link2 } from "lucide-react";
import type { Metadata } from "next";

import { AllowedDomainsForm } from "@/components/tracking/allowed-domains-form";
import { WorkspaceLinks } from "@/components/tracking/workspace-links";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { allowedDomains } from "@/lib/tracking/links";
import { workspaceLinks } from "@/lib/tracking/queries";

export const metadata: Metadata = { title: "Links" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "campaigns.read");
  const [links, domains] = await Promise.all([workspaceLinks(workspace.id), allowedDomains(workspace.id)]);
  return (
    <>
      <PageHeader
        title="Links"
        description="Every tracking link of the workspace with its clicks. Clicks exclude bots and link previews; unique counts each visitor once a day."
      />
      {links.length === 0 ? (
        <EmptyState icon={<Link2 />} title="No tracking links yet">
          Create one from a collaboration’s “Links &amp; codes”.
        </EmptyState>
      ) : (
        <WorkspaceLinks slug={workspace.slug} links={links} />
      )}
      {can(role, "workspace.update") ? <AllowedDomainsForm slug={workspace.slug} domains={domains} /> : null}
    </>
  );
}
