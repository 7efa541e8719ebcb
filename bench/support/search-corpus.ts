/**
 * Loads the synthetic search corpus (bench/support/policy-corpus.ts, fixed seed) into a
 * migrated database: documents of 50 sentences in blocks of 5, one language each, alternating
 * FR/EN, stored with multi-row `unnest` inserts (PGlite has no COPY FROM STDIN over the pg seam).
 * Vectors are optional so full-text experiments can skip the embedding.
 */
import pgvector from 'pgvector';
import type { Db } from '../../ingest/store/db.ts';
import { policySentences } from './policy-corpus.ts';

export const PER_DOC = 50; // sentences per document
const PER_BLOCK = 5; // sentences per block (paragraph)
const DOCS_PER_BATCH = 40;

const hex16 = (i: number) => i.toString(16).padStart(16, '0');

interface Batch {
  docs: { id: string; lang: 'fr' | 'en'; title: string; clean: string; published: string }[];
  blocks: { doc: string; idx: number; start: number; end: number; lang: string; text: string }[];
  sents: { doc: string; idx: number; block: number; start: number; end: number; lang: string; text: string }[];
}

/** Documents [first, first+count) of a corpus of n sentences. */
function makeBatch(next: (l: 'fr' | 'en') => string, n: number, first: number, count: number): Batch {
  const out: Batch = { docs: [], blocks: [], sents: [] };
  for (let d = first; d < first + count && d * PER_DOC < n; d++) {
    const id = hex16(d), lang = d % 2 ? 'en' : 'fr';
    const m = Math.min(PER_DOC, n - d * PER_DOC);
    let clean = '';
    for (let s = 0; s < m; s++) {
      const b = Math.floor(s / PER_BLOCK);
      if (s % PER_BLOCK === 0) {
        if (s) clean += '\n\n';
        out.blocks.push({ doc: id, idx: b, start: clean.length, end: clean.length, lang, text: '' });
      } else clean += ' ';
      const text = next(lang), start = clean.length;
      clean += text;
      out.sents.push({ doc: id, idx: s, block: b, start, end: clean.length, lang, text });
      out.blocks[out.blocks.length - 1]!.end = clean.length;
    }
    for (const blk of out.blocks) if (blk.doc === id) blk.text = clean.slice(blk.start, blk.end);
    out.docs.push({ id, lang, title: `${lang === 'fr' ? 'Rapport' : 'Report'} ${d}`, clean, published: `${2005 + (d % 20)}-0${1 + (d % 9)}-15` });
  }
  return out;
}

async function insertBatch(db: Db, b: Batch): Promise<void> {
  await db.tx(async (q) => {
    const D = b.docs;
    await q.query(
      `INSERT INTO documents (id, sha256, filename, format, byte_size, title, lang, page_count, clean_text, published_on, date_precision)
       SELECT id, id || id || id || id, id || '.txt', 'txt', length(c), t, l, 1, c, p::date, 'day' FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(id, t, l, c, p)`,
      [D.map((x) => x.id), D.map((x) => x.title), D.map((x) => x.lang), D.map((x) => x.clean), D.map((x) => x.published)],
    );
    const B = b.blocks;
    await q.query(
      `INSERT INTO blocks (document_id, idx, kind, char_start, char_end, page_start, page_end, lang, search_lang, text)
       SELECT d, i, 'body', s, e, 1, 1, l, l, t FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[]) AS x(d, i, s, e, l, t)`,
      [B.map((x) => x.doc), B.map((x) => x.idx), B.map((x) => x.start), B.map((x) => x.end), B.map((x) => x.lang), B.map((x) => x.text)],
    );
    const S = b.sents;
    await q.query(
      `INSERT INTO sentences (document_id, idx, block_idx, char_start, char_end, page_start, page_end, lang, search_lang, text)
       SELECT d, i, bi, s, e, 1, 1, l, l, t FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[]) AS x(d, i, bi, s, e, l, t)`,
      [S.map((x) => x.doc), S.map((x) => x.idx), S.map((x) => x.block), S.map((x) => x.start), S.map((x) => x.end), S.map((x) => x.lang), S.map((x) => x.text)],
    );
  });
}

