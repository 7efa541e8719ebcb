import pgvector from 'pgvector';
import { z } from 'zod';
import type { FullTextTiers } from '../search/fulltext-tiers.ts';
import type { Queryable } from './db.ts';

export interface SearchFilter {
  lang?: 'fr' | 'en' | undefined;
  documentId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  kind?: string | undefined;
}

/**
 * Filter clause on `s` (sentences), `b` (blocks), `d` (documents); parameters start at `$first`.
 * `joins` brings in `d` and `b` only when a date or kind filter needs them: joining every
 * candidate to its document and block tripled the cost of an unfiltered full-text query.
 */
function where(f: SearchFilter, first: number): { joins: string; sql: string; params: unknown[] } {
  const p = (i: number) => `$${first + i}`;
  const needsDoc = f.from !== undefined || f.to !== undefined;
  const needsBlock = f.kind !== undefined;
  return {
    joins: `${needsDoc ? ' JOIN documents d ON d.id = s.document_id' : ''}${needsBlock ? ' JOIN blocks b ON b.document_id = s.document_id AND b.idx = s.block_idx' : ''}`,
    sql: `(${p(0)}::text IS NULL OR s.lang = ${p(0)} OR (s.lang = 'und' AND s.search_lang = ${p(0)}))
      AND (${p(1)}::text IS NULL OR s.document_id = ${p(1)})
      ${needsDoc ? `AND (${p(2)}::date IS NULL OR d.published_on >= ${p(2)}) AND (${p(3)}::date IS NULL OR d.published_on <= ${p(3)})` : `AND ${p(2)}::date IS NULL AND ${p(3)}::date IS NULL`}
      ${needsBlock ? `AND (${p(4)}::text IS NULL OR b.kind = ${p(4)})` : `AND ${p(4)}::text IS NULL`}`,
    params: [f.lang ?? null, f.documentId ?? null, f.from ?? null, f.to ?? null, f.kind ?? null],
  };
}

const Ranked = z.object({ document_id: z.string(), idx: z.number(), score: z.number(), lang: z.enum(['fr', 'en']) });
export type Ranked = z.infer<typeof Ranked>;

/** The query parsed in French and in English with its words OR-ed: columns `fr` and `en` (NULL when empty). */
const orQueries = (param: string) =>
  `SELECT NULLIF(replace(plainto_tsquery('fr_unaccent', ${param})::text, '&', '|'), '')::tsquery AS fr,
          NULLIF(replace(plainto_tsquery('en_unaccent', ${param})::text, '&', '|'), '')::tsquery AS en`;

const Lexemes = z.object({ fr: z.array(z.string()), en: z.array(z.string()) });

/** The query's lexemes in the French and English configurations (stemmed, unaccented, stop words dropped). */
export async function queryLexemes(q: Queryable, query: string): Promise<z.infer<typeof Lexemes>> {
  const r = await q.query(`SELECT tsvector_to_array(to_tsvector('fr_unaccent', $1)) AS fr, tsvector_to_array(to_tsvector('en_unaccent', $1)) AS en`, [query]);
  return Lexemes.parse(r.rows[0]);
}

/**
 * Full-text candidates in both languages, by coordination level: sentences matching all the
 * query's words, then all but one, then any (`FullTextTiers`, French and English parses
 * OR-ed). The levels are read in that order and the read stops after `pool` rows, so the
 * GIN index does the selecting and at most `pool` rows are ranked (ts_rank_cd against the
 * any-word query), instead of every sentence sharing one common word with the query.
 * (The levels come out in order because a plain Append reads its branches one after the
 * other; PGlite never plans a Parallel Append, which could interleave them.)
 */
export async function fullTextCandidates(q: Queryable, tiers: FullTextTiers, f: SearchFilter, limit: number, pool: number): Promise<Ranked[]> {
  const w = where(f, 6);
  const level = (n: number, cond: string) =>
    `(SELECT s.document_id, s.idx, s.search_lang, s.tsv, ${n} AS level FROM sentences s${w.joins} WHERE ${cond} AND ${w.sql})`;
  const r = await q.query(
    `WITH c AS (
       SELECT * FROM (
         ${level(1, 's.tsv @@ $1::tsquery')}
         UNION ALL ${level(2, 's.tsv @@ $2::tsquery AND NOT s.tsv @@ $1::tsquery')}
         UNION ALL ${level(3, 's.tsv @@ $3::tsquery AND NOT s.tsv @@ $2::tsquery AND NOT s.tsv @@ $1::tsquery')}
       ) u LIMIT $5)
     SELECT document_id, idx, search_lang AS lang, ts_rank_cd(tsv, $3::tsquery)::float8 AS score
     FROM c ORDER BY level, score DESC, document_id, idx LIMIT $4`,
    [tiers.all, tiers.most, tiers.any, limit, pool, ...w.params],
  );
  return r.rows.map((x) => Ranked.parse(x));
}

/** Nearest sentences by cosine similarity (HNSW when the index exists). */
export async function vectorCandidates(q: Queryable, vector: number[], f: SearchFilter, limit: number): Promise<Ranked[]> {
  const w = where(f, 3);
  const r = await q.query(
    `SELECT v.document_id, v.idx, s.search_lang AS lang, (1 - (v.embedding <=> $1::vector))::float8 AS score
     FROM sentence_vectors v JOIN sentences s ON s.document_id = v.document_id AND s.idx = v.idx${w.joins}
     WHERE ${w.sql}
     ORDER BY v.embedding <=> $1::vector LIMIT $2`,
    [pgvector.toSql(vector), limit, ...w.params],
  );
  return r.rows.map((x) => Ranked.parse(x));
}

