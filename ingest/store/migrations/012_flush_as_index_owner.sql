-- The flush trigger of 008 calls gin_clean_pending_list, which only the index's owner may run: on
-- a Postgres server where the application writes as a role that did not run the migrations, every
-- ingestion failed with "must be owner of index sentences_tsv_idx". The function now runs as its
-- owner (the role that ran the migrations, which owns the index) and resolves the index name in the
-- schema the migrations used, whoever inserts.
ALTER FUNCTION sentences_tsv_flush_pending() SECURITY DEFINER SET search_path FROM CURRENT;
