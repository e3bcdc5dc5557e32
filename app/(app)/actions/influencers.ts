"use server";

// Server actions for the roster: add and edit influencers and accounts, bulk tag and delete (of a
// selection, or batch by batch of a whole search), saved searches.
import { revalidatePath } from "next/cache";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { countSearch, deleteSearch, tagSearch } from "@/lib/influencers/bulk";
import { addAccount, createInfluencer, deleteInfluencers, removeAccount, tagInfluencers, updateInfluencer } from "@/lib/influencers/crud";
import { deleteSavedSearch, saveSearch } from "@/lib/influencers/saved-searches";
import {
  addAccountSchema,
  countSearchSchema,
  createInfluencerSchema,
  removeAccountSchema,
  savedSearchIdSchema,
  saveSearchSchema,
  searchSelectionSchema,
  selectionSchema,
  tagSearchSchema,
  tagSelectionSchema,
  updateInfluencerSchema,
} from "@/lib/influencers/schemas";

const rosterPath = (slug: string) => `/w/${slug}/influencers`;

export const createInfluencerAction = workspaceAction("influencers.write", createInfluencerSchema, async (input, { workspace, user }) => {
  const res = await createInfluencer({ workspaceId: workspace.id, userId: user.id, input });
  revalidatePath(rosterPath(workspace.slug));
  return res;
});

export const updateInfluencerAction = workspaceAction(
  "influencers.write",
  updateInfluencerSchema,
  async ({ influencerId, ...input }, { workspace, user }) => {
    const res = await updateInfluencer({ workspaceId: workspace.id, userId: user.id, influencerId, input });
    revalidatePath(`${rosterPath(workspace.slug)}/${influencerId}`);
    return res;
  },
);

export const addAccountAction = workspaceAction("influencers.write", addAccountSchema, async (input, { workspace }) => {
  const res = await addAccount({ workspaceId: workspace.id, influencerId: input.influencerId, account: input.account });
  revalidatePath(`${rosterPath(workspace.slug)}/${input.influencerId}`);
  return res;
});

export const removeAccountAction = workspaceAction("influencers.write", removeAccountSchema, async (input, { workspace }) => {
  const res = await removeAccount({ workspaceId: workspace.id, ...input });
  revalidatePath(`${rosterPath(workspace.slug)}/${input.influencerId}`);
  return res;
});

export const tagInfluencersAction = workspaceAction("influencers.write", tagSelectionSchema, async (input, { workspace }) => {
  const res = await tagInfluencers({ workspaceId: workspace.id, ...input });
  revalidatePath(rosterPath(workspace.slug));
  return res;
});

export const deleteInfluencersAction = workspaceAction("influencers.write", selectionSchema, async (input, { workspace, user }) => {
  const res = await deleteInfluencers({ workspaceId: workspace.id, userId: user.id, influencerIds: input.influencerIds });
  revalidatePath(rosterPath(workspace.slug));
  return res;
});

export const countSearchAction = workspaceAction("influencers.read", countSearchSchema, async (input, { workspace }) =>
  countSearch({ workspaceId: workspace.id, query: input.query }),
);

export const tagSearchAction = workspaceAction("influencers.write", tagSearchSchema, async (input, { workspace }) => {
  const res = await tagSearch({ workspaceId: workspace.id, query: input.query, tags: input.tags, after: input.after });
  if (!res.next) revalidatePath(rosterPath(workspace.slug));
  return res;
});

export const deleteSearchAction = workspaceAction("influencers.write", searchSelectionSchema, async (input, { workspace, user }) => {
  const res = await deleteSearch({ workspaceId: workspace.id, userId: user.id, query: input.query, after: input.after });
  if (!res.next) revalidatePath(rosterPath(workspace.slug));
  return res;
});

export const saveSearchAction = workspaceAction("influencers.read", saveSearchSchema, async (input, { workspace, user }) =>
  saveSearch({ workspaceId: workspace.id, userId: user.id, ...input }),
);

export const deleteSavedSearchAction = workspaceAction("influencers.read", savedSearchIdSchema, async (input, { workspace, user }) =>
  deleteSavedSearch({ workspaceId: workspace.id, userId: user.id, savedSearchId: input.savedSearchId }),
);