const HitRow = z.object({
  document_id: z.string(),
  idx: z.number(),
  block_idx: z.number(),
  text: z.string(),
  char_start: z.number(),
  char_end: z.number(),
  page_start: z.number(),
  lang: z.enum(['fr', 'en', 'und']),
  kind: z.string(),
  title: z.string(),
  doc_lang: z.enum(['fr', 'en', 'und']),
  published_on: z.string().nullable(),
  headline: z.string(),
});
export type HitRow = z.infer<typeof HitRow>;

/** Marks around matched words in headlines: control characters that never occur in clean text. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** The sentences of the fused hits, with a headline marking the query's words. */
export async function hitDetails(q: Queryable, keys: { document_id: string; idx: number }[], query: string): Promise<HitRow[]> {
  if (!keys.length) return [];
  const r = await q.query(
    `WITH k AS (SELECT * FROM unnest($1::text[], $2::int[]) AS k(document_id, idx)),
          tq AS (${orQueries('$3')})
     SELECT s.document_id, s.idx, s.block_idx, s.text, s.char_start, s.char_end, s.page_start, s.lang, b.kind, d.title, d.lang AS doc_lang,
            to_char(d.published_on, 'YYYY-MM-DD') AS published_on,
            ts_headline(CASE WHEN s.search_lang = 'en' THEN 'en_unaccent'::regconfig ELSE 'fr_unaccent'::regconfig END, s.text,
                        COALESCE(CASE WHEN s.search_lang = 'en' THEN tq.en ELSE tq.fr END, ''::tsquery),
                        'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', HighlightAll=true') AS headline
     FROM k JOIN sentences s ON s.document_id = k.document_id AND s.idx = k.idx
       JOIN blocks b ON b.document_id = s.document_id AND b.idx = s.block_idx JOIN documents d ON d.id = s.document_id, tq`,
    [keys.map((k) => k.document_id), keys.map((k) => k.idx), query],
  );
  return r.rows.map((x) => HitRow.parse(x));
}

const Link = z.object({ document_id: z.string(), idx: z.number(), pair_id: z.string(), stream: z.string(), ord: z.number(), other_doc: z.string(), other: z.array(z.number()) });
const CounterpartSentence = z.object({ document_id: z.string(), idx: z.number(), text: z.string(), lang: z.string() });

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Counterpart {
  pair_id: string;
  other_doc: string;
  sentences: { idx: number; text: string; lang: string }[];
}

/**
 * For each sentence, the sentences aligned with it in the other language version (pairs and
 * links not rejected), texts included, in two statements whatever the number of hits (the
 * links, then every aligned sentence at once) instead of one more per aligned hit. A sentence
 * aligned in several links keeps the first by pair id, stream and order. (Measured on the
 * 20,000-sentence bench, one statement doing both, or folded into hitDetails, took longer to
 * parse and plan than these two.)
 */
export async function counterparts(q: Queryable, keys: { document_id: string; idx: number }[]): Promise<Map<string, Counterpart>> {
  if (!keys.length) return new Map();
  const r = await q.query(
    `WITH k AS (SELECT * FROM unnest($1::text[], $2::int[]) AS k(document_id, idx))
     SELECT k.document_id, k.idx, p.id AS pair_id, l.stream, l.ord,
            CASE WHEN p.src_id = k.document_id THEN p.tgt_id ELSE p.src_id END AS other_doc,
            CASE WHEN p.src_id = k.document_id THEN l.tgt ELSE l.src END AS other
     FROM k JOIN document_pairs p ON (p.src_id = k.document_id OR p.tgt_id = k.document_id) AND p.status <> 'rejected'
       JOIN alignment_links l ON l.pair_id = p.id AND l.status <> 'rejected'
         AND ((p.src_id = k.document_id AND k.idx = ANY(l.src)) OR (p.tgt_id = k.document_id AND k.idx = ANY(l.tgt)))`,
    [keys.map((k) => k.document_id), keys.map((k) => k.idx)],
  );
  // Sorted here rather than by ORDER BY, which cost more to plan than the few rows to sort.
  const rows = r.rows.map((row) => Link.parse(row)).sort((a, b) => cmp(a.pair_id, b.pair_id) || cmp(a.stream, b.stream) || a.ord - b.ord);
  const links = new Map<string, z.infer<typeof Link>>();
  for (const l of rows) {
    const key = `${l.document_id}:${l.idx}`;
    if (l.other.length && !links.has(key)) links.set(key, l);
  }
  if (!links.size) return new Map();
  const wanted = [...links.values()].flatMap((l) => l.other.map((idx) => ({ doc: l.other_doc, idx })));
  const s = await q.query(
    `SELECT DISTINCT s.document_id, s.idx, s.text, s.lang FROM unnest($1::text[], $2::int[]) AS w(document_id, idx)
       JOIN sentences s ON s.document_id = w.document_id AND s.idx = w.idx`,
    [wanted.map((w) => w.doc), wanted.map((w) => w.idx)],
  );
  const texts = new Map(s.rows.map((row) => {
    const x = CounterpartSentence.parse(row);
    return [`${x.document_id}:${x.idx}`, { idx: x.idx, text: x.text, lang: x.lang }];
  }));
  const out = new Map<string, Counterpart>();
  for (const [key, l] of links) {
    // In index order, each once, as the aligned sentences read by index from their document.
    const sentences = [...new Set(l.other)].sort((a, b) => a - b).flatMap((idx) => texts.get(`${l.other_doc}:${idx}`) ?? []);
    out.set(key, { pair_id: l.pair_id, other_doc: l.other_doc, sentences });
  }
  return out;
}
