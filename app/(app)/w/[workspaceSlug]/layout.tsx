import type { ReactNode } from "react";

import { AppShell } from "@/components/shell/app-shell";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { unreadCount } from "@/lib/notifications/inbox";
import { listUserWorkspaces, rememberWorkspace } from "@/lib/workspaces/crud";

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
      unreadNotifications={unread}
    >
      {children}
    </AppShell>
  );
}
