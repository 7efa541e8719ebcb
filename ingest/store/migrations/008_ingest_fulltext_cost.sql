-- Full-text indexing was most of the database's share of ingestion time.
--
-- 1. blocks.tsv (and its GIN index) was computed for every block, which is the text of all its
--    sentences stemmed a second time, and nothing reads it: search runs on sentences.tsv.
ALTER TABLE blocks DROP COLUMN tsv;

-- 2. sentences_tsv_idx: with fastupdate off (006) every inserted row updates the GIN tree itself,
--    lexeme by lexeme. With it on, a statement's rows go to the pending list and are merged in
--    one sorted pass, about half the cost; the trigger below flushes that list after every
--    statement that inserts sentences, so searches still never scan a pending list (the reason
--    for 006), whoever inserts.
ALTER INDEX sentences_tsv_idx SET (fastupdate = on);

CREATE FUNCTION sentences_tsv_flush_pending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM gin_clean_pending_list('sentences_tsv_idx'::regclass);
  RETURN NULL;
END $$;

CREATE TRIGGER sentences_tsv_flush_pending AFTER INSERT ON sentences
  FOR EACH STATEMENT EXECUTE FUNCTION sentences_tsv_flush_pending();
