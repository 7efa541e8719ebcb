-- Documents, their blocks (paragraphs) and sentences, with exact offsets into clean_text.
CREATE EXTENSION IF NOT EXISTS vector;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Accent-insensitive stemmed search in both languages (unaccent() itself is not immutable,
-- so it cannot sit in a generated column; a text-search configuration can).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'fr_unaccent') THEN
    CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = french);
    ALTER TEXT SEARCH CONFIGURATION fr_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'en_unaccent') THEN
    CREATE TEXT SEARCH CONFIGURATION en_unaccent (COPY = english);
    ALTER TEXT SEARCH CONFIGURATION en_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
  END IF;
END $$;

CREATE TABLE documents (
  id             text PRIMARY KEY,
  sha256         text NOT NULL UNIQUE,
  filename       text NOT NULL,
  format         text NOT NULL CHECK (format IN ('pdf', 'html', 'txt', 'md')),
  byte_size      integer NOT NULL CHECK (byte_size > 0),
  title          text NOT NULL,
  authors        text[] NOT NULL DEFAULT '{}',
  publisher      text,
  published_on   date,
  date_precision text CHECK (date_precision IN ('day', 'month', 'year')),
  date_text      text,
  lang           text NOT NULL CHECK (lang IN ('fr', 'en', 'und')),
  kind           text,
  source         text,
  work_id        text,
  page_count     integer NOT NULL,
  clean_text     text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_lang_idx ON documents (lang);
CREATE INDEX documents_published_idx ON documents (published_on);

-- The original bytes, so a document can be re-processed when the pipeline improves.
CREATE TABLE document_sources (
  document_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  mime        text NOT NULL,
  bytes       bytea NOT NULL
);

CREATE TABLE blocks (
  document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx         integer NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('title', 'heading', 'body', 'footnote', 'sidebar', 'quote', 'caption', 'boilerplate')),
  char_start  integer NOT NULL,
  char_end    integer NOT NULL,
  page_start  integer NOT NULL,
  page_end    integer NOT NULL,
  lang        text NOT NULL CHECK (lang IN ('fr', 'en', 'und')),
  search_lang text NOT NULL CHECK (search_lang IN ('fr', 'en')),
  level       integer,
  marker      text,
  marks       jsonb NOT NULL DEFAULT '[]',
  text        text NOT NULL,
  tsv         tsvector GENERATED ALWAYS AS (
                to_tsvector(CASE WHEN search_lang = 'en' THEN 'en_unaccent'::regconfig ELSE 'fr_unaccent'::regconfig END, text)
              ) STORED,
  PRIMARY KEY (document_id, idx),
  CHECK (char_start <= char_end AND page_start <= page_end)
);
CREATE INDEX blocks_tsv_idx ON blocks USING gin (tsv);

CREATE TABLE sentences (
  document_id text NOT NULL,
  idx         integer NOT NULL,
  block_idx   integer NOT NULL,
  char_start  integer NOT NULL,
  char_end    integer NOT NULL,
  page_start  integer NOT NULL,
  page_end    integer NOT NULL,
  lang        text NOT NULL CHECK (lang IN ('fr', 'en', 'und')),
  search_lang text NOT NULL CHECK (search_lang IN ('fr', 'en')),
  text        text NOT NULL,
  tsv         tsvector GENERATED ALWAYS AS (
                to_tsvector(CASE WHEN search_lang = 'en' THEN 'en_unaccent'::regconfig ELSE 'fr_unaccent'::regconfig END, text)
              ) STORED,
  PRIMARY KEY (document_id, idx),
  FOREIGN KEY (document_id, block_idx) REFERENCES blocks (document_id, idx) ON DELETE CASCADE,
  CHECK (char_start < char_end AND page_start <= page_end)
);
CREATE INDEX sentences_tsv_idx ON sentences USING gin (tsv);

CREATE TABLE footnote_refs (
  document_id        text NOT NULL,
  block_idx          integer NOT NULL,
  marker             text NOT NULL,
  char_offset        integer NOT NULL,
  footnote_block_idx integer,
  FOREIGN KEY (document_id, block_idx) REFERENCES blocks (document_id, idx) ON DELETE CASCADE
);
CREATE INDEX footnote_refs_doc_idx ON footnote_refs (document_id);

-- Ingestion jobs as users see them; pg-boss carries the work, this table carries state and progress.
CREATE TABLE ingest_jobs (
  id            text PRIMARY KEY,
  state         text NOT NULL CHECK (state IN ('queued', 'running', 'done', 'duplicate', 'failed')),
  filename      text NOT NULL,
  sha256        text NOT NULL,
  byte_size     integer NOT NULL,
  mime          text,
  overrides     jsonb NOT NULL DEFAULT '{}',
  progress      real NOT NULL DEFAULT 0,
  stage         text,
  document_id   text,
  error_code    text,
  error_message text,
  attempts      integer NOT NULL DEFAULT 0,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ingest_jobs_state_idx ON ingest_jobs (state);

-- Uploaded bytes waiting for a worker; deleted when the job ends.
CREATE TABLE job_payloads (
  job_id text PRIMARY KEY REFERENCES ingest_jobs (id) ON DELETE CASCADE,
  bytes  bytea NOT NULL
);
