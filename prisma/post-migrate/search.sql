-- Search indexes that need a PostgreSQL extension. Applied after every migration run by
-- lib/db/migrate.ts; idempotent. Kept out of prisma/migrations because the offline migration
-- checker replays migrations on a shadow database that cannot load extensions.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- btree_gin: scalar columns (workspaceId, tier, riskLevel, country) as keys of a multi-column GIN.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Typo-tolerant free text over name, handles, bios, niches and hashtags (lib/influencers/search.ts).
CREATE INDEX IF NOT EXISTS "Influencer_searchText_trgm_idx" ON "Influencer" USING GIN ("searchText" gin_trgm_ops);

-- Filters (lib/influencers/search.ts whereClause): one GIN over every equality/overlap filter, so
-- "Instagram + micro + skincare + low risk" is one index scan that intersects posting lists (GIN
-- fast scan skips through the big ones) and only matching rows are read. workspaceId is left out
-- (measured: its all-rows posting list costs more than the heap check on the few candidates).
-- Ranges (followers, ER) stay heap filters or b-tree walks.
CREATE INDEX IF NOT EXISTS "Influencer_filters_gin_idx" ON "Influencer" USING GIN
  (platforms, niches, tags, languages, tier, "riskLevel", country) WITH (fastupdate = off);

-- Dictionary of the words (letters only, 3+) in each workspace's search documents. A misspelt query
-- word is first matched against this small table by trigram word similarity ("jesica" → "jessica"),
-- then searched as the real words with the fast substring index, instead of computing word
-- similarity against every candidate profile. Append-only (kept by statement-level triggers, so a
-- 100,000-row import adds one INSERT … SELECT); a word whose last profile is gone only costs an
-- empty alternative, the final match is always on "Influencer"."searchText".
DO $$
BEGIN
  IF to_regclass('"InfluencerSearchWord"') IS NULL THEN
    CREATE TABLE "InfluencerSearchWord" (
      "workspaceId" text NOT NULL REFERENCES "Workspace"(id) ON DELETE CASCADE ON UPDATE CASCADE,
      word text NOT NULL,
      PRIMARY KEY ("workspaceId", word)
    );
    INSERT INTO "InfluencerSearchWord" ("workspaceId", word)
      SELECT DISTINCT i."workspaceId", w FROM "Influencer" i, regexp_split_to_table(i."searchText", '[^[:alpha:]]+') w
      WHERE length(w) >= 3 ON CONFLICT DO NOTHING;
  END IF;
END $$;
CREATE INDEX IF NOT EXISTS "InfluencerSearchWord_trgm_idx" ON "InfluencerSearchWord" USING GIN ("workspaceId", word gin_trgm_ops);

CREATE OR REPLACE FUNCTION influencer_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Sorted so concurrent imports take the key locks in the same order (no deadlock).
  INSERT INTO "InfluencerSearchWord" ("workspaceId", word)
    SELECT DISTINCT n."workspaceId", w FROM new_rows n, regexp_split_to_table(n."searchText", '[^[:alpha:]]+') w
    WHERE length(w) >= 3 ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER "Influencer_search_words_ins" AFTER INSERT ON "Influencer"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION influencer_search_words();
CREATE OR REPLACE TRIGGER "Influencer_search_words_upd" AFTER UPDATE ON "Influencer"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION influencer_search_words();
