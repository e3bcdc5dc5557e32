-- Search indexes that need a PostgreSQL extension. Applied after every migration run by
-- lib/db/migrate.ts; idempotent. Kept out of prisma/migrations because the offline migration
-- checker replays migrations on a shadow database that cannot load extensions.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- btree_gin: scalar columns (workspaceId, tier, riskLevel, country) as keys of a multi-column GIN.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Typo-tolerant free text over name, handles, bios, niches and hashtags (lib/influencers/search.ts).
CREATE INDEX IF NOT EXISTS "Influencer_searchText_trgm_idx" ON "Influencer" USING GIN ("searchText" gin_trgm_ops);

-- Words of the search document: lower-cased, split at every ASCII character that is not a letter
-- (digits, spaces, punctuation), so "olivia.hill77 #vegan" → {olivia, hill, vegan}; letters outside
-- ASCII stay in their word ("josé", "über"). lib/influencers/search.ts splits a query the same way
-- (SEARCH_WORD_SEPARATOR). Explicit byte ranges, not [[:alpha:]], so every locale splits alike.
CREATE OR REPLACE FUNCTION search_words(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_remove(regexp_split_to_array(lower(t), '[\x01-\x40\x5b-\x60\x7b-\x7f]+'), '')
$$;
CREATE OR REPLACE FUNCTION influencer_set_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchWords" := search_words(NEW."searchText");
  RETURN NEW;
END $$;
DO $$
BEGIN
  -- First install: fill the column for the rows that predate the trigger (once; the trigger keeps it after).
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'Influencer_search_words_set') THEN
    UPDATE "Influencer" SET "searchWords" = search_words("searchText");
  END IF;
END $$;
CREATE OR REPLACE TRIGGER "Influencer_search_words_set" BEFORE INSERT OR UPDATE OF "searchText" ON "Influencer"
  FOR EACH ROW EXECUTE FUNCTION influencer_set_search_words();

-- Filters (lib/influencers/search.ts whereClause): one GIN over every equality/overlap filter, so
-- "Instagram + micro + skincare + low risk" is one index scan that intersects posting lists (GIN
-- fast scan skips through the big ones) and only matching rows are read. workspaceId is left out
-- (measured: its all-rows posting list costs more than the heap check on the few candidates).
-- Ranges (followers, ER) stay heap filters or b-tree walks. "listIds" (list membership, mirrored
-- from ListMember by the triggers below) makes "on list X" one more posting list to intersect.
-- (v2: listIds added; the v1 index without it is dropped once v2 exists.)
-- (v3: "searchWords" added, so text and filters intersect in the same scan; country as a one-element
-- array so "US or GB" is one index key with two entries instead of a row filter.)
CREATE INDEX IF NOT EXISTS "Influencer_filters_v3_gin_idx" ON "Influencer" USING GIN
  ("searchWords", platforms, niches, tags, languages, tier, "riskLevel", (ARRAY[country]), "listIds") WITH (fastupdate = off);
DROP INDEX IF EXISTS "Influencer_filters_gin_idx";
DROP INDEX IF EXISTS "Influencer_filters_v2_gin_idx";

-- "Influencer"."listIds" mirrors ListMember. Statement-level triggers with transition tables keep it
-- in sync in the same transaction as every write to ListMember, whoever makes it: addToList /
-- removeFromList, the seed, the benchmark, and the ON DELETE CASCADE from a deleted list (or
-- influencer, or workspace). One UPDATE per statement, so adding 20,000 members is one UPDATE, not
-- 20,000. array_append/array_remove on the row as it is when locked (READ COMMITTED re-reads it), so
-- concurrent writers to the same influencer never lose each other's change; rows are locked in key
-- order first so two overlapping bulk actions cannot deadlock.
CREATE OR REPLACE FUNCTION influencer_list_ids_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Influencer" i
    WHERE (i."workspaceId", i.id) IN (SELECT n."workspaceId", n."influencerId" FROM new_rows n)
    ORDER BY i."workspaceId", i.id FOR UPDATE;
  UPDATE "Influencer" i SET "listIds" = i."listIds" || ARRAY(
      SELECT DISTINCT n."listId" FROM new_rows n
      WHERE n."workspaceId" = i."workspaceId" AND n."influencerId" = i.id AND NOT n."listId" = ANY(i."listIds")
      ORDER BY 1)
    WHERE (i."workspaceId", i.id) IN (SELECT n."workspaceId", n."influencerId" FROM new_rows n);
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION influencer_list_ids_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Influencer" i
    WHERE (i."workspaceId", i.id) IN (SELECT o."workspaceId", o."influencerId" FROM old_rows o)
    ORDER BY i."workspaceId", i.id FOR UPDATE;
  UPDATE "Influencer" i SET "listIds" = ARRAY(
      SELECT l FROM unnest(i."listIds") l
      WHERE l NOT IN (SELECT o."listId" FROM old_rows o WHERE o."workspaceId" = i."workspaceId" AND o."influencerId" = i.id))
    WHERE (i."workspaceId", i.id) IN (SELECT o."workspaceId", o."influencerId" FROM old_rows o);
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER "ListMember_list_ids_ins" AFTER INSERT ON "ListMember"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION influencer_list_ids_add();
CREATE OR REPLACE TRIGGER "ListMember_list_ids_del" AFTER DELETE ON "ListMember"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION influencer_list_ids_remove();

-- Dictionary of the words (3+ characters, as search_words splits them) in each workspace's
-- search documents. A query word is looked up here first: the words that contain it ("veg" → vegan,
-- veggie) become an exact "searchWords" lookup. A misspelt query
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
  END IF;
  -- v2 dictionary (words split like search_words): filled once; the v1 letters-only words
  -- stay (a word no profile has only costs an empty alternative).
  IF obj_description('"InfluencerSearchWord"'::regclass, 'pg_class') IS DISTINCT FROM 'v2' THEN
    INSERT INTO "InfluencerSearchWord" ("workspaceId", word)
      SELECT DISTINCT i."workspaceId", w FROM "Influencer" i, unnest(i."searchWords") w
      WHERE length(w) >= 3 ON CONFLICT DO NOTHING;
    COMMENT ON TABLE "InfluencerSearchWord" IS 'v2';
  END IF;
END $$;
CREATE INDEX IF NOT EXISTS "InfluencerSearchWord_trgm_idx" ON "InfluencerSearchWord" USING GIN ("workspaceId", word gin_trgm_ops);

CREATE OR REPLACE FUNCTION influencer_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Sorted so concurrent imports take the key locks in the same order (no deadlock).
  INSERT INTO "InfluencerSearchWord" ("workspaceId", word)
    SELECT DISTINCT n."workspaceId", w FROM new_rows n, unnest(n."searchWords") w
    WHERE length(w) >= 3 ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER "Influencer_search_words_ins" AFTER INSERT ON "Influencer"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION influencer_search_words();
CREATE OR REPLACE TRIGGER "Influencer_search_words_upd" AFTER UPDATE ON "Influencer"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION influencer_search_words();
