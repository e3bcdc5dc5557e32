// Cross-tenant cases: the Analytics page with a custom range (its default range is a case in
// workspaces.ts) and its CSV export.
import { page, route } from "../harness";

export const cases = [
  page("app/(app)/w/[workspaceSlug]/analytics/page.tsx (custom range)", () => ({
    searchParams: { range: "custom", from: "2020-01-01", to: "2030-12-31" },
  })),
  route("app/api/w/[workspaceSlug]/analytics/export/route.ts GET"),
  route("app/api/w/[workspaceSlug]/analytics/export/route.ts GET (all time)", () => ({ query: "?range=all" })),
];
