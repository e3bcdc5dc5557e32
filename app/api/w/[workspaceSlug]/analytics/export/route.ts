// GET /api/w/:slug/analytics/export?range=&from=&to=: the Analytics page's figures as CSV — the
// period's total, by campaign, platform and tier, and every creator.
import { resolveRange } from "@/lib/analytics/range";
import { workspaceAnalytics, workspaceAnalyticsCsv, workspaceCreators } from "@/lib/analytics/workspace";
import { withWorkspace } from "@/lib/auth/with-workspace";

export const GET = withWorkspace("analytics.read", async (req, { workspace }) => {
  const q = new URL(req.url).searchParams;
  const range = resolveRange(
    { range: q.get("range") ?? undefined, from: q.get("from") ?? undefined, to: q.get("to") ?? undefined },
    workspace.timeZone,
  );
  const opts = { workspaceId: workspace.id, timeZone: workspace.timeZone, range };
  const [analytics, creators] = await Promise.all([workspaceAnalytics({ ...opts, campaigns: "all" }), workspaceCreators(opts)]);
  return new Response(workspaceAnalyticsCsv(analytics, creators), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="analytics-${range.from}-${range.to}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
