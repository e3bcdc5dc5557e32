// Collaborations on the brand side: who joins a campaign (from the roster, a list, or a quick-add),
// their deliverables and compensation, the brand's status moves, and the roster picker's search.
import type { z } from "zod";

import { briefSchema } from "../briefs";
import type { compensationSchema } from "../campaigns/schemas";
import { db } from "../db";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { normalizeHandle } from "../influencers/import";
import { toMinorUnits } from "../metrics";
import type { DeliverableType, Platform } from "../vocabulary";
import { recordAudit, recordAudits } from "../workspaces/audit";
import { isCollaborationStatus, type CollaborationStatus } from "./status";
import { applyTransition } from "./transition";

type Compensation = z.output<typeof compensationSchema>;

function compensationData(c: Compensation, currency: string) {
  return {
    compensationType: c.compensationType,
    feeMinor: c.fee === null ? null : BigInt(toMinorUnits(c.fee, currency)),
    currency,
    productDescription: c.productDescription,
    commissionPct: c.commissionPct,
  };
}

async function campaignForWrite(workspaceId: string, campaignId: string) {
  const c = await db.campaign.findUnique({
    where: { workspaceId_id: { workspaceId, id: campaignId } },
    select: { id: true, currency: true, brief: true },
  });
  if (!c) throw new AppError("NOT_FOUND", "Campaign not found.");
  return c;
}

async function createCollaborations(
  tx: Prisma.TransactionClient,
  opts: {
    workspaceId: string;
    actorId: string;
    campaign: { id: string; currency: string; brief: unknown };
    influencerIds: string[];
    compensation: Compensation;
  },
) {
  const brief = briefSchema.safeParse(opts.campaign.brief);
  const deliverables = (brief.success ? brief.data.deliverables : []).filter((d) => d.count >= 1);
  const existing = await tx.collaboration.findMany({
    where: { workspaceId: opts.workspaceId, campaignId: opts.campaign.id, influencerId: { in: opts.influencerIds } },
    select: { influencerId: true },
  });
  const skip = new Set(existing.map((e) => e.influencerId));
  const fresh = opts.influencerIds.filter((id) => !skip.has(id));
  if (!fresh.length) return { created: 0, skipped: skip.size, collaborationIds: [] as string[] };
  // Batch inserts (a list can hold hundreds of influencers): four queries, not four per influencer.
  const rows = await tx.collaboration.createManyAndReturn({
    data: fresh.map((influencerId) => ({
      workspaceId: opts.workspaceId,
      campaignId: opts.campaign.id,
      influencerId,
      status: "invited" as const,
      ...compensationData(opts.compensation, opts.campaign.currency),
    })),
    select: { id: true, influencerId: true },
  });
  const idOf = new Map(rows.map((r) => [r.influencerId, r.id]));
  const created = fresh.map((influencerId) => ({ influencerId, id: idOf.get(influencerId)! }));
  if (deliverables.length) {
    await tx.deliverable.createMany({
      data: created.flatMap((collab) =>
        deliverables.map((d, position) => ({
          workspaceId: opts.workspaceId,
          collaborationId: collab.id,
          type: d.type,
          platform: d.platform,
          count: d.count,
          dueDate: d.dueDate ? new Date(`${d.dueDate}T00:00:00Z`) : null,
          position,
        })),
      ),
    });
  }
  await tx.statusChange.createMany({
    data: created.map((c) => ({
      workspaceId: opts.workspaceId,
      collaborationId: c.id,
      fromStatus: null,
      toStatus: "invited" as const,
      actorType: "brand",
      actorId: opts.actorId,
    })),
  });
  await recordAudits(
    tx,
    created.map((c) => ({
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: "collaboration.created",
      targetType: "collaboration",
      targetId: c.id,
      metadata: { campaignId: opts.campaign.id, influencerId: c.influencerId },
    })),
  );
  return { created: created.length, skipped: skip.size, collaborationIds: created.map((c) => c.id) };
}

