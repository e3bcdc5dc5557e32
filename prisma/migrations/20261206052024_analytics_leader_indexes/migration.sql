-- CreateIndex
CREATE INDEX "Collaboration_workspaceId_currency_idx" ON "Collaboration"("workspaceId", "currency");

-- CreateIndex
CREATE INDEX "PostLatestMetric_workspaceId_collabInfluencerId_liveAt_idx" ON "PostLatestMetric"("workspaceId", "collabInfluencerId", "liveAt");
