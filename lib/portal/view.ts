// Everything the portal page shows for one collaboration, loaded by the gate's context only.
import { briefSchema, diffBriefs, emptyBrief, type Brief } from "../briefs";
import { brandNameOf } from "../campaigns/crud";
import { db } from "../db";
import { AppError } from "../errors";
import { compensationView, DRAFT_SELECT, groupDraftsByDeliverable, isoDate } from "./drafts-view";
import type { PortalContext } from "./gate";

async function briefAt(ctx: PortalContext, version: number): Promise<Brief | null> {
  if (version < 1) return null;
  const v = await db.briefVersion.findUnique({
    where: { workspaceId_campaignId_version: { workspaceId: ctx.workspaceId, campaignId: ctx.campaignId, version } },
    select: { content: true },
  });
  if (!v) return null;
  const p = briefSchema.safeParse(v.content);
  return p.success ? p.data : emptyBrief();
}

export async function loadPortal(ctx: PortalContext) {
  const c = await db.collaboration.findUnique({
    where: { workspaceId_id: { workspaceId: ctx.workspaceId, id: ctx.collaborationId } },
    select: {
      status: true,
      compensationType: true,
      feeMinor: true,
      currency: true,
      productDescription: true,
      commissionPct: true,
      briefVersionSeen: true,
      declineReason: true,
      inviteExpiresAt: true,
      influencer: { select: { displayName: true } },
      campaign: {
        select: {
          workspace: { select: { name: true } },
          name: true,
          hashtag: true,
          brandHandles: true,
          approvedClaims: true,
          jurisdiction: true,
          startDate: true,
          endDate: true,
          briefVersion: true,
        },
      },
      deliverables: {
        orderBy: { position: "asc" },
        select: { id: true, type: true, platform: true, count: true, dueDate: true, liveUrl: true },
      },
      messages: { orderBy: { createdAt: "asc" }, take: 200, select: { id: true, author: true, body: true, createdAt: true } },
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "This link is no longer valid.");
  const drafts = await db.contentDraft.findMany({
    where: { workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId },
    orderBy: [{ deliverableId: "asc" }, { version: "desc" }],
    select: DRAFT_SELECT,
  });
  const byDeliverable = groupDraftsByDeliverable(drafts);
  const current = c.campaign.briefVersion;
  const seen = c.briefVersionSeen ?? 0;
  const [brief, seenBrief, brandName] = await Promise.all([
    briefAt(ctx, current),
    seen > 0 && seen < current ? briefAt(ctx, seen) : null,
    brandNameOf(ctx.workspaceId),
  ]);
  const changes = brief && seenBrief ? diffBriefs(seenBrief, brief) : [];
  const brand = brandName || c.campaign.workspace.name;
  return {
    brandName: brand,
    influencerName: c.influencer.displayName,
    status: c.status,
    declineReason: c.declineReason,
    linkExpiresAt: c.inviteExpiresAt?.toISOString() ?? null,
    campaign: {
      name: c.campaign.name,
      hashtag: c.campaign.hashtag,
      brandHandles: c.campaign.brandHandles,
      approvedClaims: c.campaign.approvedClaims,
      jurisdiction: c.campaign.jurisdiction === "UK" ? ("UK" as const) : ("US" as const),
      startDate: isoDate(c.campaign.startDate),
      endDate: isoDate(c.campaign.endDate),
    },
    brief,
    briefVersion: current,
    briefChanges: { since: seen, changes },
    compensation: compensationView(c),
    deliverables: c.deliverables.map((d) => ({ ...d, dueDate: isoDate(d.dueDate), drafts: byDeliverable.get(d.id) ?? [] })),
    messages: c.messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
  };
}
export type PortalView = Awaited<ReturnType<typeof loadPortal>>;
