-- WorkspaceGroupDaily: the latest figures of the posts pre-summed per day they went live (in the
-- workspace's time zone), campaign, platform and tier (lib/analytics/rollup-write.ts). Existing
-- latest rows get their day in the workspace's time zone and their creator's current tier.

-- AlterTable
ALTER TABLE "PostLatestMetric" ADD COLUMN "liveDay" DATE,
ADD COLUMN "tier" TEXT;

UPDATE "PostLatestMetric" l
SET "liveDay" = ((l."liveAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, tier = i.tier
FROM "Collaboration" c
JOIN "Workspace" ws ON ws.id = c."workspaceId"
JOIN "Influencer" i ON i."workspaceId" = c."workspaceId" AND i.id = c."influencerId"
WHERE c."workspaceId" = l."workspaceId" AND c.id = l."collaborationId";

ALTER TABLE "PostLatestMetric" ALTER COLUMN "liveDay" SET NOT NULL,
ALTER COLUMN "tier" SET NOT NULL;

-- CreateTable
CREATE TABLE "WorkspaceGroupDaily" (
    "workspaceId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "campaignId" TEXT NOT NULL,
    "platform" "SocialPlatform" NOT NULL,
    "tier" TEXT NOT NULL,
    "posts" INTEGER NOT NULL,
    "views" BIGINT NOT NULL,
    "nViews" INTEGER NOT NULL,
    "reach" BIGINT NOT NULL,
    "nReach" INTEGER NOT NULL,
    "impressions" BIGINT NOT NULL,
    "nImpressions" INTEGER NOT NULL,
    "likes" BIGINT NOT NULL,
    "nLikes" INTEGER NOT NULL,
    "comments" BIGINT NOT NULL,
    "nComments" INTEGER NOT NULL,
    "saves" BIGINT NOT NULL,
    "nSaves" INTEGER NOT NULL,
    "shares" BIGINT NOT NULL,
    "nShares" INTEGER NOT NULL,
    "clicks" BIGINT NOT NULL,
    "nClicks" INTEGER NOT NULL,
    "nEngagements" INTEGER NOT NULL,
    "fromViews" INTEGER NOT NULL,

    CONSTRAINT "WorkspaceGroupDaily_pkey" PRIMARY KEY ("workspaceId","day","campaignId","platform","tier")
);

-- AddForeignKey
ALTER TABLE "WorkspaceGroupDaily" ADD CONSTRAINT "WorkspaceGroupDaily_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill (groupBackfillSql without the workspace filter).
INSERT INTO "WorkspaceGroupDaily" ("workspaceId", day, "campaignId", platform, tier, posts, views, "nViews", reach, "nReach",
  likes, "nLikes", comments, "nComments", saves, "nSaves", shares, "nShares", clicks, "nClicks", impressions, "nImpressions",
  "nEngagements", "fromViews")
SELECT l."workspaceId", l."liveDay", l."campaignId", l.platform, l.tier, count(*)::int,
  coalesce(sum(l.views), 0), count(l.views)::int, coalesce(sum(l.reach), 0), count(l.reach)::int,
  coalesce(sum(l.likes), 0), count(l.likes)::int, coalesce(sum(l.comments), 0), count(l.comments)::int,
  coalesce(sum(l.saves), 0), count(l.saves)::int, coalesce(sum(l.shares), 0), count(l.shares)::int,
  coalesce(sum(l.clicks), 0), count(l.clicks)::int,
  coalesce(sum(coalesce(l.impressions, l.views)), 0), count(coalesce(l.impressions, l.views))::int,
  count(*) FILTER (WHERE l.likes IS NOT NULL OR l.comments IS NOT NULL OR l.saves IS NOT NULL OR l.shares IS NOT NULL)::int,
  count(*) FILTER (WHERE l.impressions IS NULL AND l.views IS NOT NULL)::int
FROM "PostLatestMetric" l
GROUP BY l."workspaceId", l."liveDay", l."campaignId", l.platform, l.tier;