async function insertVectorBatch(db: Db, rows: { doc: string; idx: number; v: number[] }[]): Promise<void> {
  await db.query(
    `INSERT INTO sentence_vectors (document_id, idx, embedding, search_lang)
     SELECT t.d, t.i, t.v::vector, s.search_lang FROM unnest($1::text[], $2::int[], $3::text[]) AS t(d, i, v)
       JOIN sentences s ON s.document_id = t.d AND s.idx = t.i`,
    [rows.map((r) => r.doc), rows.map((r) => r.idx), rows.map((r) => pgvector.toSql(r.v) as string)],
  );
}

export interface LoadTimes {
  genMs: number;
  insertMs: number;
  embedMs: number;
  vecInsertMs: number;
}

/**
 * Stores n sentences (and their vectors when `embed` is given; the vector table must exist).
 * Indexes are left to the caller: the HNSW index is built once after the load.
 */
export async function loadSearchCorpus(db: Db, n: number, embed: ((text: string) => number[]) | null, log: (m: string) => void = () => {}): Promise<LoadTimes> {
  const next = policySentences(20240917);
  const t: LoadTimes = { genMs: 0, insertMs: 0, embedMs: 0, vecInsertMs: 0 };
  const nDocs = Math.ceil(n / PER_DOC);
  const lap = (k: keyof LoadTimes, t0: number) => (t[k] += performance.now() - t0);
  for (let d = 0; d < nDocs; d += DOCS_PER_BATCH) {
    let t0 = performance.now();
    const b = makeBatch(next, n, d, DOCS_PER_BATCH);
    lap('genMs', t0);
    t0 = performance.now();
    await insertBatch(db, b);
    lap('insertMs', t0);
    if (embed) {
      t0 = performance.now();
      const vecs = b.sents.map((s) => ({ doc: s.doc, idx: s.idx, v: embed(s.text) }));
      lap('embedMs', t0);
      t0 = performance.now();
      await insertVectorBatch(db, vecs);
      lap('vecInsertMs', t0);
    }
    if ((d / DOCS_PER_BATCH) % 10 === 0) log(`loaded ${Math.min(n, (d + DOCS_PER_BATCH) * PER_DOC)} sentences (insert ${(t.insertMs / 1000).toFixed(0)} s, embed ${(t.embedMs / 1000).toFixed(0)} s, vectors ${(t.vecInsertMs / 1000).toFixed(0)} s)`);
  }
  return t;
}

/**
 * Pairs each French document with the English one stored after it (documents alternate FR/EN)
 * and links their sentences one to one, so that search() also fetches aligned counterparts, as
 * on a real corpus of translated sources. (The texts are not translations of each other: this
 * measures the cost of the lookups, not alignment quality.) Returns the number of pairs.
 */
export async function pairSearchCorpus(db: Db, n: number): Promise<number> {
  const nDocs = Math.ceil(n / PER_DOC);
  const fr = Array.from({ length: Math.floor(nDocs / 2) }, (_, i) => 2 * i);
  await db.query(
    `INSERT INTO document_pairs (id, src_id, tgt_id, score, status, origin)
     SELECT 'pair-' || s, s, t, 1, 'confirmed', 'manifest' FROM unnest($1::text[], $2::text[]) AS x(s, t)`,
    [fr.map(hex16), fr.map((d) => hex16(d + 1))],
  );
  await db.query(
    `INSERT INTO alignment_links (pair_id, stream, ord, src, tgt, confidence)
     SELECT p.id, 'body', s.idx, ARRAY[s.idx], ARRAY[s.idx], 0.9
     FROM document_pairs p JOIN sentences s ON s.document_id = p.src_id
     WHERE EXISTS (SELECT 1 FROM sentences t WHERE t.document_id = p.tgt_id AND t.idx = s.idx)`,
  );
  return fr.length;
}
