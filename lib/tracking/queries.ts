// Reads for the pages: a collaboration's links and codes (marketer and portal). The Links page's
// list is lib/tracking/link-list.ts.
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
