-- CreateEnum
CREATE TYPE "UsageRightKind" AS ENUM ('organic', 'paid', 'spark_ads');

-- CreateEnum
CREATE TYPE "AdCodePlatform" AS ENUM ('tiktok_spark_ads', 'meta_partnership');

-- AlterTable
ALTER TABLE "WorkspaceSettings" ADD COLUMN     "rightsReminderDays" INTEGER[] DEFAULT ARRAY[7]::INTEGER[];

-- CreateTable
CREATE TABLE "UsageRightGrant" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "contractVersion" INTEGER NOT NULL,
    "kind" "UsageRightKind" NOT NULL,
    "territories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "durationDays" INTEGER,
    "startBasis" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsageRightGrant_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "AdAuthorizationCode" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "platform" "AdCodePlatform" NOT NULL,
    "code" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AdAuthorizationCode_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "RightsReminder" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "itemType" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "thresholdDays" INTEGER NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RightsReminder_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateIndex
CREATE INDEX "UsageRightGrant_workspaceId_collaborationId_idx" ON "UsageRightGrant"("workspaceId", "collaborationId");

-- CreateIndex
CREATE INDEX "UsageRightGrant_workspaceId_endsAt_idx" ON "UsageRightGrant"("workspaceId", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "UsageRightGrant_workspaceId_contractId_contractVersion_kind_key" ON "UsageRightGrant"("workspaceId", "contractId", "contractVersion", "kind");

-- CreateIndex
CREATE INDEX "AdAuthorizationCode_workspaceId_collaborationId_idx" ON "AdAuthorizationCode"("workspaceId", "collaborationId");

-- CreateIndex
CREATE INDEX "AdAuthorizationCode_workspaceId_expiresAt_idx" ON "AdAuthorizationCode"("workspaceId", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "RightsReminder_workspaceId_itemType_itemId_thresholdDays_en_key" ON "RightsReminder"("workspaceId", "itemType", "itemId", "thresholdDays", "endsAt");

-- AddForeignKey
ALTER TABLE "UsageRightGrant" ADD CONSTRAINT "UsageRightGrant_workspaceId_collaborationId_fkey" FOREIGN KEY ("workspaceId", "collaborationId") REFERENCES "Collaboration"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageRightGrant" ADD CONSTRAINT "UsageRightGrant_workspaceId_contractId_contractVersion_fkey" FOREIGN KEY ("workspaceId", "contractId", "contractVersion") REFERENCES "ContractVersion"("workspaceId", "contractId", "version") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdAuthorizationCode" ADD CONSTRAINT "AdAuthorizationCode_workspaceId_collaborationId_fkey" FOREIGN KEY ("workspaceId", "collaborationId") REFERENCES "Collaboration"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RightsReminder" ADD CONSTRAINT "RightsReminder_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
