-- CreateTable
CREATE TABLE "WorkspaceCreatorTotal" (
    "workspaceId" TEXT NOT NULL,
    "influencerId" TEXT NOT NULL,
    "posts" INTEGER NOT NULL,
    "reach" BIGINT NOT NULL,
    "nReach" INTEGER NOT NULL,
    "engagements" BIGINT NOT NULL,
    "costMinor" DECIMAL,
    "revenueMinor" DECIMAL NOT NULL,
    "currencyMin" TEXT,
    "currencyMax" TEXT,

    CONSTRAINT "WorkspaceCreatorTotal_pkey" PRIMARY KEY ("workspaceId","influencerId")
);

-- AddForeignKey
ALTER TABLE "WorkspaceCreatorTotal" ADD CONSTRAINT "WorkspaceCreatorTotal_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: each creator's totals over their latest rows (lib/analytics/rollup-write.ts creatorTotalsSql).
INSERT INTO "WorkspaceCreatorTotal" ("workspaceId", "influencerId", posts, reach, "nReach", engagements, "costMinor", "revenueMinor", "currencyMin", "currencyMax")
    SELECT l."workspaceId", l."collabInfluencerId", count(*)::int, coalesce(sum(l.reach), 0), count(l.reach)::int,
  coalesce(sum(coalesce(l.likes, 0)::bigint + coalesce(l.comments, 0) + coalesce(l.saves, 0)), 0),
  sum(l."collabFeeMinor"::numeric / l."collabPosts"), coalesce(sum(l."collabRevenueMinor"::numeric / l."collabPosts"), 0),
  min(CASE WHEN l."collabFeeMinor" IS NOT NULL OR l."collabHasRevenue" THEN l."collabCurrency" END COLLATE "C"), max(CASE WHEN l."collabFeeMinor" IS NOT NULL OR l."collabHasRevenue" THEN l."collabCurrency" END COLLATE "C")
    FROM "PostLatestMetric" l WHERE true
    GROUP BY l."workspaceId", l."collabInfluencerId"
    ORDER BY l."workspaceId", l."collabInfluencerId";
