-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "defaultPlatform" "SocialPlatform";

-- AlterTable
ALTER TABLE "ImportMapping" ADD COLUMN     "defaultPlatform" "SocialPlatform";
