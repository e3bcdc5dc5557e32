-- CreateTable
CREATE TABLE "CreatorPayment" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "percent" INTEGER NOT NULL,
    "milestone" TEXT NOT NULL,
    "netDays" INTEGER NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "dueDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CreatorPayment_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "PaymentRecord" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "paidOn" DATE NOT NULL,
    "reference" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentRecord_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "ProductSeeding" (
    "workspaceId" TEXT NOT NULL,
    "collaborationId" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "valueMinor" BIGINT,
    "currency" TEXT NOT NULL,
    "recipientName" TEXT,
    "addressLine1" TEXT,
    "addressLine2" TEXT,
    "city" TEXT,
    "region" TEXT,
    "postcode" TEXT,
    "country" TEXT,
    "addressUpdatedAt" TIMESTAMP(3),
    "addressPurgedAt" TIMESTAMP(3),
    "carrier" TEXT,
    "trackingNumber" TEXT,
    "shippedOn" DATE,
    "shippedById" TEXT,
    "receivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductSeeding_pkey" PRIMARY KEY ("workspaceId","collaborationId")
);

-- CreateIndex
CREATE INDEX "CreatorPayment_workspaceId_collaborationId_idx" ON "CreatorPayment"("workspaceId", "collaborationId");

-- CreateIndex
CREATE INDEX "CreatorPayment_workspaceId_dueDate_idx" ON "CreatorPayment"("workspaceId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "CreatorPayment_workspaceId_contractId_position_key" ON "CreatorPayment"("workspaceId", "contractId", "position");

-- CreateIndex
CREATE INDEX "PaymentRecord_workspaceId_paymentId_idx" ON "PaymentRecord"("workspaceId", "paymentId");

-- AddForeignKey
ALTER TABLE "CreatorPayment" ADD CONSTRAINT "CreatorPayment_workspaceId_collaborationId_fkey" FOREIGN KEY ("workspaceId", "collaborationId") REFERENCES "Collaboration"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentRecord" ADD CONSTRAINT "PaymentRecord_workspaceId_paymentId_fkey" FOREIGN KEY ("workspaceId", "paymentId") REFERENCES "CreatorPayment"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductSeeding" ADD CONSTRAINT "ProductSeeding_workspaceId_collaborationId_fkey" FOREIGN KEY ("workspaceId", "collaborationId") REFERENCES "Collaboration"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
