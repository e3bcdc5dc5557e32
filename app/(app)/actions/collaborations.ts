"use server";

// Server actions for collaborations: adding influencers, terms, invite links, brand moves, replies.
import { revalidatePath } from "next/cache";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { addInfluencers } from "@/lib/collaborations/add";
import { brandTransition } from "@/lib/collaborations/brand-transitions";
import { issueInvite, revokeInvite } from "@/lib/collaborations/invite";
import { searchRoster } from "@/lib/collaborations/picker";
import { quickAddInfluencer } from "@/lib/collaborations/quick-add";
import { replyToInfluencer } from "@/lib/collaborations/review";
import {
  addInfluencersSchema,
  brandMessageSchema,
  brandTransitionSchema,
  collaborationIdSchema,
  issueInviteSchema,
  quickAddInfluencerSchema,
  searchRosterSchema,
  updateCollaborationSchema,
} from "@/lib/collaborations/schemas";
import { updateCollaboration } from "@/lib/collaborations/update";

const compensationOf = (i: {
  compensationType: "cash" | "product" | "product_plus_cash" | "commission";
  fee: number | null;
  productDescription: string | null;
  commissionPct: number | null;
}) => ({
  compensationType: i.compensationType,
  fee: i.fee,
  productDescription: i.productDescription,
  commissionPct: i.commissionPct,
});

export const searchRosterAction = workspaceAction("campaigns.write", searchRosterSchema, async (input, { workspace }) =>
  searchRoster({ workspaceId: workspace.id, campaignId: input.campaignId, q: input.q }),
);

export const addInfluencersAction = workspaceAction("campaigns.write", addInfluencersSchema, async (input, { workspace, user }) => {
  const res = await addInfluencers({
    workspaceId: workspace.id,
    actorId: user.id,
    campaignId: input.campaignId,
    influencerIds: input.influencerIds,
    listId: input.listId,
    compensation: compensationOf(input),
  });
  revalidatePath(`/w/${workspace.slug}/campaigns/${input.campaignId}`);
  return res;
});

export const quickAddInfluencerAction = workspaceAction("campaigns.write", quickAddInfluencerSchema, async (input, { workspace, user }) => {
  const res = await quickAddInfluencer({
    workspaceId: workspace.id,
    actorId: user.id,
    campaignId: input.campaignId,
    displayName: input.displayName,
    platform: input.platform,
    handle: input.handle,
    followers: input.followers,
    email: input.email,
    compensation: compensationOf(input),
  });
  revalidatePath(`/w/${workspace.slug}/campaigns/${input.campaignId}`);
  return res;
});

export const updateCollaborationAction = workspaceAction(
  "campaigns.write",
  updateCollaborationSchema,
  async (input, { workspace, user }) => {
    await updateCollaboration({
      workspaceId: workspace.id,
      actorId: user.id,
      collaborationId: input.collaborationId,
      deliverables: input.deliverables,
      compensation: compensationOf(input),
    });
    return { saved: true };
  },
);

export const issueInviteAction = workspaceAction("campaigns.write", issueInviteSchema, async (input, { workspace, user }) =>
  issueInvite({
    workspaceId: workspace.id,
    actorId: user.id,
    collaborationId: input.collaborationId,
    expiresInDays: input.expiresInDays,
    email: input.email,
  }),
);

export const revokeInviteAction = workspaceAction("campaigns.write", collaborationIdSchema, async (input, { workspace, user }) => {
  await revokeInvite({ workspaceId: workspace.id, actorId: user.id, collaborationId: input.collaborationId });
  return { revoked: true };
});

export const collaborationTransitionAction = workspaceAction(
  "campaigns.write",
  brandTransitionSchema,
  async (input, { workspace, user }) => {
    await brandTransition({
      workspaceId: workspace.id,
      actorId: user.id,
      collaborationId: input.collaborationId,
      to: input.to,
      note: input.note,
    });
    return { status: input.to };
  },
);

export const replyToInfluencerAction = workspaceAction("campaigns.write", brandMessageSchema, async (input, { workspace, user }) => {
  await replyToInfluencer({ workspaceId: workspace.id, actorId: user.id, collaborationId: input.collaborationId, body: input.body });
  return { sent: true };
});
