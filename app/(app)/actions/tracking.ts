"use server";

// Server actions for tracking links, discount codes, campaign link defaults and the destination allowlist.
import { revalidatePath } from "next/cache";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { createDiscountCode, deleteDiscountCode } from "@/lib/tracking/discount-codes";
import { createLink, deleteLink, saveAllowedDomains, saveTrackingDefaults, setLinkExpiry, setLinkPaused } from "@/lib/tracking/links";
import {
  allowedDomainsSchema,
  createDiscountCodeSchema,
  createLinkSchema,
  discountCodeIdSchema,
  linkIdSchema,
  setLinkExpirySchema,
  setLinkPausedSchema,
  trackingDefaultsSchema,
} from "@/lib/tracking/schemas";

// Every campaign, collaboration and links page of the workspace may show the change.
const refresh = (slug: string) => revalidatePath(`/w/${slug}`, "layout");

export const createLinkAction = workspaceAction("campaigns.write", createLinkSchema, async (input, { workspace, user }) => {
  const res = await createLink({ workspaceId: workspace.id, actorId: user.id, input });
  refresh(workspace.slug);
  return res;
});

export const setLinkPausedAction = workspaceAction("campaigns.write", setLinkPausedSchema, async (input, { workspace, user }) => {
  const res = await setLinkPaused({ workspaceId: workspace.id, actorId: user.id, linkId: input.linkId, paused: input.paused });
  refresh(workspace.slug);
  return res;
});

export const setLinkExpiryAction = workspaceAction("campaigns.write", setLinkExpirySchema, async (input, { workspace, user }) => {
  const res = await setLinkExpiry({ workspaceId: workspace.id, actorId: user.id, ...input });
  refresh(workspace.slug);
  return res;
});

export const deleteLinkAction = workspaceAction("campaigns.write", linkIdSchema, async (input, { workspace, user }) => {
  const res = await deleteLink({ workspaceId: workspace.id, actorId: user.id, linkId: input.linkId });
  refresh(workspace.slug);
  return res;
});

export const saveTrackingDefaultsAction = workspaceAction("campaigns.write", trackingDefaultsSchema, async (input, { workspace, user }) => {
  const res = await saveTrackingDefaults({ workspaceId: workspace.id, actorId: user.id, input });
  refresh(workspace.slug);
  return res;
});

export const saveAllowedDomainsAction = workspaceAction("workspace.update", allowedDomainsSchema, async (input, { workspace, user }) => {
  const res = await saveAllowedDomains({ workspaceId: workspace.id, actorId: user.id, domains: input.domains });
  refresh(workspace.slug);
  return res;
});

export const createDiscountCodeAction = workspaceAction("campaigns.write", createDiscountCodeSchema, async (input, { workspace, user }) => {
  const res = await createDiscountCode({ workspaceId: workspace.id, actorId: user.id, input });
  refresh(workspace.slug);
  return res;
});

export const deleteDiscountCodeAction = workspaceAction("campaigns.write", discountCodeIdSchema, async (input, { workspace, user }) => {
  const res = await deleteDiscountCode({ workspaceId: workspace.id, actorId: user.id, discountCodeId: input.discountCodeId });
  refresh(workspace.slug);
  return res;
});
