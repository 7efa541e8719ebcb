import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConceptEmbedder } from '../../ingest/embed/concept-embedder.ts';
import { ingestDocument } from '../../ingest/ingest-document.ts';
import { prepareVectors } from '../../ingest/search/vectors.ts';
import type { Db } from '../../ingest/store/db.ts';
import { migrate } from '../../ingest/store/migrate.ts';
import { openTestDb } from '../support/db.ts';

/**
 * The HNSW index is built with ef_construction = 200 (recall@10 against exact search 0.50-0.55
 * with pgvector's default, 0.71-0.80 with it: `npm run bench:search`), and an index built before
 * is rebuilt by migration 013.
 */
let db: Db;
const options = async () =>
  (await db.query<{ reloptions: string[] | null }>(`SELECT reloptions FROM pg_class WHERE relname = 'sentence_vectors_hnsw'`)).rows[0]?.reloptions ?? null;

beforeAll(async () => {
  db = await openTestDb('pglite');
  const text = 'La coalition des volontaires compte désormais 35 pays. Les ministres se sont réunis à Bruxelles le 10 avril.';
  await ingestDocument(db, { bytes: new TextEncoder().encode(text), filename: 'note.txt' });
  await prepareVectors(db, new ConceptEmbedder());
});
afterAll(async () => {
  await db?.close();
});

describe('the HNSW index of sentence vectors', () => {
  it('is built with ef_construction 200 and used by a k-NN query', async () => {
    expect(await options()).toEqual(['m=16', 'ef_construction=200']);
    const plan = await db.tx(async (q) => {
      await q.query('SET LOCAL enable_seqscan = off');
      const v = `[${Array.from({ length: new ConceptEmbedder().dimensions }, (_, i) => (i === 0 ? 1 : 0)).join(',')}]`;
      return (await q.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT idx FROM sentence_vectors ORDER BY embedding <=> $1::vector LIMIT 5`, [v])).rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('sentence_vectors_hnsw');
  });

  it('is rebuilt by migration 013 when it was built with the defaults', async () => {
    await db.query('DROP INDEX sentence_vectors_hnsw');
    await db.query('CREATE INDEX sentence_vectors_hnsw ON sentence_vectors USING hnsw (embedding vector_cosine_ops)');
    expect(await options()).toBeNull();
    await db.query(`DELETE FROM schema_migrations WHERE name = '013_hnsw_build_quality.sql'`);
    expect(await migrate(db)).toEqual(['013_hnsw_build_quality.sql']);
    expect(await options()).toEqual(['m=16', 'ef_construction=200']);
    const n = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sentence_vectors');
    expect(n.rows[0]!.n).toBe(2);
  });
});
