-- The additive money rule (README "Analytics over millions of snapshots"): each post with metrics
-- holds 1 / collabPosts of its collaboration's fee, net revenue and orders, and WorkspaceMoneyDaily
-- pre-sums those shares per day, campaign, platform, tier and currency, so the workspace Analytics
-- page reads money from days x groups rows. Existing rows are backfilled as
-- lib/analytics/rollup-write.ts rebuildRollupsSql computes them.

-- AlterTable
ALTER TABLE "PostLatestMetric" ADD COLUMN     "collabPosts" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "firstInTier" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "firstOfCollab" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "firstOnPlatform" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "WorkspaceMoneyDaily" (
    "workspaceId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "campaignId" TEXT NOT NULL,
    "platform" "SocialPlatform" NOT NULL,
    "tier" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "posts" INTEGER NOT NULL,
    "nCost" INTEGER NOT NULL,
    "nMoney" INTEGER NOT NULL,
    "costMinor" DECIMAL NOT NULL,
    "revenueMinor" DECIMAL NOT NULL,
    "orders" DECIMAL NOT NULL,
    "collabs" INTEGER NOT NULL,
    "collabsOnPlatform" INTEGER NOT NULL,
    "collabsInTier" INTEGER NOT NULL,

    CONSTRAINT "WorkspaceMoneyDaily_pkey" PRIMARY KEY ("workspaceId","day","campaignId","platform","tier","currency")
);

-- CreateIndex
CREATE INDEX "PostLatestMetric_workspaceId_collaborationId_idx" ON "PostLatestMetric"("workspaceId", "collaborationId");

-- AddForeignKey
ALTER TABLE "WorkspaceMoneyDaily" ADD CONSTRAINT "WorkspaceMoneyDaily_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: each collaboration's share divisor and first posts, then the money rows.
UPDATE "PostLatestMetric" l SET "collabPosts" = x.n, "firstOfCollab" = x.f, "firstOnPlatform" = x.fp, "firstInTier" = x.ft
FROM (
  SELECT p."workspaceId", p."postId", (count(*) OVER (PARTITION BY p."workspaceId", p."collaborationId"))::int AS n,
         row_number() OVER (PARTITION BY p."workspaceId", p."collaborationId" ORDER BY p."liveAt", p."postId" COLLATE "C") = 1 AS f,
         row_number() OVER (PARTITION BY p."workspaceId", p."collaborationId", p.platform ORDER BY p."liveAt", p."postId" COLLATE "C") = 1 AS fp,
         row_number() OVER (PARTITION BY p."workspaceId", p."collaborationId", p.tier ORDER BY p."liveAt", p."postId" COLLATE "C") = 1 AS ft
  FROM "PostLatestMetric" p
) x
WHERE l."workspaceId" = x."workspaceId" AND l."postId" = x."postId";

INSERT INTO "WorkspaceMoneyDaily" ("workspaceId", day, "campaignId", platform, tier, currency, posts, "nCost", "nMoney",
  "costMinor", "revenueMinor", orders, collabs, "collabsOnPlatform", "collabsInTier")
SELECT l."workspaceId", l."liveDay", l."campaignId", l.platform, l.tier, l."collabCurrency",
       count(*)::int, count(l."collabFeeMinor")::int,
       (count(*) FILTER (WHERE l."collabFeeMinor" IS NOT NULL OR l."collabHasRevenue"))::int,
       coalesce(sum(l."collabFeeMinor"::numeric / l."collabPosts"), 0),
       coalesce(sum(l."collabRevenueMinor"::numeric / l."collabPosts"), 0),
       coalesce(sum(l."collabOrders"::numeric / l."collabPosts"), 0),
       (count(*) FILTER (WHERE l."firstOfCollab"))::int, (count(*) FILTER (WHERE l."firstOnPlatform"))::int,
       (count(*) FILTER (WHERE l."firstInTier"))::int
FROM "PostLatestMetric" l
GROUP BY l."workspaceId", l."liveDay", l."campaignId", l.platform, l.tier, l."collabCurrency";
