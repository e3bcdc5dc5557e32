// Reads for the pages: a collaboration's links and codes (marketer and portal). The Links page's
// list is lib/tracking/link-list.ts.
import { db } from "../db";
import { afterKeyset, type Keyset } from "../pagination";
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

type Page = { after: Keyset | null; take: number };

/** A collaboration's tracking links with their clicks, oldest first; `page` is the public API's keyset. */
export async function listCollaborationLinks(workspaceId: string, collaborationId: string, page?: Page) {
  const links = await db.trackingLink.findMany({
    where: { workspaceId, collaborationId, ...afterKeyset("createdAt", page?.after ?? null, "asc") },
    select: LINK_SELECT,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...(page ? { take: page.take } : {}),
  });
  const stats = await clickStats(
    workspaceId,
    links.map((l) => l.id),
  );
  const now = Date.now();
  return links.map((l) => ({
    ...l,
    url: shortUrl(l.code),
    live: isLive(l, now),
    expiresAt: l.expiresAt?.toISOString() ?? null,
    createdAt: l.createdAt.toISOString(),
    clicks: stats.get(l.id) ?? NO_CLICKS,
  }));
}

/** A collaboration's discount codes, oldest first; `page` is the public API's keyset. */
export async function listCollaborationCodes(workspaceId: string, collaborationId: string, page?: Page) {
  return db.discountCode.findMany({
    where: { workspaceId, collaborationId, ...afterKeyset("createdAt", page?.after ?? null, "asc") },
    select: { id: true, code: true, description: true, cap: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...(page ? { take: page.take } : {}),
  });
}

export async function collaborationTracking(workspaceId: string, collaborationId: string) {
  const [links, codes] = await Promise.all([
    listCollaborationLinks(workspaceId, collaborationId),
    listCollaborationCodes(workspaceId, collaborationId),
  ]);
  return { links, codes: codes.map(({ createdAt: _c, ...c }) => c) };
}
export type CollaborationTracking = Awaited<ReturnType<typeof collaborationTracking>>;
