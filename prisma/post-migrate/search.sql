-- Search indexes that need a PostgreSQL extension. Applied after every migration run by
-- lib/db/migrate.ts; idempotent. Kept out of prisma/migrations because the offline migration
-- checker replays migrations on a shadow database that cannot load extensions.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Typo-tolerant free text over name, handles, bios, niches and hashtags (lib/influencers/search.ts).
CREATE INDEX IF NOT EXISTS "Influencer_searchText_trgm_idx" ON "Influencer" USING GIN ("searchText" gin_trgm_ops);
