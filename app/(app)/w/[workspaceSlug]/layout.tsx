import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";

import { BillingBanner } from "@/components/billing/billing-banner";
import { AppShell } from "@/components/shell/app-shell";
import { UnreadBadge } from "@/components/shell/unread-badge";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { getCurrentSession } from "@/lib/auth/session";
import { findWorkspacePage, pageMemberships, requireWorkspacePage } from "@/lib/auth/workspace-page";
import { log } from "@/lib/log";
import { unreadCount } from "@/lib/notifications/inbox";
import { rememberWorkspace } from "@/lib/workspaces/crud";

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
  // The unread count streams in behind the page (a failed count shows no badge rather than no page);
  // the session read (cached for this request) says whether this workspace is already the remembered
  // one, so a repeat view writes nothing.
  const unread = unreadCount(workspace.id, user.id).catch((e: unknown) => {
    log.error("unread notifications count failed", { workspaceId: workspace.id, err: e });
    return 0;
  });
  const remembered = (await getCurrentSession())?.lastWorkspaceId === workspace.id;
  // The switcher's list is the memberships the gate above already read (one query for both).
  const [workspaces] = await Promise.all([pageMemberships(user.id), remembered ? null : rememberWorkspace(user.id, workspace.id)]);
  return (
    <AppShell
      workspace={{ slug: workspace.slug, name: workspace.name }}
      workspaces={workspaces.map((m) => ({ slug: m.workspace.slug, name: m.workspace.name, role: ROLE_LABELS[m.role] }))}
      user={{ name: user.name, email: user.email }}
      roleLabel={ROLE_LABELS[role]}
      role={role}
      unreadBadge={
        <Suspense fallback={null}>
          <UnreadBadge count={unread} />
        </Suspense>
      }
    >
      <BillingBanner workspaceId={workspace.id} slug={workspace.slug} canManage={can(role, "billing.manage")} />
      {children}
    </AppShell>
  );
}
