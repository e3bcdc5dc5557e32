"use server";

// Server actions for outreach: sender identity, templates, queueing messages, the pipeline,
// replies, follow-ups and notes. Each parses its input, calls a lib/outreach service, revalidates.
import { revalidatePath } from "next/cache";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { dismissFollowUp, dismissFollowUpSchema } from "@/lib/outreach/follow-ups";
import { senderIdentitySchema, updateSenderIdentity } from "@/lib/outreach/identity";
import { cancelMessage, messageIdSchema, retryMessage } from "@/lib/outreach/messages";
import { addToPipeline, addToPipelineSchema, moveStage, moveStageSchema } from "@/lib/outreach/pipeline";
import { queueMessages, queueMessagesSchema } from "@/lib/outreach/queue";
import { logReply, logReplySchema } from "@/lib/outreach/replies";
import { deleteTemplate, saveTemplate, saveTemplateSchema, templateIdSchema } from "@/lib/outreach/templates";
import { addNote, addNoteSchema } from "@/lib/outreach/timeline";

const outreachPath = (slug: string) => `/w/${slug}/outreach`;

export const updateSenderIdentityAction = workspaceAction("workspace.update", senderIdentitySchema, async (input, { workspace, user }) => {
  const identity = await updateSenderIdentity({ workspaceId: workspace.id, actorId: user.id, input });
  revalidatePath(`/w/${workspace.slug}/settings/sender`);
  return identity;
});

export const saveTemplateAction = workspaceAction("outreach.write", saveTemplateSchema, async (input, { workspace, user }) => {
  const res = await saveTemplate({ workspaceId: workspace.id, actorId: user.id, ...input });
  revalidatePath(`${outreachPath(workspace.slug)}/templates`);
  return res;
});

export const deleteTemplateAction = workspaceAction("outreach.write", templateIdSchema, async (input, { workspace, user }) => {
  await deleteTemplate({ workspaceId: workspace.id, actorId: user.id, id: input.id });
  revalidatePath(`${outreachPath(workspace.slug)}/templates`);
  return { deleted: true };
});

export const queueMessagesAction = workspaceAction("outreach.write", queueMessagesSchema, async (input, { workspace, user }) => {
  const res = await queueMessages({ workspaceId: workspace.id, actorId: user.id, input });
  revalidatePath(outreachPath(workspace.slug), "layout");
  return { queued: res.queued.length, scheduledAt: res.scheduledAt.toISOString(), overridden: res.overridden };
});

export const cancelMessageAction = workspaceAction("outreach.write", messageIdSchema, async (input, { workspace, user }) => {
  await cancelMessage({ workspaceId: workspace.id, actorId: user.id, messageId: input.messageId });
  revalidatePath(`${outreachPath(workspace.slug)}/messages`);
  return { cancelled: true };
});

export const retryMessageAction = workspaceAction("outreach.write", messageIdSchema, async (input, { workspace, user }) => {
  await retryMessage({ workspaceId: workspace.id, actorId: user.id, messageId: input.messageId });
  revalidatePath(`${outreachPath(workspace.slug)}/messages`);
  return { retried: true };
});

export const moveStageAction = workspaceAction("outreach.write", moveStageSchema, async (input, { workspace, user }) => {
  const res = await moveStage({ workspaceId: workspace.id, actorId: user.id, ...input });
  revalidatePath(outreachPath(workspace.slug), "layout");
  return res;
});

export const addToPipelineAction = workspaceAction("outreach.write", addToPipelineSchema, async (input, { workspace, user }) => {
  const res = await addToPipeline({ workspaceId: workspace.id, actorId: user.id, ...input });
  revalidatePath(outreachPath(workspace.slug), "layout");
  return res;
});

export const logReplyAction = workspaceAction("outreach.write", logReplySchema, async (input, { workspace, user }) => {
  const res = await logReply({ workspaceId: workspace.id, actorId: user.id, ...input });
  revalidatePath(outreachPath(workspace.slug), "layout");
  return res;
});

export const dismissFollowUpAction = workspaceAction("outreach.write", dismissFollowUpSchema, async (input, { workspace, user }) => {
  await dismissFollowUp({ workspaceId: workspace.id, actorId: user.id, messageId: input.messageId });
  revalidatePath(`${outreachPath(workspace.slug)}/follow-ups`);
  return { dismissed: true };
});

export const addNoteAction = workspaceAction("outreach.write", addNoteSchema, async (input, { workspace, user }) => {
  const res = await addNote({ workspaceId: workspace.id, actorId: user.id, ...input });
  revalidatePath(`/w/${workspace.slug}/influencers/${input.influencerId}`);
  return res;
});
