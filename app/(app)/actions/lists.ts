"use server";

// Server actions for shortlists: create, rename, delete, add and remove a selection, add a whole search.
import { revalidatePath } from "next/cache";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { addSearchToList } from "@/lib/influencers/bulk";
import { addToList, createList, deleteList, removeFromList, renameList } from "@/lib/influencers/lists";
import { createListSchema, listIdSchema, listMembersSchema, listSearchSchema, renameListSchema } from "@/lib/influencers/schemas";

const rosterPath = (slug: string) => `/w/${slug}/influencers`;

export const createListAction = workspaceAction("influencers.write", createListSchema, async (input, { workspace, user }) => {
  const res = await createList({ workspaceId: workspace.id, userId: user.id, ...input });
  revalidatePath(rosterPath(workspace.slug), "layout");
  return res;
});

export const renameListAction = workspaceAction("influencers.write", renameListSchema, async (input, { workspace }) => {
  const res = await renameList({ workspaceId: workspace.id, ...input });
  revalidatePath(rosterPath(workspace.slug), "layout");
  return res;
});

export const deleteListAction = workspaceAction("influencers.write", listIdSchema, async (input, { workspace }) => {
  const res = await deleteList({ workspaceId: workspace.id, listId: input.listId });
  revalidatePath(rosterPath(workspace.slug), "layout");
  return res;
});

export const addToListAction = workspaceAction("influencers.write", listMembersSchema, async (input, { workspace }) => {
  const res = await addToList({ workspaceId: workspace.id, ...input });
  revalidatePath(rosterPath(workspace.slug), "layout");
  return res;
});

export const removeFromListAction = workspaceAction("influencers.write", listMembersSchema, async (input, { workspace }) => {
  const res = await removeFromList({ workspaceId: workspace.id, ...input });
  revalidatePath(rosterPath(workspace.slug), "layout");
  return res;
});

export const addSearchToListAction = workspaceAction("influencers.write", listSearchSchema, async (input, { workspace }) => {
  const res = await addSearchToList({ workspaceId: workspace.id, query: input.query, listId: input.listId, after: input.after });
  if (!res.next) revalidatePath(rosterPath(workspace.slug), "layout");
  return res;
});