/** Adds roster influencers (by id, and/or every member of a list) to a campaign. Foreign ids → NOT_FOUND. */
export async function addInfluencers(opts: {
  workspaceId: string;
  actorId: string;
  campaignId: string;
  influencerIds: string[];
  listId?: string;
  compensation: Compensation;
}) {
  const campaign = await campaignForWrite(opts.workspaceId, opts.campaignId);
  const ids = new Set(opts.influencerIds);
  if (opts.listId) {
    const list = await db.influencerList.findUnique({
      where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.listId } },
      select: { id: true },
    });
    if (!list) throw new AppError("NOT_FOUND", "List not found.");
    const members = await db.listMember.findMany({
      where: { workspaceId: opts.workspaceId, listId: opts.listId },
      select: { influencerId: true },
    });
    for (const m of members) ids.add(m.influencerId);
  }
  const found = await db.influencer.findMany({ where: { workspaceId: opts.workspaceId, id: { in: [...ids] } }, select: { id: true } });
  if (found.length !== ids.size) throw new AppError("NOT_FOUND", "Influencer not found.");
  if (ids.size === 0) throw new AppError("BAD_REQUEST", "That list has no influencers yet.");
  return db.$transaction((tx) =>
    createCollaborations(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      campaign,
      influencerIds: [...ids],
      compensation: opts.compensation,
    }),
  );
}

/** Creates an influencer (and their account) from a name + handle, then adds them to the campaign. */
export async function quickAddInfluencer(opts: {
  workspaceId: string;
  actorId: string;
  campaignId: string;
  displayName: string;
  platform: "instagram" | "tiktok" | "youtube" | "twitter" | "facebook" | "twitch" | "pinterest" | "blog";
  handle: string;
  email: string | null;
  compensation: Compensation;
}) {
  const campaign = await campaignForWrite(opts.workspaceId, opts.campaignId);
  const norm = normalizeHandle(opts.handle, opts.platform);
  if (!norm.ok) throw new AppError("BAD_REQUEST", `Handle ${norm.error}.`, { fieldErrors: { handle: [`This handle ${norm.error}`] } });
  const platform = norm.platform ?? opts.platform;
  return db.$transaction(async (tx) => {
    const account = await tx.socialAccount.findUnique({
      where: { workspaceId_platform_handle: { workspaceId: opts.workspaceId, platform, handle: norm.handle } },
      select: { influencerId: true },
    });
    let influencerId = account?.influencerId;
    if (!influencerId) {
      const inf = await tx.influencer.create({
        data: {
          workspaceId: opts.workspaceId,
          displayName: opts.displayName,
          email: opts.email,
          platforms: [platform],
          ownerId: opts.actorId,
          searchText: [opts.displayName, norm.handle, opts.email ?? ""].join(" ").toLowerCase(),
        },
        select: { id: true },
      });
      await tx.socialAccount.create({
        data: { workspaceId: opts.workspaceId, influencerId: inf.id, platform, handle: norm.handle, url: norm.url },
      });
      await recordAudit(tx, {
        workspaceId: opts.workspaceId,
        actorId: opts.actorId,
        action: "influencer.created",
        targetType: "influencer",
        targetId: inf.id,
        metadata: { via: "campaign quick-add" },
      });
      influencerId = inf.id;
    }
    return createCollaborations(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      campaign,
      influencerIds: [influencerId],
      compensation: opts.compensation,
    });
  });
}

