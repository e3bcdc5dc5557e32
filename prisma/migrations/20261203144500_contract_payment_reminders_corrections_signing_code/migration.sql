-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ContractEventKind" ADD VALUE 'code_sent';
ALTER TYPE "ContractEventKind" ADD VALUE 'code_verified';
ALTER TYPE "ContractEventKind" ADD VALUE 'code_failed';

-- AlterTable
ALTER TABLE "PaymentRecord" ADD COLUMN     "reason" TEXT,
ADD COLUMN     "reversesId" TEXT;

-- AlterTable
ALTER TABLE "WorkspaceSettings" ADD COLUMN     "contractSigningCodeRequired" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ContractSigningCode" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "verifiedAt" TIMESTAMP(3),
    "replacedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractSigningCode_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "PaymentReminder" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "threshold" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentReminder_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateIndex
CREATE INDEX "ContractSigningCode_workspaceId_contractId_version_createdA_idx" ON "ContractSigningCode"("workspaceId", "contractId", "version", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentReminder_workspaceId_paymentId_threshold_dueDate_key" ON "PaymentReminder"("workspaceId", "paymentId", "threshold", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentRecord_workspaceId_reversesId_key" ON "PaymentRecord"("workspaceId", "reversesId");

-- AddForeignKey
ALTER TABLE "ContractSigningCode" ADD CONSTRAINT "ContractSigningCode_workspaceId_contractId_fkey" FOREIGN KEY ("workspaceId", "contractId") REFERENCES "Contract"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentRecord" ADD CONSTRAINT "PaymentRecord_workspaceId_reversesId_fkey" FOREIGN KEY ("workspaceId", "reversesId") REFERENCES "PaymentRecord"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentReminder" ADD CONSTRAINT "PaymentReminder_workspaceId_paymentId_fkey" FOREIGN KEY ("workspaceId", "paymentId") REFERENCES "CreatorPayment"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
