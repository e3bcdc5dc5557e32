-- CreateEnum
CREATE TYPE "ContractState" AS ENUM ('draft', 'sent', 'signed_by_influencer', 'completed', 'declined', 'voided');

-- CreateEnum
CREATE TYPE "ContractEventKind" AS ENUM ('created', 'sent', 'viewed', 'consent_given', 'signed', 'countersigned', 'declined', 'changes_requested', 'voided', 'completed', 'downloaded');

-- CreateEnum
CREATE TYPE "ContractParty" AS ENUM ('influencer', 'guardian', 'brand');

-- CreateEnum
CREATE TYPE "ContractActor" AS ENUM ('user', 'influencer', 'system');

-- CreateTable
CREATE TABLE "ContractTemplate" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "clauses" JSONB NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContractTemplate_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "state" "ContractState" NOT NULL DEFAULT 'draft',
    "terms" JSONB NOT NULL,
    "currentVersion" INTEGER NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMP(3),
    "influencerSignedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,
    "executedPdfKey" TEXT,
    "executedPdfSha256" TEXT,
    "sealedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "ContractVersion" (
    "workspaceId" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "terms" JSONB NOT NULL,
    "sections" JSONB NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMP(3),

    CONSTRAINT "ContractVersion_pkey" PRIMARY KEY ("workspaceId","contractId","version")
);

-- CreateTable
CREATE TABLE "ContractSignature" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "party" "ContractParty" NOT NULL,
    "typedName" TEXT NOT NULL,
    "drawnSignature" TEXT,
    "signedById" TEXT,
    "documentHash" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMP(3),

    CONSTRAINT "ContractSignature_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "ContractEvent" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "kind" "ContractEventKind" NOT NULL,
    "version" INTEGER,
    "actor" "ContractActor" NOT NULL,
    "actorUserId" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "documentHash" TEXT,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractEvent_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateIndex
CREATE INDEX "ContractTemplate_workspaceId_isDefault_idx" ON "ContractTemplate"("workspaceId", "isDefault");

-- CreateIndex
CREATE INDEX "Contract_workspaceId_collaborationId_idx" ON "Contract"("workspaceId", "collaborationId");

-- CreateIndex
CREATE INDEX "Contract_workspaceId_state_updatedAt_idx" ON "Contract"("workspaceId", "state", "updatedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ContractSignature_workspaceId_contractId_version_party_key" ON "ContractSignature"("workspaceId", "contractId", "version", "party");

-- CreateIndex
CREATE INDEX "ContractEvent_workspaceId_contractId_createdAt_idx" ON "ContractEvent"("workspaceId", "contractId", "createdAt");

-- AddForeignKey
ALTER TABLE "ContractTemplate" ADD CONSTRAINT "ContractTemplate_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_workspaceId_collaborationId_fkey" FOREIGN KEY ("workspaceId", "collaborationId") REFERENCES "Collaboration"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractVersion" ADD CONSTRAINT "ContractVersion_workspaceId_contractId_fkey" FOREIGN KEY ("workspaceId", "contractId") REFERENCES "Contract"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractSignature" ADD CONSTRAINT "ContractSignature_workspaceId_contractId_fkey" FOREIGN KEY ("workspaceId", "contractId") REFERENCES "Contract"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractSignature" ADD CONSTRAINT "ContractSignature_workspaceId_contractId_version_fkey" FOREIGN KEY ("workspaceId", "contractId", "version") REFERENCES "ContractVersion"("workspaceId", "contractId", "version") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractEvent" ADD CONSTRAINT "ContractEvent_workspaceId_contractId_fkey" FOREIGN KEY ("workspaceId", "contractId") REFERENCES "Contract"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
