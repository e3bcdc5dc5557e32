// Read models for the brand side: a campaign's collaborations, and one collaboration in full.
import { compensationFee } from "../campaigns/compensation";
import { db } from "../db";
import { AppError } from "../errors";
import { afterKeyset, type Keyset } from "../pagination";
import { compensationView, DRAFT_SELECT, groupDraftsByDeliverable, isoDate, moneyOf } from "../portal/drafts-view";
import { inviteState } from "./invite";

/** Oldest first; `page` (the public API's keyset) reads `take` rows after `after`. */
export async function listCampaignCollaborations(workspaceId: string, campaignId: string, page?: { after: Keyset | null; take: number }) {
  const rows = await db.collaboration.findMany({
    where: { workspaceId, campaignId, ...afterKeyset("createdAt", page?.after ?? null, "asc") },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...(page ? { take: page.take } : {}),
    select: {
      id: true,
      createdAt: true,
      status: true,
      compensationType: true,
      feeMinor: true,
      currency: true,
      inviteTokenHash: true,
      inviteExpiresAt: true,
      inviteRevokedAt: true,
      influencer: { select: { id: true, displayName: true, email: true, accounts: { select: { platform: true, handle: true }, take: 2 } } },
      deliverables: {
        orderBy: { position: "asc" },
        select: { id: true, type: true, platform: true, count: true, dueDate: true, liveUrl: true },
      },
      _count: { select: { drafts: true, messages: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    status: r.status,
    compensationType: r.compensationType,
    fee: moneyOf(compensationFee(r.compensationType, r.feeMinor), r.currency),
    currency: r.currency,
    invite: inviteState(r),
    inviteExpiresAt: r.inviteExpiresAt?.toISOString() ?? null,
    influencer: {
      id: r.influencer.id,
      displayName: r.influencer.displayName,
      hasEmail: Boolean(r.influencer.email),
      accounts: r.influencer.accounts,
    },
    deliverables: r.deliverables.map((d) => ({ ...d, dueDate: isoDate(d.dueDate) })),
    drafts: r._count.drafts,
    messages: r._count.messages,
  }));
}
export type CollaborationRow = Awaited<ReturnType<typeof listCampaignCollaborations>>[number];

export async function getCollaborationDetail(workspaceId: string, collaborationId: string) {
  const c = await db.collaboration.findUnique({
    where: { workspaceId_id: { workspaceId, id: collaborationId } },
    select: {
      id: true,
      campaignId: true,
      status: true,
      compensationType: true,
      feeMinor: true,
      currency: true,
      productDescription: true,
      commissionPct: true,
      declineReason: true,
      briefVersionSeen: true,
      inviteTokenHash: true,
      inviteExpiresAt: true,
      inviteRevokedAt: true,
      campaign: { select: { name: true, briefVersion: true, approvedClaims: true, jurisdiction: true } },
      influencer: {
        select: { id: true, displayName: true, email: true, accounts: { select: { platform: true, handle: true, url: true } } },
      },
      deliverables: {
        orderBy: { position: "asc" },
        select: { id: true, type: true, platform: true, count: true, dueDate: true, liveUrl: true },
      },
      messages: {
        orderBy: { createdAt: "asc" },
        take: 200,
        select: { id: true, author: true, authorUserId: true, body: true, createdAt: true },
      },
      statusChanges: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fromStatus: true, toStatus: true, actorType: true, actorId: true, note: true, createdAt: true },
      },
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "Collaboration not found.");
  const drafts = await db.contentDraft.findMany({
    where: { workspaceId, collaborationId },
    orderBy: [{ version: "desc" }],
    select: DRAFT_SELECT,
  });
  const byDeliverable = groupDraftsByDeliverable(drafts);
  const userIds = [
    ...new Set([...c.statusChanges.map((s) => s.actorId), ...c.messages.map((m) => m.authorUserId)].filter((x): x is string => Boolean(x))),
  ];
  // Names only of people who are members of this workspace.
  const users = userIds.length
    ? await db.membership.findMany({
        where: { workspaceId, userId: { in: userIds } },
        select: { user: { select: { id: true, name: true, email: true } } },
      })
    : [];
  const nameOf = new Map(users.map((u) => [u.user.id, u.user.name ?? u.user.email]));
  return {
    id: c.id,
    campaignId: c.campaignId,
    campaignName: c.campaign.name,
    briefVersion: c.campaign.briefVersion,
    briefVersionSeen: c.briefVersionSeen,
    approvedClaims: c.campaign.approvedClaims,
    jurisdiction: c.campaign.jurisdiction,
    status: c.status,
    compensation: compensationView(c),
    declineReason: c.declineReason,
    invite: inviteState(c),
    inviteExpiresAt: c.inviteExpiresAt?.toISOString() ?? null,
    influencer: { ...c.influencer, accounts: c.influencer.accounts },
    deliverables: c.deliverables.map((d) => ({ ...d, dueDate: isoDate(d.dueDate), drafts: byDeliverable.get(d.id) ?? [] })),
    messages: c.messages.map((m) => ({
      id: m.id,
      author: m.author,
      authorName: m.authorUserId ? (nameOf.get(m.authorUserId) ?? "A former member") : null,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
    })),
    history: c.statusChanges.map((s) => ({
      id: s.id,
      from: s.fromStatus,
      to: s.toStatus,
      actorType: s.actorType,
      actorName:
        s.actorType === "influencer" ? c.influencer.displayName : s.actorId ? (nameOf.get(s.actorId) ?? "A former member") : "System",
      note: s.note,
      at: s.createdAt.toISOString(),
    })),
  };
}
export type CollaborationDetail = Awaited<ReturnType<typeof getCollaborationDetail>>;
