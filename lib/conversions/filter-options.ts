// The choices of the Conversions page's filters: the workspace's campaigns and the influencers with
// a collaboration.
import { db } from "../db";

export async function conversionFilterOptions(workspaceId: string) {
  const [campaigns, influencers] = await Promise.all([
    db.campaign.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { createdAt: "desc" }, take: 300 }),
    db.influencer.findMany({
      where: { workspaceId, collaborations: { some: {} } },
      select: { id: true, displayName: true },
      orderBy: { displayName: "asc" },
      take: 500,
    }),
  ]);
  return { campaigns, influencers: influencers.map((i) => ({ id: i.id, name: i.displayName })) };
}
