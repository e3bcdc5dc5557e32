-- CreateEnum
CREATE TYPE "MetricSource" AS ENUM ('manual', 'portal', 'csv', 'api');

-- CreateTable
CREATE TABLE "Post" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "deliverableId" TEXT,
    "url" TEXT NOT NULL,
    "platform" "SocialPlatform" NOT NULL,
    "format" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "MetricSnapshot" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL,
    "source" "MetricSource" NOT NULL,
    "views" INTEGER,
    "reach" INTEGER,
    "impressions" INTEGER,
    "likes" INTEGER,
    "comments" INTEGER,
    "saves" INTEGER,
    "shares" INTEGER,
    "replies" INTEGER,
    "clicks" INTEGER,
    "avgWatchPct" DOUBLE PRECISION,
    "frameViews" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "evidenceFileId" TEXT,
    "enteredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MetricSnapshot_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateIndex
CREATE INDEX "Post_workspaceId_collaborationId_idx" ON "Post"("workspaceId", "collaborationId");

-- CreateIndex
CREATE UNIQUE INDEX "Post_workspaceId_url_key" ON "Post"("workspaceId", "url");

-- CreateIndex
CREATE INDEX "MetricSnapshot_workspaceId_postId_capturedAt_idx" ON "MetricSnapshot"("workspaceId", "postId", "capturedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "MetricSnapshot_workspaceId_postId_source_capturedAt_key" ON "MetricSnapshot"("workspaceId", "postId", "source", "capturedAt");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_workspaceId_collaborationId_fkey" FOREIGN KEY ("workspaceId", "collaborationId") REFERENCES "Collaboration"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricSnapshot" ADD CONSTRAINT "MetricSnapshot_workspaceId_postId_fkey" FOREIGN KEY ("workspaceId", "postId") REFERENCES "Post"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
