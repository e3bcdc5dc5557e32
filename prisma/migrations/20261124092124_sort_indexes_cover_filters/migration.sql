-- DropIndex
DROP INDEX "Influencer_workspaceId_engagementRate_id_idx";

-- DropIndex
DROP INDEX "Influencer_workspaceId_followers_id_idx";

-- CreateIndex
CREATE INDEX "Influencer_workspaceId_followers_id_tier_riskLevel_engageme_idx" ON "Influencer"("workspaceId", "followers" DESC, "id", "tier", "riskLevel", "engagementRate", "country", "platforms", "niches");

-- CreateIndex
CREATE INDEX "Influencer_workspaceId_engagementRate_id_followers_tier_ris_idx" ON "Influencer"("workspaceId", "engagementRate" DESC, "id", "followers", "tier", "riskLevel", "country", "platforms", "niches");
