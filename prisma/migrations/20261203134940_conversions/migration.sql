-- CreateEnum
CREATE TYPE "StoreKind" AS ENUM ('shopify', 'woocommerce', 'csv');

-- CreateEnum
CREATE TYPE "ConversionStatus" AS ENUM ('pending', 'paid', 'cancelled');

-- CreateEnum
CREATE TYPE "AttributedBy" AS ENUM ('click', 'code', 'none');

-- CreateTable
CREATE TABLE "StoreConnection" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "kind" "StoreKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shopDomain" TEXT,
    "secretSealed" TEXT,
    "webhookToken" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastEventAt" TIMESTAMP(3),
    "disconnectedAt" TIMESTAMP(3),

    CONSTRAINT "StoreConnection_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "StoreWebhookRoute" (
    "token" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "kind" "StoreKind" NOT NULL,

    CONSTRAINT "StoreWebhookRoute_pkey" PRIMARY KEY ("token")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "workspaceId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "webhookId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("workspaceId","connectionId","webhookId")
);

-- CreateTable
CREATE TABLE "Conversion" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "orderNumber" TEXT,
    "orderedAt" TIMESTAMP(3) NOT NULL,
    "currency" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "refundedMinor" BIGINT NOT NULL DEFAULT 0,
    "status" "ConversionStatus" NOT NULL DEFAULT 'paid',
    "discountCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "clickId" TEXT,
    "lineItems" JSONB,
    "sourceUpdatedAt" TIMESTAMP(3),
    "attributedBy" "AttributedBy" NOT NULL DEFAULT 'none',
    "attributionReason" TEXT NOT NULL,
    "collaborationId" TEXT,
    "linkId" TEXT,
    "discountCodeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversion_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateTable
CREATE TABLE "ConversionRefund" (
    "workspaceId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "externalOrderId" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversionRefund_pkey" PRIMARY KEY ("workspaceId","connectionId","externalId")
);

-- CreateIndex
CREATE INDEX "StoreConnection_workspaceId_createdAt_idx" ON "StoreConnection"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StoreWebhookRoute_workspaceId_connectionId_key" ON "StoreWebhookRoute"("workspaceId", "connectionId");

-- CreateIndex
CREATE INDEX "WebhookEvent_workspaceId_appliedAt_idx" ON "WebhookEvent"("workspaceId", "appliedAt");

-- CreateIndex
CREATE INDEX "Conversion_workspaceId_orderedAt_id_idx" ON "Conversion"("workspaceId", "orderedAt", "id");

-- CreateIndex
CREATE INDEX "Conversion_workspaceId_collaborationId_idx" ON "Conversion"("workspaceId", "collaborationId");

-- CreateIndex
CREATE UNIQUE INDEX "Conversion_workspaceId_connectionId_externalId_key" ON "Conversion"("workspaceId", "connectionId", "externalId");

-- CreateIndex
CREATE INDEX "ConversionRefund_workspaceId_connectionId_externalOrderId_idx" ON "ConversionRefund"("workspaceId", "connectionId", "externalOrderId");

-- AddForeignKey
ALTER TABLE "StoreConnection" ADD CONSTRAINT "StoreConnection_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreWebhookRoute" ADD CONSTRAINT "StoreWebhookRoute_workspaceId_connectionId_fkey" FOREIGN KEY ("workspaceId", "connectionId") REFERENCES "StoreConnection"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEvent" ADD CONSTRAINT "WebhookEvent_workspaceId_connectionId_fkey" FOREIGN KEY ("workspaceId", "connectionId") REFERENCES "StoreConnection"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversion" ADD CONSTRAINT "Conversion_workspaceId_connectionId_fkey" FOREIGN KEY ("workspaceId", "connectionId") REFERENCES "StoreConnection"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversionRefund" ADD CONSTRAINT "ConversionRefund_workspaceId_connectionId_fkey" FOREIGN KEY ("workspaceId", "connectionId") REFERENCES "StoreConnection"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
