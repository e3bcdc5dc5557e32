import type { Metadata } from "next";

import { WorkspaceLogoCard } from "@/components/workspaces/workspace-logo";
import { DeleteWorkspaceCard, LeaveWorkspaceCard, WorkspaceGeneralForm } from "@/components/workspaces/workspace-settings";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { timeZoneNames } from "@/lib/time-zone";
import { workspaceLogoId } from "@/lib/workspaces/logo";

export const metadata: Metadata = { title: "Workspace settings" };

export default async function GeneralSettingsPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug);
  const logoId = await workspaceLogoId(workspace.id);
  return (
    <div className="grid max-w-2xl gap-6">
      <WorkspaceGeneralForm
        workspace={{ slug: workspace.slug, name: workspace.name, timeZone: workspace.timeZone }}
        timeZones={timeZoneNames()}
        canEdit={can(role, "workspace.update")}
      />
      <WorkspaceLogoCard
        slug={workspace.slug}
        logoSrc={logoId ? `/api/w/${workspace.slug}/files/${logoId}` : null}
        canEdit={can(role, "workspace.update")}
      />
      <LeaveWorkspaceCard slug={workspace.slug} name={workspace.name} />
      {can(role, "workspace.delete") ? <DeleteWorkspaceCard slug={workspace.slug} /> : null}
    </div>
  );
}
