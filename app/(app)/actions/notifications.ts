"use server";

// Marking the signed-in member's notifications read.
import { workspaceAction } from "@/lib/auth/workspace-action";
import { markRead, markReadSchema } from "@/lib/notifications/inbox";

export const markNotificationsReadAction = workspaceAction("workspace.read", markReadSchema, async (input, { workspace, user }) => {
  const count = await markRead({ workspaceId: workspace.id, userId: user.id, notificationId: input.notificationId });
  return { marked: count };
});
