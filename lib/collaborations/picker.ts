// The roster picker on a campaign: search by name or handle, and the lists to add whole.
import { db } from "../db";
import { campaignForWrite } from "./add";

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
