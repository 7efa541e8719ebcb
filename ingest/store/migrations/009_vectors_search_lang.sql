-- Each vector carries its sentence's search language, so search's nearest-neighbour query needs
-- no join to sentences for the per-language ranks or the language filter (the join of the 60
-- candidates cost 1.4 of the query's 5.4 ms on the 20,000-sentence bench). A sentence's
-- search_lang never changes after ingestion.
-- The table is created by the application, sized for its embedder (vectors.repo.ts), so it may
-- not exist yet. When it does, its rows are emptied rather than updated: the next start (or
-- `concorde embed`) embeds every document again, as after a provider change. PGlite runs no
-- autovacuum, and updating every row left a dead twin of each vector in the HNSW graph: on the
-- 20,000-sentence bench searches went from 13 to 195 ms and returned other neighbours.
DO $$
BEGIN
  IF to_regclass('sentence_vectors') IS NOT NULL THEN
    TRUNCATE sentence_vectors;
    ALTER TABLE sentence_vectors ADD COLUMN IF NOT EXISTS search_lang text NOT NULL CHECK (search_lang IN ('fr', 'en'));
  END IF;
END $$;
