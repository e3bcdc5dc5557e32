-- AlterTable
ALTER TABLE "Influencer" ADD COLUMN     "listIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Backfill: every influencer's current lists (kept in sync afterwards by the ListMember triggers in
-- prisma/post-migrate/search.sql).
UPDATE "Influencer" i SET "listIds" = m.ids
FROM (
  SELECT "workspaceId", "influencerId", array_agg("listId" ORDER BY "listId") AS ids
  FROM "ListMember" GROUP BY "workspaceId", "influencerId"
) m
WHERE i."workspaceId" = m."workspaceId" AND i.id = m."influencerId";
