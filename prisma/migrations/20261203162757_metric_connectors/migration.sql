-- CreateEnum
CREATE TYPE "ConnectorStatus" AS ENUM ('connected', 'needs_reauth', 'disconnected');

-- CreateTable
CREATE TABLE "ConnectorAccount" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "platform" "SocialPlatform" NOT NULL,
    "authKind" TEXT NOT NULL,
    "externalId" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL,
    "tokenSealed" TEXT,
    "refreshSealed" TEXT,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "expiresAt" TIMESTAMP(3),
    "status" "ConnectorStatus" NOT NULL DEFAULT 'connected',
    "lastError" TEXT,
    "lastSyncedAt" TIMESTAMP(3),
    "retryAfter" TIMESTAMP(3),
    "failures" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "disconnectedAt" TIMESTAMP(3),

    CONSTRAINT "ConnectorAccount_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "ConnectorPostSync" (
    "workspaceId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "mediaId" TEXT,
    "mediaType" TEXT,
    "lastAttemptAt" TIMESTAMP(3),
    "lastFetchedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "navigation" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConnectorPostSync_pkey" PRIMARY KEY ("workspaceId","postId")
);

-- CreateIndex
CREATE INDEX "ConnectorAccount_workspaceId_platform_status_idx" ON "ConnectorAccount"("workspaceId", "platform", "status");

-- CreateIndex
CREATE INDEX "ConnectorPostSync_workspaceId_accountId_idx" ON "ConnectorPostSync"("workspaceId", "accountId");

-- AddForeignKey
ALTER TABLE "ConnectorAccount" ADD CONSTRAINT "ConnectorAccount_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectorPostSync" ADD CONSTRAINT "ConnectorPostSync_workspaceId_postId_fkey" FOREIGN KEY ("workspaceId", "postId") REFERENCES "Post"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectorPostSync" ADD CONSTRAINT "ConnectorPostSync_workspaceId_accountId_fkey" FOREIGN KEY ("workspaceId", "accountId") REFERENCES "ConnectorAccount"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
