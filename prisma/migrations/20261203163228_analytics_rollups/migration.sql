-- CreateTable
CREATE TABLE "PostLatestMetric" (
    "workspaceId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "platform" "SocialPlatform" NOT NULL,
    "liveAt" TIMESTAMP(3) NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL,
    "snapshotCreatedAt" TIMESTAMP(3) NOT NULL,
    "views" INTEGER,
    "reach" INTEGER,
    "impressions" INTEGER,
    "likes" INTEGER,
    "comments" INTEGER,
    "saves" INTEGER,
    "shares" INTEGER,
    "clicks" INTEGER,

    CONSTRAINT "PostLatestMetric_pkey" PRIMARY KEY ("workspaceId","postId")
);

-- CreateTable
CREATE TABLE "PostDailyMetric" (
    "workspaceId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "campaignId" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL,
    "snapshotCreatedAt" TIMESTAMP(3) NOT NULL,
    "views" INTEGER,
    "reach" INTEGER,
    "impressions" INTEGER,
    "likes" INTEGER,
    "comments" INTEGER,
    "saves" INTEGER,
    "shares" INTEGER,
    "clicks" INTEGER,

    CONSTRAINT "PostDailyMetric_pkey" PRIMARY KEY ("workspaceId","postId","day")
);

-- CreateIndex
CREATE INDEX "PostLatestMetric_workspaceId_campaignId_idx" ON "PostLatestMetric"("workspaceId", "campaignId");

-- CreateIndex
CREATE INDEX "PostLatestMetric_workspaceId_liveAt_idx" ON "PostLatestMetric"("workspaceId", "liveAt");

-- CreateIndex
CREATE INDEX "PostDailyMetric_workspaceId_campaignId_day_idx" ON "PostDailyMetric"("workspaceId", "campaignId", "day");

-- AddForeignKey
ALTER TABLE "PostLatestMetric" ADD CONSTRAINT "PostLatestMetric_workspaceId_postId_fkey" FOREIGN KEY ("workspaceId", "postId") REFERENCES "Post"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostDailyMetric" ADD CONSTRAINT "PostDailyMetric_workspaceId_postId_fkey" FOREIGN KEY ("workspaceId", "postId") REFERENCES "Post"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill from the existing snapshots: the latest per post and the last per post and UTC day, in
-- the order lib/metrics campaignReport reads (capturedAt, then createdAt, then id). The same SQL as
-- rebuildRollupsSql in lib/analytics/rollup-write.ts, for every workspace.
INSERT INTO "PostLatestMetric" ("workspaceId", "postId", "campaignId", "collaborationId", "platform", "liveAt",
  "snapshotId", "capturedAt", "snapshotCreatedAt", "views", "reach", "impressions", "likes", "comments", "saves", "shares", "clicks")
SELECT DISTINCT ON (s."workspaceId", s."postId")
       s."workspaceId", s."postId", c."campaignId", p."collaborationId", p."platform", coalesce(p."postedAt", p."createdAt"),
       s."id", s."capturedAt", s."createdAt", s."views", s."reach", s."impressions", s."likes", s."comments", s."saves", s."shares", s."clicks"
FROM "MetricSnapshot" s
JOIN "Post" p ON p."workspaceId" = s."workspaceId" AND p."id" = s."postId"
JOIN "Collaboration" c ON c."workspaceId" = p."workspaceId" AND c."id" = p."collaborationId"
ORDER BY s."workspaceId", s."postId", s."capturedAt" DESC, s."createdAt" DESC, s."id" COLLATE "C" DESC;

INSERT INTO "PostDailyMetric" ("workspaceId", "postId", "day", "campaignId", "snapshotId", "capturedAt",
  "snapshotCreatedAt", "views", "reach", "impressions", "likes", "comments", "saves", "shares", "clicks")
SELECT DISTINCT ON (s."workspaceId", s."postId", s."capturedAt"::date)
       s."workspaceId", s."postId", s."capturedAt"::date, c."campaignId", s."id", s."capturedAt", s."createdAt",
       s."views", s."reach", s."impressions", s."likes", s."comments", s."saves", s."shares", s."clicks"
FROM "MetricSnapshot" s
JOIN "Post" p ON p."workspaceId" = s."workspaceId" AND p."id" = s."postId"
JOIN "Collaboration" c ON c."workspaceId" = p."workspaceId" AND c."id" = p."collaborationId"
ORDER BY s."workspaceId", s."postId", s."capturedAt"::date, s."capturedAt" DESC, s."createdAt" DESC, s."id" COLLATE "C" DESC;
