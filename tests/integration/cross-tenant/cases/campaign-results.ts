// Cross-tenant cases: a campaign's Results tab (with a sort, so the URL-driven table is covered) and
// its per-creator CSV export. B's campaign id from A's workspace is a 404 and shows nothing of B.
import { page, route } from "../harness";

export const cases = [
  page("app/(app)/w/[workspaceSlug]/campaigns/[campaignId]/results/page.tsx", (t) => ({ params: { campaignId: t.campaignId } })),
  page("app/(app)/w/[workspaceSlug]/campaigns/[campaignId]/results/page.tsx (sorted)", (t) => ({
    params: { campaignId: t.campaignId },
    searchParams: { sort: "err", dir: "asc" },
  })),
  route("app/api/w/[workspaceSlug]/campaigns/[campaignId]/results/export/route.ts GET", (t) => ({ params: { campaignId: t.campaignId } })),
  route("app/api/w/[workspaceSlug]/campaigns/[campaignId]/results/export/route.ts GET (range)", (t) => ({
    params: { campaignId: t.campaignId },
    query: "?from=2026-01-01&to=2026-12-31&sort=cost",
  })),
];
