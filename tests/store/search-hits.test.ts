import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search, type SearchHit } from '../../ingest/search/search.ts';
import type { Queryable } from '../../ingest/store/db.ts';
import type { SearchFilter } from '../../ingest/store/search.repo.ts';
import { sentencesByIdx } from '../../ingest/store/segments.repo.ts';
import { makeSeededTestApp, type TestApp } from '../support/app.ts';

/**
 * search() fetches its hits' details and aligned counterparts, texts included, in one statement
 * (it used to run one more query per aligned hit). These tests rebuild the counterparts and
 * snippets of its hits the plain way (one query per hit) on the sample corpus, and check that
 * the number of statements a search runs does not grow with its hits.
 */

const QUERIES: { q: string; filter: SearchFilter }[] = [
  { q: 'soldiers trained by the EU mission', filter: {} },
  { q: 'securite europeenne', filter: { lang: 'fr' } },
  { q: 'coalition des volontaires permanente', filter: {} },
  { q: 'EUMAM Ukraine', filter: { lang: 'en' } },
  { q: 'troops Brussels summit', filter: { from: '2025-01-01', to: '2025-12-31' } },
  { q: 'le de la', filter: {} }, // stop words only: vector hits, empty highlights
];

let t: TestApp;
beforeAll(async () => {
  t = await makeSeededTestApp();
}, 180_000);
afterAll(async () => {
  await t?.close();
});

/** The aligned sentences of one hit, read link by link (pairs and links not rejected). */
async function referenceCounterpart(q: Queryable, h: SearchHit): Promise<SearchHit['counterpart']> {
  const r = await q.query<{ pair_id: string; other_doc: string; other: number[] }>(
    `SELECT p.id AS pair_id, CASE WHEN p.src_id = $1 THEN p.tgt_id ELSE p.src_id END AS other_doc,
            CASE WHEN p.src_id = $1 THEN l.tgt ELSE l.src END AS other
     FROM document_pairs p JOIN alignment_links l ON l.pair_id = p.id
     WHERE p.status <> 'rejected' AND l.status <> 'rejected'
       AND ((p.src_id = $1 AND $2 = ANY(l.src)) OR (p.tgt_id = $1 AND $2 = ANY(l.tgt)))
     ORDER BY p.id, l.stream, l.ord`,
    [h.documentId, h.sentenceIdx],
  );
  const c = r.rows.find((x) => x.other.length > 0);
  if (!c) return null;
  const sentences = (await sentencesByIdx(q, c.other_doc, c.other)).map((x) => ({ idx: x.idx, text: x.text, lang: x.lang }));
  return { pairId: c.pair_id, documentId: c.other_doc, sentences };
}

/** The words ts_headline marks in one sentence for the query (French or English parse by the sentence's search language). */
async function referenceMarks(q: Queryable, h: SearchHit, query: string): Promise<string[]> {
  const r = await q.query<{ h: string }>(
    `SELECT ts_headline(cfg, s.text, COALESCE(NULLIF(replace(plainto_tsquery(cfg, $3)::text, '&', '|'), '')::tsquery, ''::tsquery),
                        'StartSel=<<, StopSel=>>, HighlightAll=true') AS h
     FROM sentences s, LATERAL (SELECT CASE WHEN s.search_lang = 'en' THEN 'en_unaccent'::regconfig ELSE 'fr_unaccent'::regconfig END AS cfg) c
     WHERE s.document_id = $1 AND s.idx = $2`,
    [h.documentId, h.sentenceIdx, query],
  );
  return [...(r.rows[0]?.h ?? '').matchAll(/<<(.*?)>>/g)].map((m) => m[1]!);
}

describe('search hit details and counterparts in bulk (sample corpus)', () => {
  it.each(QUERIES)('gives each hit of "$q" its aligned counterpart and highlights, as per-hit queries do', async ({ q, filter }) => {
    const hits = await search(t.db, t.embedder, { q, filter, limit: 20 });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.counterpart).toEqual(await referenceCounterpart(t.db, h));
      expect(h.snippet.map((p) => p.text).join('')).toBe(h.text);
      expect(h.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(await referenceMarks(t.db, h, q));
    }
  });

  it('finds counterparts for hits of the paired brief in both directions', async () => {
    const hits = await search(t.db, t.embedder, { q: 'soldiers trained by the EU mission', filter: {}, limit: 20 });
    const langs = new Set(hits.filter((h) => h.counterpart && h.counterpart.sentences.length > 0).map((h) => h.lang));
    expect(langs).toEqual(new Set(['fr', 'en']));
  });

  it('runs the same few statements whatever the number of hits', async () => {
    let statements = 0;
    const counting: Queryable = {
      query: ((sql: string, params?: unknown[]) => {
        statements++;
        return t.db.query(sql, params);
      }) as Queryable['query'],
    };
    const counts: number[] = [];
    for (const limit of [1, 5, 20]) {
      statements = 0;
      const hits = await search(counting, t.embedder, { q: 'soldiers trained by the EU mission', filter: {}, limit });
      expect(hits.length).toBe(limit);
      counts.push(statements);
    }
    expect(new Set(counts).size).toBe(1);
    // lexemes, full text, vectors, hits with their counterparts
    expect(counts[0]).toBe(4);
  });
});
