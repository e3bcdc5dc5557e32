-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "previousSecretExpiresAt" TIMESTAMP(3),
ADD COLUMN     "previousSecretSealed" TEXT;
