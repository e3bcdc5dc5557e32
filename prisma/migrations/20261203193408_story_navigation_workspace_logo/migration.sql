-- AlterEnum
ALTER TYPE "FileOwnerType" ADD VALUE 'workspace';

-- AlterTable
ALTER TABLE "MetricSnapshot" ADD COLUMN     "swipesForward" INTEGER,
ADD COLUMN     "tapExits" INTEGER,
ADD COLUMN     "tapsBack" INTEGER,
ADD COLUMN     "tapsForward" INTEGER;

-- AlterTable
ALTER TABLE "WorkspaceSettings" ADD COLUMN     "logoFileId" TEXT;
