// What the campaign pages load before anything renders: the gate, then the record. Cached per
// request, so a page and its generateMetadata share one lookup; a missing record is notFound()
// before any streaming starts, so the answer is a real HTTP 404 titled by the nearest not-found.
import { notFound } from "next/navigation";
import { cache } from "react";

import type { Permission } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { getCampaign } from "@/lib/campaigns/crud";
import { getCollaborationDetail } from "@/lib/collaborations/queries";
import { AppError } from "@/lib/errors";

/** Pages turn a service's NOT_FOUND into Next's 404. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export const loadCampaignPage = cache(async (workspaceSlug: string, campaignId: string, permission: Permission) => {
  const ctx = await requireWorkspacePage(workspaceSlug, permission);
  return { ...ctx, campaign: await orNotFound(getCampaign(ctx.workspace.id, campaignId)) };
});

/** A collaboration is found only under its own campaign's URL. */
export const loadCollaborationPage = cache(async (workspaceSlug: string, campaignId: string, collaborationId: string) => {
  const ctx = await requireWorkspacePage(workspaceSlug, "campaigns.read");
  const collaboration = await orNotFound(getCollaborationDetail(ctx.workspace.id, collaborationId));
  if (collaboration.campaignId !== campaignId) notFound();
  return { ...ctx, collaboration };
});