/** Roster search for the picker: name or handle contains `q`; those already in the campaign are flagged. */
export async function searchRoster(opts: { workspaceId: string; campaignId: string; q: string }) {
  await campaignForWrite(opts.workspaceId, opts.campaignId);
  const q = opts.q.trim();
  const rows = await db.influencer.findMany({
    where: {
      workspaceId: opts.workspaceId,
      ...(q
        ? {
            OR: [
              { displayName: { contains: q, mode: "insensitive" as const } },
              { accounts: { some: { handle: { contains: q.replace(/^@/, "").toLowerCase() } } } },
            ],
          }
        : {}),
    },
    orderBy: [{ followers: "desc" }, { id: "asc" }],
    take: 20,
    select: {
      id: true,
      displayName: true,
      followers: true,
      tier: true,
      accounts: { select: { platform: true, handle: true }, take: 3 },
      collaborations: { where: { campaignId: opts.campaignId }, select: { id: true } },
    },
  });
  const lists = await db.influencerList.findMany({
    where: { workspaceId: opts.workspaceId },
    orderBy: { name: "asc" },
    take: 50,
    select: { id: true, name: true, _count: { select: { members: true } } },
  });
  return {
    influencers: rows.map((r) => ({
      id: r.id,
      displayName: r.displayName,
      followers: r.followers,
      tier: r.tier,
      accounts: r.accounts,
      inCampaign: r.collaborations.length > 0,
    })),
    lists: lists.map((l) => ({ id: l.id, name: l.name, members: l._count.members })),
  };
}

/** Replaces deliverables and compensation. Only before content is approved. */
export async function updateCollaboration(opts: {
  workspaceId: string;
  actorId: string;
  collaborationId: string;
  deliverables: { type: DeliverableType; platform: Platform | null; count: number; dueDate: string | null }[];
  compensation: Compensation;
}) {
  const c = await db.collaboration.findUnique({
    where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.collaborationId } },
    select: { status: true, currency: true },
  });
  if (!c) throw new AppError("NOT_FOUND", "Collaboration not found.");
  if (!["invited", "accepted", "drafting"].includes(c.status))
    throw new AppError("CONFLICT", "Deliverables and fees are fixed once content is in review.");
  await db.$transaction(async (tx) => {
    const hasDrafts = await tx.contentDraft.count({ where: { workspaceId: opts.workspaceId, collaborationId: opts.collaborationId } });
    if (hasDrafts) throw new AppError("CONFLICT", "Drafts exist for these deliverables; they can no longer be replaced.");
    await tx.deliverable.deleteMany({ where: { workspaceId: opts.workspaceId, collaborationId: opts.collaborationId } });
    await tx.deliverable.createMany({
      data: opts.deliverables.map((d, position) => ({
        workspaceId: opts.workspaceId,
        collaborationId: opts.collaborationId,
        type: d.type,
        platform: d.platform,
        count: d.count,
        dueDate: d.dueDate ? new Date(`${d.dueDate}T00:00:00Z`) : null,
        position,
      })),
    });
    await tx.collaboration.updateMany({
      where: { workspaceId: opts.workspaceId, id: opts.collaborationId },
      data: compensationData(opts.compensation, c.currency),
    });
    await recordAudit(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: "collaboration.updated",
      targetType: "collaboration",
      targetId: opts.collaborationId,
    });
  });
}

const BRAND_MOVES: CollaborationStatus[] = ["drafting", "completed", "cancelled"];

/** The brand's own moves: open drafting, mark completed, cancel. */
export async function brandTransition(opts: {
  workspaceId: string;
  actorId: string;
  collaborationId: string;
  to: CollaborationStatus;
  note?: string;
}) {
  if (!BRAND_MOVES.includes(opts.to)) throw new AppError("BAD_REQUEST", "Use the review queue to approve or request changes.");
  await db.$transaction(async (tx) => {
    const c = await tx.collaboration.findUnique({
      where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.collaborationId } },
      select: { status: true },
    });
    if (!c || !isCollaborationStatus(c.status)) throw new AppError("NOT_FOUND", "Collaboration not found.");
    const revoke = opts.to === "cancelled" ? { inviteRevokedAt: new Date() } : undefined;
    await applyTransition(tx, {
      workspaceId: opts.workspaceId,
      collaborationId: opts.collaborationId,
      from: c.status,
      to: opts.to,
      actor: "brand",
      actorId: opts.actorId,
      note: opts.note,
      data: revoke,
    });
  });
}
