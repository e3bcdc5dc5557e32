"use server";

// Usage-rights settings: how many days before a right or an ad code ends members are reminded.
import { workspaceAction } from "@/lib/auth/workspace-action";
import { setRightsReminderDays } from "@/lib/contracts/reminders";
import { reminderDaysSchema } from "@/lib/contracts/usage-rights";

export const setRightsReminderDaysAction = workspaceAction("workspace.update", reminderDaysSchema, async (input, { workspace, user }) => ({
  days: await setRightsReminderDays({ workspaceId: workspace.id, actorId: user.id, text: input.days }),
}));
