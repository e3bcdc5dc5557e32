// GET /api/w/:slug/influencers?q=…&platform=…&tier=…&sort=…&cursor=…: the roster search as JSON
// (same parameters as the page URL; see lib/influencers/search-schema.ts).
import { withWorkspace } from "@/lib/auth/with-workspace";
import { searchInfluencers } from "@/lib/influencers/search";
import { searchFromParams } from "@/lib/influencers/search-schema";

export const GET = withWorkspace("influencers.read", async (req, { workspace }) => {
  const url = new URL(req.url);
  const input = searchFromParams(url.searchParams);
  const limit = Number(url.searchParams.get("limit") ?? 50);
  const result = await searchInfluencers({
    workspaceId: workspace.id,
    ...input,
    limit: Number.isFinite(limit) ? Math.min(Math.max(limit, 1), 200) : 50,
  });
  return Response.json(result);
});
