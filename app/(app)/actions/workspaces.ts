"use server";

// Server actions for workspaces. Each parses input and calls a service through the tenant gate.
import { revalidatePath } from "next/cache";

import { userAction, workspaceAction } from "@/lib/auth/workspace-action";
import { createWorkspace, deleteWorkspace, updateWorkspace } from "@/lib/workspaces/crud";
import { createWorkspaceSchema, deleteWorkspaceSchema, updateWorkspaceSchema } from "@/lib/workspaces/schemas";

export const createWorkspaceAction = userAction(createWorkspaceSchema, async (input, { user }) => {
  const ws = await createWorkspace({ userId: user.id, name: input.name, slug: input.slug, timeZone: input.timeZone });
  return { slug: ws.slug };
});

export const updateWorkspaceAction = workspaceAction("workspace.update", updateWorkspaceSchema, async (input, { workspace, user }) => {
  const ws = await updateWorkspace({
    workspaceId: workspace.id,
    actorId: user.id,
    name: input.name,
    slug: input.slug,
    timeZone: input.timeZone,
  });
  revalidatePath("/w", "layout");
  return { slug: ws.slug, name: ws.name, timeZone: ws.timeZone };
});

export const deleteWorkspaceAction = workspaceAction("workspace.delete", deleteWorkspaceSchema, async (input, { workspace, user }) => {
  await deleteWorkspace({ workspaceId: workspace.id, slug: workspace.slug, confirm: input.confirm, actorId: user.id });
  return { deleted: true };
});
