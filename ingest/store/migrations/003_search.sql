-- Which embedder produced the stored sentence vectors. The vector table itself is created by
-- code (store/vectors.repo.ts) because its dimension comes from the configured provider.
CREATE TABLE search_settings (
  key   text PRIMARY KEY,
  value text NOT NULL
);
