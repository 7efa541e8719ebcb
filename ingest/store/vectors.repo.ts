import pgvector from 'pgvector';
import type { Queryable } from './db.ts';

/**
 * Sentence vectors live in `sentence_vectors`, sized for the configured embedder. When the
 * embedder changes (another provider or dimension), the table is recreated and every document
 * must be embedded again.
 */
export async function ensureVectorTable(q: Queryable, embedderId: string, dimensions: number): Promise<{ recreated: boolean }> {
  const r = await q.query<{ value: string }>(`SELECT value FROM search_settings WHERE key = 'embedder'`);
  const exists = (await q.query(`SELECT to_regclass('sentence_vectors') IS NOT NULL AS e`)).rows[0]?.e === true;
  if (exists && r.rows[0]?.value === embedderId) return { recreated: false };
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 16000) throw new Error(`invalid embedding dimension ${dimensions}`);
  await q.query('DROP TABLE IF EXISTS sentence_vectors');
  // The dimension is an integer checked above: DDL takes no parameters.
  await q.query(`CREATE TABLE sentence_vectors (
    document_id text NOT NULL,
    idx         integer NOT NULL,
    embedding   vector(${dimensions}) NOT NULL,
    search_lang text NOT NULL CHECK (search_lang IN ('fr', 'en')), -- the sentence's, so k-NN needs no join (migration 009)
    PRIMARY KEY (document_id, idx),
    FOREIGN KEY (document_id, idx) REFERENCES sentences (document_id, idx) ON DELETE CASCADE)`);
  await q.query(`INSERT INTO search_settings (key, value) VALUES ('embedder', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [embedderId]);
  return { recreated: true };
}

/**
 * The HNSW index. pgvector's default ef_construction (64) found about half of the exact ten
 * nearest neighbours of the bench queries (recall@10 0.50-0.55, 20,000 sentences, ef_search 100);
 * 200 finds 0.71-0.80 at the same query time (p50 ~5 ms), for a 1.5-1.8x longer build and ~1.7x
 * costlier inserts (three builds; HNSW builds are randomised). At 100,000 sentences one build
 * found 0.47 against 0.55 with the default, and took twice as long: unproven there. Migration 013
 * rebuilds older indexes.
 */
export const VECTOR_INDEX_SQL = 'CREATE INDEX sentence_vectors_hnsw ON sentence_vectors USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 200)';

/** Builds (or rebuilds) the HNSW index; cheaper after a bulk load than row by row. */
export async function buildVectorIndex(q: Queryable): Promise<void> {
  await q.query('DROP INDEX IF EXISTS sentence_vectors_hnsw');
  await q.query(VECTOR_INDEX_SQL);
}

export async function insertVectors(q: Queryable, documentId: string, rows: { idx: number; vector: number[] }[]): Promise<void> {
  if (!rows.length) return;
  await q.query(
    `INSERT INTO sentence_vectors (document_id, idx, embedding, search_lang)
     SELECT $1, t.i, t.v::vector, s.search_lang FROM unnest($2::int[], $3::text[]) AS t(i, v)
       JOIN sentences s ON s.document_id = $1 AND s.idx = t.i
     ON CONFLICT (document_id, idx) DO UPDATE SET embedding = EXCLUDED.embedding`,
    [documentId, rows.map((r) => r.idx), rows.map((r) => pgvector.toSql(r.vector) as string)],
  );
}

/** Documents that have sentences without a vector. */
export async function documentsMissingVectors(q: Queryable): Promise<string[]> {
  const r = await q.query<{ document_id: string }>(
    `SELECT DISTINCT s.document_id FROM sentences s LEFT JOIN sentence_vectors v ON v.document_id = s.document_id AND v.idx = s.idx
     WHERE v.idx IS NULL ORDER BY 1`,
  );
  return r.rows.map((x) => x.document_id);
}
