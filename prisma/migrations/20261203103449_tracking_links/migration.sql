-- CreateTable
CREATE TABLE "TrackingSettings" (
    "workspaceId" TEXT NOT NULL,
    "allowedDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackingSettings_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "TrackingDefaults" (
    "workspaceId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "destinationUrl" TEXT,
    "utmSource" TEXT NOT NULL DEFAULT '{platform}',
    "utmMedium" TEXT NOT NULL DEFAULT 'influencer',
    "utmCampaign" TEXT NOT NULL DEFAULT '{campaign}',
    "utmContent" TEXT NOT NULL DEFAULT '{handle}',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackingDefaults_pkey" PRIMARY KEY ("workspaceId","campaignId")
);

-- CreateTable
CREATE TABLE "TrackingLink" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "deliverableId" TEXT,
    "code" TEXT NOT NULL,
    "destinationUrl" TEXT NOT NULL,
    "utmSource" TEXT,
    "utmMedium" TEXT,
    "utmCampaign" TEXT,
    "utmContent" TEXT,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" TIMESTAMP(3),
    "fallbackUrl" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackingLink_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "TrackingCode" (
    "code" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" TIMESTAMP(3),
    "fallbackUrl" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackingCode_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Click" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "country" TEXT,
    "device" TEXT,
    "browser" TEXT,
    "os" TEXT,
    "referrerDomain" TEXT,
    "isBot" BOOLEAN NOT NULL DEFAULT false,
    "visitorHash" TEXT NOT NULL,

    CONSTRAINT "Click_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "DiscountCode" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "codeKey" TEXT NOT NULL,
    "description" TEXT,
    "cap" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiscountCode_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateIndex
CREATE INDEX "TrackingLink_workspaceId_collaborationId_idx" ON "TrackingLink"("workspaceId", "collaborationId");

-- CreateIndex
CREATE UNIQUE INDEX "TrackingLink_workspaceId_code_key" ON "TrackingLink"("workspaceId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "TrackingCode_workspaceId_linkId_key" ON "TrackingCode"("workspaceId", "linkId");

-- CreateIndex
CREATE INDEX "Click_workspaceId_linkId_at_idx" ON "Click"("workspaceId", "linkId", "at");

-- CreateIndex
CREATE INDEX "Click_workspaceId_collaborationId_at_idx" ON "Click"("workspaceId", "collaborationId", "at");

-- CreateIndex
CREATE INDEX "DiscountCode_workspaceId_collaborationId_idx" ON "DiscountCode"("workspaceId", "collaborationId");

-- CreateIndex
CREATE UNIQUE INDEX "DiscountCode_workspaceId_codeKey_key" ON "DiscountCode"("workspaceId", "codeKey");

-- AddForeignKey
ALTER TABLE "TrackingSettings" ADD CONSTRAINT "TrackingSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackingDefaults" ADD CONSTRAINT "TrackingDefaults_workspaceId_campaignId_fkey" FOREIGN KEY ("workspaceId", "campaignId") REFERENCES "Campaign"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackingLink" ADD CONSTRAINT "TrackingLink_workspaceId_collaborationId_fkey" FOREIGN KEY ("workspaceId", "collaborationId") REFERENCES "Collaboration"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackingCode" ADD CONSTRAINT "TrackingCode_workspaceId_linkId_fkey" FOREIGN KEY ("workspaceId", "linkId") REFERENCES "TrackingLink"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Click" ADD CONSTRAINT "Click_workspaceId_linkId_fkey" FOREIGN KEY ("workspaceId", "linkId") REFERENCES "TrackingLink"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountCode" ADD CONSTRAINT "DiscountCode_workspaceId_collaborationId_fkey" FOREIGN KEY ("workspaceId", "collaborationId") REFERENCES "Collaboration"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
