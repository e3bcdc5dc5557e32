-- CreateEnum
CREATE TYPE "SocialPlatform" AS ENUM ('instagram', 'tiktok', 'youtube', 'twitter', 'facebook', 'twitch', 'pinterest', 'blog');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('low', 'medium', 'high');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('queued', 'running', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "CampaignGoal" AS ENUM ('awareness', 'sales', 'leads', 'engagement');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('draft', 'active', 'completed', 'archived');

-- CreateEnum
CREATE TYPE "CollaborationStatus" AS ENUM ('invited', 'accepted', 'declined', 'drafting', 'in_review', 'changes_requested', 'approved', 'live', 'completed', 'cancelled');

-- CreateEnum
CREATE TYPE "CompensationType" AS ENUM ('cash', 'product', 'product_plus_cash', 'commission');

-- CreateEnum
CREATE TYPE "DeliverableType" AS ENUM ('post', 'story', 'reel', 'short_video', 'long_video', 'livestream', 'blog_article');

-- CreateEnum
CREATE TYPE "DraftStatus" AS ENUM ('draft', 'submitted', 'changes_requested', 'approved');

-- CreateEnum
CREATE TYPE "OutreachStatus" AS ENUM ('draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "PipelineStage" AS ENUM ('prospect', 'contacted', 'replied', 'negotiating', 'agreed', 'declined', 'no_response');

-- CreateTable
CREATE TABLE "WorkspaceSettings" (
    "workspaceId" TEXT NOT NULL,
    "rateCard" JSONB,
    "tierBounds" JSONB,
    "fromName" TEXT,
    "fromAddress" TEXT,
    "replyTo" TEXT,
    "brandName" TEXT,
    "brandLinks" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "brandIntro" TEXT,
    "postalAddress" TEXT,
    "dailySendLimit" INTEGER NOT NULL DEFAULT 100,
    "followUpDays" INTEGER NOT NULL DEFAULT 5,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkspaceSettings_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "Influencer" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "email" TEXT,
    "country" TEXT,
    "location" TEXT,
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "niches" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes" TEXT,
    "brandsWorkedWith" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ownerId" TEXT,
    "platforms" "SocialPlatform"[] DEFAULT ARRAY[]::"SocialPlatform"[],
    "followers" INTEGER NOT NULL DEFAULT 0,
    "engagementRate" DOUBLE PRECISION,
    "tier" TEXT NOT NULL DEFAULT 'none',
    "riskScore" INTEGER,
    "riskLevel" "RiskLevel",
    "riskReasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Influencer_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "SocialAccount" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "influencerId" TEXT NOT NULL,
    "platform" "SocialPlatform" NOT NULL,
    "handle" TEXT NOT NULL,
    "url" TEXT,
    "followers" INTEGER NOT NULL DEFAULT 0,
    "following" INTEGER,
    "posts" INTEGER,
    "avgLikes" DOUBLE PRECISION,
    "avgComments" DOUBLE PRECISION,
    "avgSaves" DOUBLE PRECISION,
    "avgShares" DOUBLE PRECISION,
    "avgViews" DOUBLE PRECISION,
    "engagementRate" DOUBLE PRECISION,
    "engagementRateSource" TEXT,
    "bio" TEXT,
    "topHashtags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "lastRefreshedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SocialAccount_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "FollowerSnapshot" (
    "workspaceId" TEXT NOT NULL,
    "socialAccountId" TEXT NOT NULL,
    "capturedOn" DATE NOT NULL,
    "followers" INTEGER NOT NULL,

    CONSTRAINT "FollowerSnapshot_pkey" PRIMARY KEY ("workspaceId","socialAccountId","capturedOn")
);

-- CreateTable
CREATE TABLE "InfluencerList" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InfluencerList_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "ListMember" (
    "workspaceId" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "influencerId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListMember_pkey" PRIMARY KEY ("workspaceId","listId","influencerId")
);

-- CreateTable
CREATE TABLE "SavedSearch" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedSearch_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "createdById" TEXT,
    "fileName" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'queued',
    "mapping" JSONB NOT NULL,
    "csvText" TEXT,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "failedRowsCsv" TEXT,
    "failureReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "ImportMapping" (
    "workspaceId" TEXT NOT NULL,
    "headerKey" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportMapping_pkey" PRIMARY KEY ("workspaceId","headerKey")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "goal" "CampaignGoal" NOT NULL,
    "kpis" JSONB NOT NULL DEFAULT '[]',
    "industry" TEXT,
    "budgetMinor" BIGINT,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "startDate" DATE,
    "endDate" DATE,
    "hashtag" TEXT,
    "brandHandles" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "approvedClaims" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "jurisdiction" TEXT NOT NULL DEFAULT 'US',
    "status" "CampaignStatus" NOT NULL DEFAULT 'draft',
    "brief" JSONB NOT NULL DEFAULT '{}',
    "briefVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "BriefVersion" (
    "workspaceId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BriefVersion_pkey" PRIMARY KEY ("workspaceId","campaignId","version")
);

-- CreateTable
CREATE TABLE "Collaboration" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "influencerId" TEXT NOT NULL,
    "status" "CollaborationStatus" NOT NULL DEFAULT 'invited',
    "compensationType" "CompensationType" NOT NULL DEFAULT 'product_plus_cash',
    "feeMinor" BIGINT,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "productDescription" TEXT,
    "commissionPct" DOUBLE PRECISION,
    "inviteTokenHash" TEXT,
    "inviteExpiresAt" TIMESTAMP(3),
    "inviteRevokedAt" TIMESTAMP(3),
    "briefVersionSeen" INTEGER,
    "declineReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Collaboration_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "Deliverable" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "type" "DeliverableType" NOT NULL,
    "platform" "SocialPlatform",
    "count" INTEGER NOT NULL DEFAULT 1,
    "dueDate" DATE,
    "liveUrl" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Deliverable_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "fromStatus" "CollaborationStatus",
    "toStatus" "CollaborationStatus" NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusChange_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "ContentDraft" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "deliverableId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "caption" TEXT NOT NULL,
    "mediaUrls" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "platform" "SocialPlatform" NOT NULL,
    "format" TEXT NOT NULL,
    "paidPartnershipLabel" BOOLEAN NOT NULL DEFAULT false,
    "usesFilterOrEditing" BOOLEAN NOT NULL DEFAULT false,
    "transcript" JSONB,
    "findings" JSONB NOT NULL DEFAULT '[]',
    "compliant" BOOLEAN NOT NULL DEFAULT false,
    "status" "DraftStatus" NOT NULL DEFAULT 'draft',
    "reviewComment" TEXT,
    "reviewedById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentDraft_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "PortalMessage" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "authorUserId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortalMessage_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "OutreachTemplate" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutreachTemplate_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "OutreachMessage" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "influencerId" TEXT NOT NULL,
    "campaignId" TEXT,
    "templateId" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'first',
    "parentId" TEXT,
    "toEmail" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "lintScore" INTEGER NOT NULL,
    "lintFindings" JSONB NOT NULL DEFAULT '[]',
    "overrideReason" TEXT,
    "overrideById" TEXT,
    "status" "OutreachStatus" NOT NULL DEFAULT 'draft',
    "scheduledAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "smtpMessageId" TEXT,
    "followUpDismissedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutreachMessage_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "OutreachReply" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "influencerId" TEXT NOT NULL,
    "messageId" TEXT,
    "body" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutreachReply_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "OptOut" (
    "workspaceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OptOut_pkey" PRIMARY KEY ("workspaceId","email")
);

-- CreateTable
CREATE TABLE "PipelineEntry" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "influencerId" TEXT NOT NULL,
    "campaignKey" TEXT NOT NULL DEFAULT '',
    "stage" "PipelineStage" NOT NULL DEFAULT 'prospect',
    "position" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PipelineEntry_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "influencerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateIndex
CREATE INDEX "Influencer_workspaceId_followers_id_idx" ON "Influencer"("workspaceId", "followers" DESC, "id");

-- CreateIndex
CREATE INDEX "Influencer_workspaceId_engagementRate_id_idx" ON "Influencer"("workspaceId", "engagementRate" DESC, "id");

-- CreateIndex
CREATE INDEX "Influencer_workspaceId_riskScore_id_idx" ON "Influencer"("workspaceId", "riskScore", "id");

-- CreateIndex
CREATE INDEX "Influencer_workspaceId_createdAt_id_idx" ON "Influencer"("workspaceId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Influencer_workspaceId_email_idx" ON "Influencer"("workspaceId", "email");

-- CreateIndex
CREATE INDEX "Influencer_platforms_idx" ON "Influencer" USING GIN ("platforms");

-- CreateIndex
CREATE INDEX "Influencer_niches_idx" ON "Influencer" USING GIN ("niches");

-- CreateIndex
CREATE INDEX "Influencer_tags_idx" ON "Influencer" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "SocialAccount_workspaceId_influencerId_idx" ON "SocialAccount"("workspaceId", "influencerId");

-- CreateIndex
CREATE UNIQUE INDEX "SocialAccount_workspaceId_platform_handle_key" ON "SocialAccount"("workspaceId", "platform", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "InfluencerList_workspaceId_name_key" ON "InfluencerList"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "ListMember_workspaceId_influencerId_idx" ON "ListMember"("workspaceId", "influencerId");

-- CreateIndex
CREATE INDEX "SavedSearch_workspaceId_userId_idx" ON "SavedSearch"("workspaceId", "userId");

-- CreateIndex
CREATE INDEX "ImportJob_workspaceId_createdAt_idx" ON "ImportJob"("workspaceId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Campaign_workspaceId_status_createdAt_idx" ON "Campaign"("workspaceId", "status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Collaboration_inviteTokenHash_idx" ON "Collaboration"("inviteTokenHash");

-- CreateIndex
CREATE INDEX "Collaboration_workspaceId_status_idx" ON "Collaboration"("workspaceId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Collaboration_workspaceId_campaignId_influencerId_key" ON "Collaboration"("workspaceId", "campaignId", "influencerId");

-- CreateIndex
CREATE INDEX "Deliverable_workspaceId_collaborationId_idx" ON "Deliverable"("workspaceId", "collaborationId");

-- CreateIndex
CREATE INDEX "StatusChange_workspaceId_collaborationId_createdAt_idx" ON "StatusChange"("workspaceId", "collaborationId", "createdAt");

-- CreateIndex
CREATE INDEX "ContentDraft_workspaceId_status_submittedAt_idx" ON "ContentDraft"("workspaceId", "status", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ContentDraft_workspaceId_deliverableId_version_key" ON "ContentDraft"("workspaceId", "deliverableId", "version");

-- CreateIndex
CREATE INDEX "PortalMessage_workspaceId_collaborationId_createdAt_idx" ON "PortalMessage"("workspaceId", "collaborationId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_workspaceId_createdAt_idx" ON "Notification"("workspaceId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "OutreachMessage_workspaceId_status_scheduledAt_idx" ON "OutreachMessage"("workspaceId", "status", "scheduledAt");

-- CreateIndex
CREATE INDEX "OutreachMessage_workspaceId_influencerId_createdAt_idx" ON "OutreachMessage"("workspaceId", "influencerId", "createdAt");

-- CreateIndex
CREATE INDEX "OutreachMessage_workspaceId_sentAt_idx" ON "OutreachMessage"("workspaceId", "sentAt");

-- CreateIndex
CREATE INDEX "OutreachReply_workspaceId_influencerId_receivedAt_idx" ON "OutreachReply"("workspaceId", "influencerId", "receivedAt");

-- CreateIndex
CREATE INDEX "PipelineEntry_workspaceId_campaignKey_stage_position_idx" ON "PipelineEntry"("workspaceId", "campaignKey", "stage", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PipelineEntry_workspaceId_influencerId_campaignKey_key" ON "PipelineEntry"("workspaceId", "influencerId", "campaignKey");

-- CreateIndex
CREATE INDEX "TimelineEvent_workspaceId_influencerId_createdAt_idx" ON "TimelineEvent"("workspaceId", "influencerId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "WorkspaceSettings" ADD CONSTRAINT "WorkspaceSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Influencer" ADD CONSTRAINT "Influencer_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialAccount" ADD CONSTRAINT "SocialAccount_workspaceId_influencerId_fkey" FOREIGN KEY ("workspaceId", "influencerId") REFERENCES "Influencer"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowerSnapshot" ADD CONSTRAINT "FollowerSnapshot_workspaceId_socialAccountId_fkey" FOREIGN KEY ("workspaceId", "socialAccountId") REFERENCES "SocialAccount"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfluencerList" ADD CONSTRAINT "InfluencerList_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListMember" ADD CONSTRAINT "ListMember_workspaceId_listId_fkey" FOREIGN KEY ("workspaceId", "listId") REFERENCES "InfluencerList"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListMember" ADD CONSTRAINT "ListMember_workspaceId_influencerId_fkey" FOREIGN KEY ("workspaceId", "influencerId") REFERENCES "Influencer"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedSearch" ADD CONSTRAINT "SavedSearch_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportMapping" ADD CONSTRAINT "ImportMapping_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefVersion" ADD CONSTRAINT "BriefVersion_workspaceId_campaignId_fkey" FOREIGN KEY ("workspaceId", "campaignId") REFERENCES "Campaign"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collaboration" ADD CONSTRAINT "Collaboration_workspaceId_campaignId_fkey" FOREIGN KEY ("workspaceId", "campaignId") REFERENCES "Campaign"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collaboration" ADD CONSTRAINT "Collaboration_workspaceId_influencerId_fkey" FOREIGN KEY ("workspaceId", "influencerId") REFERENCES "Influencer"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_workspaceId_collaborationId_fkey" FOREIGN KEY ("workspaceId", "collaborationId") REFERENCES "Collaboration"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_workspaceId_collaborationId_fkey" FOREIGN KEY ("workspaceId", "collaborationId") REFERENCES "Collaboration"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentDraft" ADD CONSTRAINT "ContentDraft_workspaceId_collaborationId_fkey" FOREIGN KEY ("workspaceId", "collaborationId") REFERENCES "Collaboration"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentDraft" ADD CONSTRAINT "ContentDraft_workspaceId_deliverableId_fkey" FOREIGN KEY ("workspaceId", "deliverableId") REFERENCES "Deliverable"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortalMessage" ADD CONSTRAINT "PortalMessage_workspaceId_collaborationId_fkey" FOREIGN KEY ("workspaceId", "collaborationId") REFERENCES "Collaboration"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachTemplate" ADD CONSTRAINT "OutreachTemplate_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachMessage" ADD CONSTRAINT "OutreachMessage_workspaceId_influencerId_fkey" FOREIGN KEY ("workspaceId", "influencerId") REFERENCES "Influencer"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachReply" ADD CONSTRAINT "OutreachReply_workspaceId_influencerId_fkey" FOREIGN KEY ("workspaceId", "influencerId") REFERENCES "Influencer"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachReply" ADD CONSTRAINT "OutreachReply_workspaceId_messageId_fkey" FOREIGN KEY ("workspaceId", "messageId") REFERENCES "OutreachMessage"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OptOut" ADD CONSTRAINT "OptOut_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineEntry" ADD CONSTRAINT "PipelineEntry_workspaceId_influencerId_fkey" FOREIGN KEY ("workspaceId", "influencerId") REFERENCES "Influencer"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_workspaceId_influencerId_fkey" FOREIGN KEY ("workspaceId", "influencerId") REFERENCES "Influencer"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
