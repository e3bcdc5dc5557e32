-- CreateTable
CREATE TABLE "WorkspaceCampaignDaily" (
    "workspaceId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "campaignId" TEXT NOT NULL,
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

    CONSTRAINT "WorkspaceCampaignDaily_pkey" PRIMARY KEY ("workspaceId","day","campaignId")
);

-- CreateTable
CREATE TABLE "WorkspaceSegmentDaily" (
    "workspaceId" TEXT NOT NULL,
    "day" DATE NOT NULL,
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

    CONSTRAINT "WorkspaceSegmentDaily_pkey" PRIMARY KEY ("workspaceId","day","platform","tier")
);

-- CreateTable
CREATE TABLE "WorkspaceCampaignMoneyDaily" (
    "workspaceId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "campaignId" TEXT NOT NULL,
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

    CONSTRAINT "WorkspaceCampaignMoneyDaily_pkey" PRIMARY KEY ("workspaceId","day","campaignId","currency")
);

-- CreateTable
CREATE TABLE "WorkspaceSegmentMoneyDaily" (
    "workspaceId" TEXT NOT NULL,
    "day" DATE NOT NULL,
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

    CONSTRAINT "WorkspaceSegmentMoneyDaily_pkey" PRIMARY KEY ("workspaceId","day","platform","tier","currency")
);

-- AddForeignKey
ALTER TABLE "WorkspaceCampaignDaily" ADD CONSTRAINT "WorkspaceCampaignDaily_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceSegmentDaily" ADD CONSTRAINT "WorkspaceSegmentDaily_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceCampaignMoneyDaily" ADD CONSTRAINT "WorkspaceCampaignMoneyDaily_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceSegmentMoneyDaily" ADD CONSTRAINT "WorkspaceSegmentMoneyDaily_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the narrow tables are the wide ones summed over the keys they drop (sums of exact
-- integers and numerics, so nothing is rounded), written in key order.
INSERT INTO "WorkspaceCampaignDaily" ("workspaceId", day, "campaignId", posts, views, "nViews", reach, "nReach", impressions, "nImpressions", likes, "nLikes", comments, "nComments", saves, "nSaves", shares, "nShares", clicks, "nClicks", "nEngagements", "fromViews")
SELECT "workspaceId", day, "campaignId", sum(posts), sum(views), sum("nViews"), sum(reach), sum("nReach"), sum(impressions), sum("nImpressions"), sum(likes), sum("nLikes"), sum(comments), sum("nComments"), sum(saves), sum("nSaves"), sum(shares), sum("nShares"), sum(clicks), sum("nClicks"), sum("nEngagements"), sum("fromViews")
FROM "WorkspaceGroupDaily" GROUP BY "workspaceId", day, "campaignId" ORDER BY "workspaceId", day, "campaignId";

INSERT INTO "WorkspaceSegmentDaily" ("workspaceId", day, platform, tier, posts, views, "nViews", reach, "nReach", impressions, "nImpressions", likes, "nLikes", comments, "nComments", saves, "nSaves", shares, "nShares", clicks, "nClicks", "nEngagements", "fromViews")
SELECT "workspaceId", day, platform, tier, sum(posts), sum(views), sum("nViews"), sum(reach), sum("nReach"), sum(impressions), sum("nImpressions"), sum(likes), sum("nLikes"), sum(comments), sum("nComments"), sum(saves), sum("nSaves"), sum(shares), sum("nShares"), sum(clicks), sum("nClicks"), sum("nEngagements"), sum("fromViews")
FROM "WorkspaceGroupDaily" GROUP BY "workspaceId", day, platform, tier ORDER BY "workspaceId", day, platform, tier;

INSERT INTO "WorkspaceCampaignMoneyDaily" ("workspaceId", day, "campaignId", currency, posts, "nCost", "nMoney", "costMinor", "revenueMinor", orders, collabs, "collabsOnPlatform", "collabsInTier")
SELECT "workspaceId", day, "campaignId", currency, sum(posts), sum("nCost"), sum("nMoney"), sum("costMinor"), sum("revenueMinor"), sum(orders), sum(collabs), sum("collabsOnPlatform"), sum("collabsInTier")
FROM "WorkspaceMoneyDaily" GROUP BY "workspaceId", day, "campaignId", currency ORDER BY "workspaceId", day, "campaignId", currency;

INSERT INTO "WorkspaceSegmentMoneyDaily" ("workspaceId", day, platform, tier, currency, posts, "nCost", "nMoney", "costMinor", "revenueMinor", orders, collabs, "collabsOnPlatform", "collabsInTier")
SELECT "workspaceId", day, platform, tier, currency, sum(posts), sum("nCost"), sum("nMoney"), sum("costMinor"), sum("revenueMinor"), sum(orders), sum(collabs), sum("collabsOnPlatform"), sum("collabsInTier")
FROM "WorkspaceMoneyDaily" GROUP BY "workspaceId", day, platform, tier, currency ORDER BY "workspaceId", day, platform, tier, currency;

-- DropForeignKey
ALTER TABLE "WorkspaceGroupDaily" DROP CONSTRAINT "WorkspaceGroupDaily_workspaceId_fkey";

-- DropForeignKey
ALTER TABLE "WorkspaceMoneyDaily" DROP CONSTRAINT "WorkspaceMoneyDaily_workspaceId_fkey";

-- DropTable
DROP TABLE "WorkspaceGroupDaily";

-- DropTable
DROP TABLE "WorkspaceMoneyDaily";
