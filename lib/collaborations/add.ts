// Adding influencers to a campaign: from the roster by id, and every member of a list. The batch
// insert (collaborations, the brief's deliverables, status history, audit) is shared with quick-add.
import { briefSchema } from "../briefs";
import { db } from "../db";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { recordAudits } from "../workspaces/audit";
import { compensationData, type Compensation } from "./compensation";

/** The campaign, when it is this workspace's; NOT_FOUND otherwise. */
export async function campaignForWrite(workspaceId: string, campaignId: string) {
  const c = await db.campaign.findUnique({
    where: { workspaceId_id: { workspaceId, id: campaignId } },
    select: { id: true, currency: true, brief: true },
  });
  if (!c) throw new AppError("NOT_FOUND", "Campaign not found.");
  return c;
}

export async function createCollaborations(
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
