// GET /api/w/:slug/influencers?q=…&platform=…&tier=…&sort=…&cursor=…&limit=…: the roster search as
// JSON (same parameters as the page URL; see lib/influencers/search-schema.ts). Invalid or over-long
// parameters are left out and listed in "ignored".
import { withWorkspace } from "@/lib/auth/with-workspace";
import { searchInfluencers } from "@/lib/influencers/search";
import { readSearchParams } from "@/lib/influencers/search-schema";

export const GET = withWorkspace("influencers.read", async (req, { workspace }) => {
  const url = new URL(req.url);
  const { search, ignored } = readSearchParams(url.searchParams);
  const limit = Math.floor(Number(url.searchParams.get("limit") ?? 50));
  const result = await searchInfluencers({
    workspaceId: workspace.id,
    ...search,
    limit: Number.isFinite(limit) ? Math.min(Math.max(limit, 1), 200) : 50,
  });
  return Response.json({ ...result, ignored });
});
