import type { Metadata } from "next";
import type { ReactNode } from "react";

import { BillingBanner } from "@/components/billing/billing-banner";
import { AppShell } from "@/components/shell/app-shell";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { findWorkspacePage, requireWorkspacePage } from "@/lib/auth/workspace-page";
import { unreadCount } from "@/lib/notifications/inbox";
import { listUserWorkspaces, rememberWorkspace } from "@/lib/workspaces/crud";

/**
 * For no such workspace (or not a member) the layout renders the 404 page, but Next still takes the
 * title from the page below ("Campaigns"). A template without "%s" replaces the title of every page
 * in a segment below this one (the overview page, in this segment, resolves the workspace in its own
 * generateMetadata). This can't call notFound(): Next resolves layout metadata again for the 404 page.
 */
export async function generateMetadata({ params }: { params: Promise<{ workspaceSlug: string }> }): Promise<Metadata> {
  if (await findWorkspacePage((await params).workspaceSlug)) return {};
  const title = "Page not found · Microcampaigns";
  return { title: { absolute: title, template: title } };
}

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, user, role } = await requireWorkspacePage(workspaceSlug);
  const [workspaces, , unread] = await Promise.all([
    listUserWorkspaces(user.id),
    rememberWorkspace(user.id, workspace.id),
    unreadCount(workspace.id, user.id),
  ]);
  return (
    <AppShell
      workspace={{ slug: workspace.slug, name: workspace.name }}
      workspaces={workspaces.map((w) => ({ slug: w.slug, name: w.name, role: ROLE_LABELS[w.role] }))}
      user={{ name: user.name, email: user.email }}
      roleLabel={ROLE_LABELS[role]}
      role={role}
      unreadNotifications={unread}
    >
      <BillingBanner workspaceId={workspace.id} slug={workspace.slug} canManage={can(role, "billing.manage")} />
      {children}
    </AppShell>
  );
}
