"use server";

// Marking the signed-in member's notifications read.
import { z } from "zod";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { markRead } from "@/lib/notifications/notifications";

export const markNotificationsReadAction = workspaceAction(
  "workspace.read",
  z.object({ notificationId: z.string().min(1).max(64).optional() }),
  async (input, { workspace, user }) => {
    const count = await markRead({ workspaceId: workspace.id, userId: user.id, notificationId: input.notificationId });
    return { marked: count };
  },
);
