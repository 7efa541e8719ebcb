-- Search reads sentences_tsv_idx on every query. With GIN's fastupdate (the default) new rows
-- wait in a pending list that every search scans sequentially, up to gin_pending_list_limit
-- (4 MB): after a bulk load that list cost most of a full-text query's time (20,000 sentences:
-- a level query took 30 ms with it, 7 ms without) and made the planner fall back to a seq scan.
-- Without fastupdate each insert updates the index itself (a little slower ingestion).
ALTER INDEX sentences_tsv_idx SET (fastupdate = off);
-- Turning it off does not flush entries already pending.
SELECT gin_clean_pending_list('sentences_tsv_idx'::regclass);
