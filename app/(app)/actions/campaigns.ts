"use server";

// Server actions for campaigns and their briefs.
import { revalidatePath } from "next/cache";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { saveBrief, sendBrief } from "@/lib/campaigns/brief";
import { createCampaign, setCampaignStatus, updateCampaign } from "@/lib/campaigns/crud";
import { briefInputSchema, createCampaignSchema, setCampaignStatusSchema, updateCampaignSchema } from "@/lib/campaigns/schemas";

const campaignPath = (slug: string, id?: string) => `/w/${slug}/campaigns${id ? `/${id}` : ""}`;

export const createCampaignAction = workspaceAction("campaigns.write", createCampaignSchema, async (input, { workspace, user }) => {
  const c = await createCampaign({ workspaceId: workspace.id, actorId: user.id, input });
  revalidatePath(campaignPath(workspace.slug));
  return { campaignId: c.id };
});

export const updateCampaignAction = workspaceAction("campaigns.write", updateCampaignSchema, async (input, { workspace, user }) => {
  const { campaignId, ...fields } = input;
  await updateCampaign({ workspaceId: workspace.id, actorId: user.id, campaignId, input: fields });
  revalidatePath(campaignPath(workspace.slug, campaignId));
  return { saved: true };
});

export const setCampaignStatusAction = workspaceAction("campaigns.write", setCampaignStatusSchema, async (input, { workspace, user }) => {
  await setCampaignStatus({ workspaceId: workspace.id, actorId: user.id, campaignId: input.campaignId, status: input.status });
  revalidatePath(campaignPath(workspace.slug, input.campaignId));
  return { status: input.status };
});

export const saveBriefAction = workspaceAction("campaigns.write", briefInputSchema, async (input, { workspace, user }) => {
  return saveBrief({ workspaceId: workspace.id, actorId: user.id, campaignId: input.campaignId, brief: input.brief });
});

export const sendBriefAction = workspaceAction("campaigns.write", briefInputSchema, async (input, { workspace, user }) => {
  const res = await sendBrief({ workspaceId: workspace.id, actorId: user.id, campaignId: input.campaignId, brief: input.brief });
  revalidatePath(campaignPath(workspace.slug, input.campaignId));
  return res;
});
