// GET /api/w/:slug/campaigns/:campaignId/results/export?sort=&dir=&from=&to=: the Results tab's
// per-creator table as CSV, in the order shown. Another workspace's campaign is a 404.
import { loadCampaignResults } from "@/lib/analytics/campaign";
import { creatorsCsv, parseCreatorSort, sortCreators } from "@/lib/analytics/creators-table";
import { withWorkspace } from "@/lib/auth/with-workspace";

export const dynamic = "force-dynamic";

export const GET = withWorkspace<{ workspaceSlug: string; campaignId: string }>("analytics.read", async (req, { workspace, params }) => {
  const q = new URL(req.url).searchParams;
  const results = await loadCampaignResults({
    workspaceId: workspace.id,
    campaignId: params.campaignId,
    timeZone: workspace.timeZone,
    from: q.get("from") ?? undefined,
    to: q.get("to") ?? undefined,
  });
  const { key, dir } = parseCreatorSort({ sort: q.get("sort") ?? undefined, dir: q.get("dir") ?? undefined });
  const csv = creatorsCsv(sortCreators(results.creators, key, dir));
  const name =
    results.campaign.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "campaign";
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}-creators-${results.period.to}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
