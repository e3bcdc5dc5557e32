-- AlterTable
ALTER TABLE "WorkspaceSettings" ADD COLUMN     "draftsBeforeContractSigned" BOOLEAN NOT NULL DEFAULT false;
