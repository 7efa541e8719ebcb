import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConceptEmbedder } from '../../ingest/embed/concept-embedder.ts';
import { prepareVectors } from '../../ingest/search/vectors.ts';
import { migrate } from '../../ingest/store/migrate.ts';
import { makeSeededTestApp, type TestApp } from '../support/app.ts';

/**
 * Sentence vectors carry their sentence's search language (migration 009), so search's k-NN
 * needs no join. The vectors of a data folder stored before are embedded again.
 */
let t: TestApp;
beforeAll(async () => {
  t = await makeSeededTestApp();
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const mismatches = async () =>
  Number((await t.db.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM sentence_vectors v JOIN sentences s ON s.document_id = v.document_id AND s.idx = v.idx
     WHERE v.search_lang IS DISTINCT FROM s.search_lang`,
  )).rows[0]!.n);

describe('sentence vectors and their search language', () => {
  it('stores each vector with its sentence search language', async () => {
    const n = Number((await t.db.query<{ n: string }>('SELECT count(*)::text AS n FROM sentence_vectors')).rows[0]!.n);
    expect(n).toBeGreaterThan(200); // the five samples
    expect(await mismatches()).toBe(0);
  });

  it('empties vectors stored before migration 009, and the next start embeds them again with the column', async () => {
    await t.db.query('ALTER TABLE sentence_vectors DROP COLUMN search_lang');
    await t.db.query(`DELETE FROM schema_migrations WHERE name = '009_vectors_search_lang.sql'`);
    expect(await migrate(t.db)).toEqual(['009_vectors_search_lang.sql']);
    expect((await t.db.query('SELECT 1 FROM sentence_vectors')).rows).toEqual([]);
    const out = await prepareVectors(t.db, new ConceptEmbedder()); // what the server runs at start
    expect(out.recreated).toBe(false);
    expect(out.embedded).toBe(5);
    expect(await mismatches()).toBe(0);
    const langs = (await t.db.query<{ l: string }>('SELECT DISTINCT search_lang AS l FROM sentence_vectors ORDER BY 1')).rows.map((r) => r.l);
    expect(langs).toEqual(['en', 'fr']);
  });

  it('re-embeds with the column when the table is recreated for another embedder', async () => {
    await t.db.query(`UPDATE search_settings SET value = 'another-embedder' WHERE key = 'embedder'`);
    await prepareVectors(t.db, new ConceptEmbedder());
    expect(await mismatches()).toBe(0);
  });
});
