"use server";

// Server actions for posts and their metrics: add a post to a collaboration, enter its numbers, import
// a campaign's metrics from CSV. The services are lib/posts.
import { revalidatePath } from "next/cache";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { importPostMetrics } from "@/lib/posts/import";
import { metricImportSchema } from "@/lib/posts/import-schema";
import { createPost } from "@/lib/posts/records";
import { addSnapshotSchema, createPostSchema } from "@/lib/posts/schemas";
import { addSnapshot } from "@/lib/posts/snapshots";

const refresh = (slug: string) => revalidatePath(`/w/${slug}`, "layout");

export const createPostAction = workspaceAction("campaigns.write", createPostSchema, async (input, { workspace, user }) => {
  const { collaborationId, ...rest } = input;
  const res = await createPost({ workspaceId: workspace.id, collaborationId, actorId: user.id, input: rest });
  refresh(workspace.slug);
  return res;
});

export const addSnapshotAction = workspaceAction("campaigns.write", addSnapshotSchema, async (input, { workspace, user }) => {
  const { postId, capturedAt, ...counts } = input;
  const res = await addSnapshot({ workspaceId: workspace.id, actorId: user.id, postId, source: "manual", capturedAt, counts });
  refresh(workspace.slug);
  return res;
});

export const importMetricsAction = workspaceAction("campaigns.write", metricImportSchema, async (input, { workspace, user }) => {
  const res = await importPostMetrics({
    workspaceId: workspace.id,
    campaignId: input.campaignId,
    actorId: user.id,
    text: input.text,
    mapping: input.mapping,
  });
  if (res.created) refresh(workspace.slug);
  return res;
});
