// Reads for the pages: a collaboration's links and codes (marketer and portal), and the workspace's
// links with their clicks.
import { db } from "../db";
import { shortUrl } from "./links";
import { isLive } from "./redirect-state";
import { clickStats, NO_CLICKS } from "./stats";

const LINK_SELECT = {
  id: true,
  code: true,
  destinationUrl: true,
  utmSource: true,
  utmMedium: true,
  utmCampaign: true,
  utmContent: true,
  paused: true,
  expiresAt: true,
  fallbackUrl: true,
  deliverableId: true,
  createdAt: true,
} as const;

export async function collaborationTracking(workspaceId: string, collaborationId: string) {
  const [links, codes] = await Promise.all([
    db.trackingLink.findMany({ where: { workspaceId, collaborationId }, select: LINK_SELECT, orderBy: { createdAt: "asc" } }),
    db.discountCode.findMany({
      where: { workspaceId, collaborationId },
      select: { id: true, code: true, description: true, cap: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const stats = await clickStats(
    workspaceId,
    links.map((l) => l.id),
  );
  const now = Date.now();
  return {
    links: links.map((l) => ({
      ...l,
      url: shortUrl(l.code),
      live: isLive(l, now),
      expiresAt: l.expiresAt?.toISOString() ?? null,
      createdAt: l.createdAt.toISOString(),
      clicks: stats.get(l.id) ?? NO_CLICKS,
    })),
    codes,
  };
}
export type CollaborationTracking = Awaited<ReturnType<typeof collaborationTracking>>;

/** Every link of the workspace, newest first, with its campaign, influencer and clicks (first 500). */
export async function workspaceLinks(workspaceId: string) {
  const links = await db.trackingLink.findMany({
    where: { workspaceId },
    select: {
      ...LINK_SELECT,
      collaboration: {
        select: { id: true, campaign: { select: { id: true, name: true } }, influencer: { select: { displayName: true } } },
      },
    },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
  const stats = await clickStats(
    workspaceId,
    links.map((l) => l.id),
  );
  const now = Date.now();
  return links.map((l) => ({
    id: l.id,
    code: l.code,
    url: shortUrl(l.code),
    destinationUrl: l.destinationUrl,
    live: isLive(l, now),
    paused: l.paused,
    expiresAt: l.expiresAt?.toISOString() ?? null,
    collaborationId: l.collaboration.id,
    campaignId: l.collaboration.campaign.id,
    campaignName: l.collaboration.campaign.name,
    influencerName: l.collaboration.influencer.displayName,
    clicks: stats.get(l.id) ?? NO_CLICKS,
  }));
}
