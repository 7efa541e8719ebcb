import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullTextTiers } from '../../ingest/search/fulltext-tiers.ts';
import { fullTextHalf, search } from '../../ingest/search/search.ts';
import { ConceptEmbedder } from '../../ingest/embed/concept-embedder.ts';
import type { Db } from '../../ingest/store/db.ts';
import { fullTextCandidates, queryLexemes } from '../../ingest/store/search.repo.ts';
import { prepareVectors } from '../../ingest/search/vectors.ts';
import { openTestDb, TRANSPORTS } from '../support/db.ts';

/**
 * The bounded full-text half of search: coordination levels (all words, all but one, any)
 * read in order, so a small pool of ranked rows still holds the best-matching sentences even
 * when hundreds of sentences share one common word with the query and sit before them on disk.
 */

const FILLER = 40; // sentences with one query word only, stored first
const ALL = 'The coastal fisheries of Nova Scotia need a new quota.';
const TWO = ['Coastal fisheries are closed this winter.', 'Nova Scotia fisheries reopen in May.'];

/** One English document (and one French) whose sentences are the given texts, one block each. */
async function store(db: Db, id: string, lang: 'fr' | 'en', texts: string[], kind = 'body'): Promise<void> {
  const clean = texts.join('\n\n');
  await db.tx(async (q) => {
    await q.query(
      `INSERT INTO documents (id, sha256, filename, format, byte_size, title, lang, page_count, clean_text)
       VALUES ($1, $1 || $1 || $1 || $1, $1 || '.txt', 'txt', length($3), $1, $2, 1, $3)`,
      [id, lang, clean],
    );
    let at = 0;
    for (const [i, t] of texts.entries()) {
      await q.query(`INSERT INTO blocks (document_id, idx, kind, char_start, char_end, page_start, page_end, lang, search_lang, text) VALUES ($1, $2, $3, $4, $5, 1, 1, $6, $6, $7)`, [id, i, kind, at, at + t.length, lang, t]);
      await q.query(`INSERT INTO sentences (document_id, idx, block_idx, char_start, char_end, page_start, page_end, lang, search_lang, text) VALUES ($1, $2, $2, $3, $4, 1, 1, $5, $5, $6)`, [id, i, at, at + t.length, lang, t]);
      at += t.length + 2;
    }
  });
}

describe('full-text query levels (pure)', () => {
  it('builds nothing from a query of stop words, and escapes quotes in lexemes', () => {
    expect(fullTextTiers([], [])).toBeNull();
    expect(fullTextTiers(["o'neil"], [])?.all).toBe(`('o''neil')`);
  });
});

describe.each(TRANSPORTS)('full-text levels in the database (%s)', (transport) => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb(transport);
    await store(db, 'aaaa000000000001', 'en', Array.from({ length: FILLER }, (_, i) => `Report ${i} on fisheries policy and budgets.`));
    await store(db, 'aaaa000000000002', 'en', [...TWO, ALL]);
    await store(db, 'aaaa000000000003', 'fr', ['Les pêches côtières de la Nouvelle-Écosse ont besoin de quotas.'], 'footnote');
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('each level matches exactly the sentences with that many of the words', async () => {
    const l = await queryLexemes(db, 'coastal fisheries Nova Scotia');
    const t = fullTextTiers(l.fr, l.en)!;
    const matches = async (tsq: string) =>
      (await db.query<{ text: string }>(`SELECT text FROM sentences WHERE tsv @@ $1::tsquery ORDER BY document_id, idx`, [tsq])).rows.map((r) => r.text);
    expect(await matches(t.all)).toEqual([ALL]);
    expect(await matches(t.most)).toEqual([...TWO.filter((s) => s.startsWith('Nova')), ALL]);
    expect((await matches(t.any)).length).toBe(FILLER + TWO.length + 1);
  });

  it('ranks all-word, then most-word matches first even when the pool is smaller than the one-word matches', async () => {
    const l = await queryLexemes(db, 'coastal fisheries Nova Scotia');
    const got = await fullTextCandidates(db, fullTextTiers(l.fr, l.en)!, {}, 10, 5);
    const text = async (r: { document_id: string; idx: number }) =>
      (await db.query<{ text: string }>('SELECT text FROM sentences WHERE document_id = $1 AND idx = $2', [r.document_id, r.idx])).rows[0]!.text;
    expect(got.length).toBe(5);
    expect(await text(got[0]!)).toBe(ALL);
    expect(await text(got[1]!)).toBe(TWO[1]);
  });

  it('applies the language and block-kind filters', async () => {
    const fr = await fullTextHalf(db, 'pêches côtières', { lang: 'fr' });
    expect(fr.map((r) => r.document_id)).toEqual(['aaaa000000000003']);
    expect(await fullTextHalf(db, 'fisheries', { kind: 'footnote' })).toEqual([]);
    expect((await fullTextHalf(db, 'peches', { kind: 'footnote', from: '1900-01-01' })).length).toBe(0); // no published date: excluded
    expect(await fullTextHalf(db, 'the of and', {})).toEqual([]);
  });

  it('search() runs both halves (concurrently on a pool) and fuses them', async () => {
    const embedder = new ConceptEmbedder();
    await prepareVectors(db, embedder);
    const hits = await search(db, embedder, { q: 'coastal fisheries Nova Scotia', filter: {}, limit: 5 });
    const all = hits.find((h) => h.text === ALL);
    expect(all?.ranks.fullText).toBe(1);
    expect(all?.ranks.vector).not.toBeNull();
    expect(hits.slice(0, 2).map((h) => h.text)).toContain(ALL);
  });

  it('serves concurrent searches, each alike, whatever the transport (named statements on a shared session)', async () => {
    const embedder = new ConceptEmbedder();
    await prepareVectors(db, embedder);
    const queries = ['coastal fisheries Nova Scotia', 'pêches côtières', 'fisheries policy'];
    const alone = await Promise.all(queries.map((q) => search(db, embedder, { q, filter: {}, limit: 5 })));
    const together = await Promise.all(Array.from({ length: 4 }, () => Promise.all(queries.map((q) => search(db, embedder, { q, filter: { lang: 'en' }, limit: 5 })))));
    for (const round of together) for (const [i, hits] of round.entries()) expect(hits).toEqual(together[0]![i]);
    expect(alone.every((hits) => hits.length > 0)).toBe(true);
  });
});
