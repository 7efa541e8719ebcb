-- HNSW returns at most ef_search rows: search asks for 60 candidates, pgvector's default is 40.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET hnsw.ef_search = 100', current_database());
END $$;
