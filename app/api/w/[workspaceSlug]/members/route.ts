// GET /api/w/:slug/members: members and pending invitations of the workspace.
import { withWorkspace } from "@/lib/auth/with-workspace";
import { listPendingInvitations } from "@/lib/workspaces/invitations";
import { listMembers } from "@/lib/workspaces/members";

export const GET = withWorkspace("members.read", async (_req, { workspace }) => {
  const [members, invitations] = await Promise.all([listMembers(workspace.id), listPendingInvitations(workspace.id)]);
  return Response.json({ members, invitations });
});
