-- AlterTable
ALTER TABLE "CreatorPayment" ADD COLUMN     "transferAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "transferFailure" TEXT,
ADD COLUMN     "transferId" TEXT,
ADD COLUMN     "transferStatus" TEXT,
ADD COLUMN     "transferredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "WorkspaceBilling" ADD COLUMN     "payoutsEnabled" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CreatorPayoutAccount" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "influencerId" TEXT NOT NULL,
    "stripeAccountId" TEXT NOT NULL,
    "detailsSubmitted" BOOLEAN NOT NULL DEFAULT false,
    "payoutsEnabled" BOOLEAN NOT NULL DEFAULT false,
    "chargesEnabled" BOOLEAN NOT NULL DEFAULT false,
    "requirementsDue" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "refreshedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CreatorPayoutAccount_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateIndex
CREATE INDEX "CreatorPayoutAccount_stripeAccountId_idx" ON "CreatorPayoutAccount"("stripeAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "CreatorPayoutAccount_workspaceId_influencerId_key" ON "CreatorPayoutAccount"("workspaceId", "influencerId");

-- CreateIndex
CREATE UNIQUE INDEX "CreatorPayoutAccount_workspaceId_stripeAccountId_key" ON "CreatorPayoutAccount"("workspaceId", "stripeAccountId");

-- AddForeignKey
ALTER TABLE "CreatorPayoutAccount" ADD CONSTRAINT "CreatorPayoutAccount_workspaceId_influencerId_fkey" FOREIGN KEY ("workspaceId", "influencerId") REFERENCES "Influencer"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
