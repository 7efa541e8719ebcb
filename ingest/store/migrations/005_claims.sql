-- Claims (issue #4): canonical records of what a source says, each pinned to exact words.
-- A claim cites one document, or both language versions of an aligned pair.

-- Countries, organisations, coalitions, missions, people… named in both languages. Upserted from
-- the registry (origin 'registry') and from claims naming entities the registry does not know ('text').
CREATE TABLE entities (
  id         text PRIMARY KEY CHECK (id ~ '^[a-z]+:[A-Za-z0-9][A-Za-z0-9-]*$'),
  kind       text NOT NULL CHECK (kind IN ('country', 'organisation', 'coalition', 'mission', 'programme', 'group', 'person', 'place')),
  name_fr    text NOT NULL,
  name_en    text NOT NULL,
  aliases    text[] NOT NULL DEFAULT '{}',
  members    text[] NOT NULL DEFAULT '{}',
  origin     text NOT NULL CHECK (origin IN ('registry', 'text')),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entities_kind_idx ON entities (kind);

CREATE TABLE claims (
  id                text PRIMARY KEY,
  -- type|subject|predicate|object|value|modality|group: drafts with one key in one document (or pair) are one claim
  key               text NOT NULL,
  type              text NOT NULL CHECK (type IN ('membership', 'quantity', 'event', 'stance', 'quote')),
  subject_id        text NOT NULL,
  subject           jsonb NOT NULL,
  predicate         text NOT NULL CHECK (predicate IN (
                      'member_of', 'participates_in', 'willing_to_deploy', 'excluded_from', 'not_member_of',
                      'member_count', 'participant_count', 'soldiers_trained', 'troops', 'amount', 'count',
                      'meeting', 'founded', 'status',
                      'supports', 'opposes', 'demands', 'refuses', 'proposes',
                      'says')),
  object_id         text,
  object            jsonb,
  value             jsonb CHECK (value IS NULL OR value->>'kind' IN ('number', 'text')),
  time              jsonb,
  time_from         date,
  time_to           date,
  place_id          text,
  place             jsonb,
  participant_ids   text[] NOT NULL DEFAULT '{}',
  participants      jsonb NOT NULL DEFAULT '[]',
  initiator_ids     text[] NOT NULL DEFAULT '{}',
  initiators        jsonb NOT NULL DEFAULT '[]',
  group_id          text,
  group_ref         jsonb,
  attribution_id    text,
  attribution       jsonb,
  modality          text NOT NULL CHECK (modality IN ('asserted', 'reported', 'proposed', 'hypothetical')),
  confidence        real NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  extractor_name    text NOT NULL,
  extractor_version text NOT NULL,
  status            text NOT NULL DEFAULT 'extracted' CHECK (status IN ('extracted', 'confirmed', 'rejected')),
  reviewer          text,
  note              text,
  reviewed_at       timestamptz,
  document_date     date,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (time_from IS NULL OR time_to IS NULL OR time_from <= time_to),
  CHECK (status = 'extracted' OR reviewer IS NOT NULL)
);
CREATE INDEX claims_key_idx ON claims (key);
CREATE INDEX claims_type_predicate_idx ON claims (type, predicate);
CREATE INDEX claims_subject_idx ON claims (subject_id);
CREATE INDEX claims_object_idx ON claims (object_id);
CREATE INDEX claims_status_idx ON claims (status);
CREATE INDEX claims_time_idx ON claims (time_from, time_to);
CREATE INDEX claims_document_date_idx ON claims (document_date);
CREATE INDEX claims_participants_idx ON claims USING gin (participant_ids);
CREATE INDEX claims_initiators_idx ON claims USING gin (initiator_ids);
CREATE INDEX claims_attribution_idx ON claims (attribution_id);
CREATE INDEX claims_group_idx ON claims (group_id);

-- Where a claim is said, down to the character: quote = documents.clean_text[char_start, char_end).
CREATE TABLE claim_citations (
  id           bigserial PRIMARY KEY,
  claim_id     text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  document_id  text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  block_idx    integer NOT NULL CHECK (block_idx >= 0),
  sentence_idx integer NOT NULL CHECK (sentence_idx >= 0),
  char_start   integer NOT NULL CHECK (char_start >= 0),
  char_end     integer NOT NULL,
  page         integer NOT NULL CHECK (page >= 1),
  quote        text NOT NULL CHECK (quote <> ''),
  CHECK (char_start < char_end),
  FOREIGN KEY (document_id, sentence_idx) REFERENCES sentences (document_id, idx) ON DELETE CASCADE,
  UNIQUE (claim_id, document_id, char_start, char_end)
);
CREATE INDEX claim_citations_claim_idx ON claim_citations (claim_id);
CREATE INDEX claim_citations_document_idx ON claim_citations (document_id, sentence_idx);

-- Every review action, with the status before and after.
CREATE TABLE claim_reviews (
  id          bigserial PRIMARY KEY,
  claim_id    text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  reviewer    text NOT NULL,
  from_status text NOT NULL CHECK (from_status IN ('extracted', 'confirmed', 'rejected')),
  to_status   text NOT NULL CHECK (to_status IN ('extracted', 'confirmed', 'rejected')),
  note        text,
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claim_reviews_claim_idx ON claim_reviews (claim_id, at);

-- Which extractor (and version) last ran over each document, with its report: what start-up
-- extracts for documents stored before claims existed, or after the extractor changed.
CREATE TABLE claim_extractions (
  document_id       text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  extractor_name    text NOT NULL,
  extractor_version text NOT NULL,
  report            jsonb NOT NULL,
  at                timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (document_id, extractor_name)
);

-- A claim without a citation must not exist. Both checks run at commit (deferred), so a
-- transaction may move citations around; deleting a document drops the claims only it cited.
CREATE FUNCTION claims_drop_uncited() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM claims c WHERE c.id = OLD.claim_id AND NOT EXISTS (SELECT 1 FROM claim_citations x WHERE x.claim_id = OLD.claim_id);
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER claim_citations_drop_uncited AFTER DELETE ON claim_citations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION claims_drop_uncited();

CREATE FUNCTION claims_require_citation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM claims c WHERE c.id = NEW.id) AND NOT EXISTS (SELECT 1 FROM claim_citations x WHERE x.claim_id = NEW.id) THEN
    RAISE EXCEPTION 'claim % has no citation', NEW.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER claims_require_citation AFTER INSERT ON claims
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION claims_require_citation();
