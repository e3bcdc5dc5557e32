"use server";

// Server actions for members and invitations.
import { revalidatePath } from "next/cache";

import { userAction, workspaceAction } from "@/lib/auth/workspace-action";
import { noInputSchema } from "@/lib/validation";
import { acceptInvitation, createInvitation, revokeInvitation } from "@/lib/workspaces/invitations";
import { changeMemberRole, leaveWorkspace, removeMember } from "@/lib/workspaces/members";
import { acceptInvitationSchema, changeRoleSchema, invitationIdSchema, inviteSchema, memberIdSchema } from "@/lib/workspaces/schemas";

const membersPath = (slug: string) => `/w/${slug}/settings/members`;

export const inviteMemberAction = workspaceAction("invitations.manage", inviteSchema, async (input, { workspace, user, role }) => {
  const res = await createInvitation({ workspace, actor: user, actorRole: role, email: input.email, role: input.role });
  revalidatePath(membersPath(workspace.slug));
  return res;
});

export const revokeInvitationAction = workspaceAction("invitations.manage", invitationIdSchema, async (input, { workspace, user }) => {
  await revokeInvitation({ workspaceId: workspace.id, actorId: user.id, invitationId: input.invitationId });
  revalidatePath(membersPath(workspace.slug));
  return { revoked: true };
});

export const changeRoleAction = workspaceAction("members.manage", changeRoleSchema, async (input, { workspace, user, role }) => {
  await changeMemberRole({ workspaceId: workspace.id, actorId: user.id, actorRole: role, userId: input.userId, role: input.role });
  revalidatePath(membersPath(workspace.slug));
  return { changed: true };
});

export const removeMemberAction = workspaceAction("members.manage", memberIdSchema, async (input, { workspace, user, role }) => {
  await removeMember({ workspaceId: workspace.id, actorId: user.id, actorRole: role, userId: input.userId });
  revalidatePath(membersPath(workspace.slug));
  return { removed: true };
});

export const leaveWorkspaceAction = workspaceAction("workspace.read", noInputSchema, async (_input, { workspace, user, role }) => {
  await leaveWorkspace({ workspaceId: workspace.id, userId: user.id, role });
  return { left: true };
});

export const acceptInvitationAction = userAction(acceptInvitationSchema, async (input, { user }) =>
  acceptInvitation({ token: input.token, user }),
);
