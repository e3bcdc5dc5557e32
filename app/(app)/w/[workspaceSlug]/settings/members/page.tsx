import type { Metadata } from "next";

import { InviteForm } from "@/components/workspaces/invite-form";
import { MembersTable, PendingInvitations } from "@/components/workspaces/members-table";
import { assignableRoles, can, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { formatZonedDate } from "@/lib/time-zone";
import { listPendingInvitations } from "@/lib/workspaces/invitations";
import { listMembers } from "@/lib/workspaces/members";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, user, role } = await requireWorkspacePage(workspaceSlug, "members.read");
  const canManage = can(role, "members.manage");
  const canInvite = can(role, "invitations.manage");
  const [members, invitations] = await Promise.all([
    listMembers(workspace.id),
    canInvite ? listPendingInvitations(workspace.id) : Promise.resolve([]),
  ]);
  const roles = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r], description: ROLE_DESCRIPTIONS[r] }));
  const assignable = assignableRoles(role);
  return (
    <div className="grid gap-6">
      {canInvite ? <InviteForm slug={workspace.slug} roles={roles.filter((r) => assignable.includes(r.value))} /> : null}
      <MembersTable
        slug={workspace.slug}
        members={members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() }))}
        currentUserId={user.id}
        canManage={canManage}
        roles={roles.filter((r) => assignable.includes(r.value))}
        allRoles={roles}
      />
      {canInvite ? (
        <PendingInvitations
          slug={workspace.slug}
          invitations={invitations.map((i) => ({
            id: i.id,
            email: i.email,
            role: i.role,
            expiresOn: formatZonedDate(i.expiresAt, workspace.timeZone),
          }))}
          roleLabels={ROLE_LABELS}
        />
      ) : null}
    </div>
  );
}
