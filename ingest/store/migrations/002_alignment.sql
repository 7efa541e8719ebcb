-- Language versions of one work (detected, from the manifest, or set by a person) and their
-- sentence alignment, with every human edit kept.
CREATE TABLE document_pairs (
  id          text PRIMARY KEY,
  src_id      text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  tgt_id      text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  score       real NOT NULL,
  evidence    jsonb NOT NULL DEFAULT '{}',
  -- detected: found by scoring; confirmed: a person or the manifest said so; rejected: a person broke it
  status      text NOT NULL CHECK (status IN ('detected', 'confirmed', 'rejected')),
  origin      text NOT NULL CHECK (origin IN ('detector', 'manifest', 'user')),
  aligned_at  timestamptz,
  aligner     text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (src_id, tgt_id),
  CHECK (src_id <> tgt_id)
);

CREATE TABLE alignment_links (
  id          bigserial PRIMARY KEY,
  pair_id     text NOT NULL REFERENCES document_pairs (id) ON DELETE CASCADE,
  -- body, footnote, sidebar, quote, boilerplate: aligned as separate streams
  stream      text NOT NULL,
  ord         integer NOT NULL,
  src         integer[] NOT NULL,
  tgt         integer[] NOT NULL,
  confidence  real NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  status      text NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'confirmed', 'rejected')),
  flags       jsonb NOT NULL DEFAULT '[]',
  reviewed_by text,
  reviewed_at timestamptz,
  note        text,
  CHECK (cardinality(src) + cardinality(tgt) > 0)
);
CREATE INDEX alignment_links_pair_idx ON alignment_links (pair_id, stream, ord);

CREATE TABLE alignment_edits (
  id        bigserial PRIMARY KEY,
  pair_id   text NOT NULL REFERENCES document_pairs (id) ON DELETE CASCADE,
  action    text NOT NULL,
  author    text NOT NULL,
  at        timestamptz NOT NULL DEFAULT now(),
  before    jsonb NOT NULL,
  after     jsonb NOT NULL
);
CREATE INDEX alignment_edits_pair_idx ON alignment_edits (pair_id, at);
