-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "executedEmailedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "InstallationCertificate" (
    "name" TEXT NOT NULL,
    "certificatePem" TEXT NOT NULL,
    "privateKeyPem" TEXT NOT NULL,
    "fingerprintSha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InstallationCertificate_pkey" PRIMARY KEY ("name")
);
