-- AlterTable
ALTER TABLE "Influencer" ADD COLUMN     "searchWords" TEXT[] DEFAULT ARRAY[]::TEXT[];
