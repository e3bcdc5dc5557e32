-- DropForeignKey
ALTER TABLE "TrackingCode" DROP CONSTRAINT "TrackingCode_workspaceId_linkId_fkey";
