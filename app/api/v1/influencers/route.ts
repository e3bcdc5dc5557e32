// GET /api/v1/influencers — the roster's search; POST — add an influencer (lib/influencers).
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";
import { createInfluencer } from "@/lib/influencers/crud";
import { prepareSearch, searchPage } from "@/lib/influencers/search";

export const GET = withApiKey(ops.listInfluencers, async ({ query: q }, { workspace }) => {
  const page = await searchPage(
    await prepareSearch({
      workspaceId: workspace.id,
      q: q.q,
      sort: q.sort,
      cursor: q.cursor,
      limit: q.limit,
      filters: {
        platforms: q.platform,
        tiers: q.tier,
        followersMin: q.followersMin,
        followersMax: q.followersMax,
        erMin: q.erMin,
        erMax: q.erMax,
        niches: q.niche,
        countries: q.country,
        languages: q.lang,
        tags: q.tag,
        listIds: q.list,
        risk: q.risk,
      },
    }),
  );
  return apiJson({
    data: page.rows.map((r) => ({
      id: r.id,
      displayName: r.displayName,
      platforms: r.platforms,
      followers: r.followers,
      engagementRate: r.engagementRate,
      tier: r.tier,
      riskLevel: r.riskLevel,
      niches: r.niches,
      country: r.country,
      tags: r.tags,
      createdAt: r.createdAt.toISOString(),
      accounts: r.accounts,
    })),
    nextCursor: page.nextCursor,
  });
});

export const POST = withApiKey(ops.createInfluencer, { crossSite: "bearerKey" }, async ({ body }, { workspace, actorId }) =>
  apiJson(await createInfluencer({ workspaceId: workspace.id, userId: actorId, input: body }), 201),
);
