import pgvector from 'pgvector';
import { z } from 'zod';
import type { FullTextTiers } from '../search/fulltext-tiers.ts';
import { statement, type Queryable, type Statement } from './db.ts';

export interface SearchFilter {
  lang?: 'fr' | 'en' | undefined;
  documentId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  kind?: string | undefined;
}

/**
 * The filters present, as conditions on the candidate rows `r` (sentences or sentence vectors:
 * both carry document_id and search_lang), `b` (blocks) and `d` (documents), numbered from
 * `$first`. Absent filters add nothing, so an unfiltered query is as plain as the raw k-NN.
 * `joins` brings in `d` and `b` only when a date or kind filter needs them: joining every
 * candidate to its document and block tripled the cost of an unfiltered full-text query.
 * (A sentence's search_lang is its own language when it has one, so filtering on it keeps the
 * sentences of that language and the undetermined ones searched in it.)
 */
function where(f: SearchFilter, first: number, rows: 'sentences' | 'vectors'): { joins: string; sql: string; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  const add = (cond: (p: string) => string, value: unknown) => {
    params.push(value);
    conds.push(cond(`$${first + params.length - 1}`));
  };
  if (f.lang !== undefined) add((p) => `r.search_lang = ${p}`, f.lang);
  if (f.documentId !== undefined) add((p) => `r.document_id = ${p}`, f.documentId);
  if (f.from !== undefined) add((p) => `d.published_on >= ${p}::date`, f.from);
  if (f.to !== undefined) add((p) => `d.published_on <= ${p}::date`, f.to);
  if (f.kind !== undefined) add((p) => `b.kind = ${p}`, f.kind);
  const needsDoc = f.from !== undefined || f.to !== undefined;
  const block = rows === 'sentences' ? ' JOIN blocks b ON b.document_id = r.document_id AND b.idx = r.block_idx'
    : ' JOIN sentences s ON s.document_id = r.document_id AND s.idx = r.idx JOIN blocks b ON b.document_id = s.document_id AND b.idx = s.block_idx';
  return {
    joins: `${needsDoc ? ' JOIN documents d ON d.id = r.document_id' : ''}${f.kind !== undefined ? block : ''}`,
    sql: conds.length ? conds.join(' AND ') : 'true',
    params,
  };
}

/**
 * Search's unfiltered statements are named (prepared once per session; their plans cannot
 * depend on the filters, and a kept generic plan saves the k-NN 1.3 ms of planning at 20,000
 * sentences and 6.4 ms at 100,000: p50 4.8 -> 3.5 and 10.8 -> 4.4 ms). A filtered statement is planned for its values each time:
 * a generic plan for "published between $4 and $5" guesses a narrow range and could scan
 * exactly where the index would do. Limits are literals for the same reason: a generic plan
 * with LIMIT $2 assumes a tenth of the table and chose a sequential scan over HNSW (1.1 s per
 * query at 100,000 sentences).
 */
const namedTexts = new Map<string, Statement>();
function prepared(text: string, params: unknown[]): string | Statement {
  if (params.length) return text;
  let st = namedTexts.get(text);
  if (!st) namedTexts.set(text, (st = statement(text)));
  return st;
}

/** A row count written into SQL (never user text): a positive integer or an error. */
function count(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`invalid row count ${n}`);
  return n;
}

const Ranked = z.object({ document_id: z.string(), idx: z.number(), score: z.number(), lang: z.enum(['fr', 'en']) });
export type Ranked = z.infer<typeof Ranked>;

/** The query parsed in French and in English with its words OR-ed: columns `fr` and `en` (NULL when empty). */
const orQueries = (param: string) =>
  `SELECT NULLIF(replace(plainto_tsquery('fr_unaccent', ${param})::text, '&', '|'), '')::tsquery AS fr,
          NULLIF(replace(plainto_tsquery('en_unaccent', ${param})::text, '&', '|'), '')::tsquery AS en`;

const Lexemes = z.object({ fr: z.array(z.string()), en: z.array(z.string()) });

/** The query's lexemes in the French and English configurations (stemmed, unaccented, stop words dropped). */
const LEXEMES = statement(`SELECT tsvector_to_array(to_tsvector('fr_unaccent', $1)) AS fr, tsvector_to_array(to_tsvector('en_unaccent', $1)) AS en`);

export async function queryLexemes(q: Queryable, query: string): Promise<z.infer<typeof Lexemes>> {
  const r = await q.query(LEXEMES, [query]);
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
  const w = where(f, 4, 'sentences');
  const level = (n: number, cond: string) =>
    `(SELECT r.document_id, r.idx, r.search_lang, r.tsv, ${n} AS level FROM sentences r${w.joins} WHERE ${cond} AND ${w.sql})`;
  const r = await q.query(
    prepared(`WITH c AS (
       SELECT * FROM (
         ${level(1, 'r.tsv @@ $1::tsquery')}
         UNION ALL ${level(2, 'r.tsv @@ $2::tsquery AND NOT r.tsv @@ $1::tsquery')}
         UNION ALL ${level(3, 'r.tsv @@ $3::tsquery AND NOT r.tsv @@ $2::tsquery AND NOT r.tsv @@ $1::tsquery')}
       ) u LIMIT ${count(pool)})
     SELECT document_id, idx, search_lang AS lang, ts_rank_cd(tsv, $3::tsquery)::float8 AS score
     FROM c ORDER BY level, score DESC, document_id, idx LIMIT ${count(limit)}`, w.params),
    [tiers.all, tiers.most, tiers.any, ...w.params],
  );
  return r.rows.map((x) => Ranked.parse(x));
}

/** Nearest sentences by cosine similarity (HNSW when the index exists); no join unless a date or kind filter needs one. */
export async function vectorCandidates(q: Queryable, vector: number[], f: SearchFilter, limit: number): Promise<Ranked[]> {
  const w = where(f, 2, 'vectors');
  const r = await q.query(
    prepared(`SELECT r.document_id, r.idx, r.search_lang AS lang, (1 - (r.embedding <=> $1::vector))::float8 AS score
     FROM sentence_vectors r${w.joins}
     WHERE ${w.sql}
     ORDER BY r.embedding <=> $1::vector LIMIT ${count(limit)}`, w.params),
    [pgvector.toSql(vector), ...w.params],
  );
  return r.rows.map((x) => Ranked.parse(x));
}

const CounterpartSentence = z.object({ idx: z.number(), text: z.string(), lang: z.string() });

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
  /** The aligned counterpart: its pair, the other version, and its sentences (null when none). */
  pair_id: z.string().nullable(),
  other_doc: z.string().nullable(),
  counterpart: z.array(CounterpartSentence).nullable(),
});
export type HitRow = z.infer<typeof HitRow>;

/** Marks around matched words in headlines: control characters that never occur in clean text. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/**
 * The fused hits in one statement: each sentence with its block kind, document, a headline
 * marking the query's words, and its aligned counterpart in the other language version (pairs
 * and links not rejected; of several links, the first by pair id, stream and order that has
 * sentences on the other side), with the counterpart's sentences in index order.
 * Measured on the 20,000-sentence bench (CPU time per search, median): details and
 * counterparts as three plain statements 7.1 ms, as this one named statement 4.0 ms. The pair is
 * looked up from each side in its own branch, so each uses an index (one `src_id = k OR tgt_id =
 * k` condition scanned all pairs per hit: 11.5 vs 5.1 ms at 100,000 sentences and 1,000 pairs).
 */
const HITS = statement(`WITH k AS (SELECT * FROM unnest($1::text[], $2::int[]) AS k(document_id, idx)),
     tq AS (${orQueries('$3')})
SELECT s.document_id, s.idx, s.block_idx, s.text, s.char_start, s.char_end, s.page_start, s.lang, b.kind, d.title, d.lang AS doc_lang,
       to_char(d.published_on, 'YYYY-MM-DD') AS published_on,
       ts_headline(CASE WHEN s.search_lang = 'en' THEN 'en_unaccent'::regconfig ELSE 'fr_unaccent'::regconfig END, s.text,
                   COALESCE(CASE WHEN s.search_lang = 'en' THEN tq.en ELSE tq.fr END, ''::tsquery),
                   'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', HighlightAll=true') AS headline,
       c.pair_id, c.other_doc,
       CASE WHEN c.pair_id IS NULL THEN NULL ELSE COALESCE(
         (SELECT json_agg(json_build_object('idx', o.idx, 'text', o.text, 'lang', o.lang) ORDER BY o.idx)
          FROM sentences o WHERE o.document_id = c.other_doc AND o.idx = ANY(c.other)), '[]') END AS counterpart
FROM k JOIN sentences s ON s.document_id = k.document_id AND s.idx = k.idx
  JOIN blocks b ON b.document_id = s.document_id AND b.idx = s.block_idx
  JOIN documents d ON d.id = s.document_id
  CROSS JOIN tq
  LEFT JOIN LATERAL (
    SELECT * FROM (
      SELECT p.id AS pair_id, p.tgt_id AS other_doc, l.tgt AS other, l.stream, l.ord
      FROM document_pairs p JOIN alignment_links l ON l.pair_id = p.id
      WHERE p.src_id = k.document_id AND p.status <> 'rejected' AND l.status <> 'rejected' AND k.idx = ANY(l.src) AND cardinality(l.tgt) > 0
      UNION ALL
      SELECT p.id, p.src_id, l.src, l.stream, l.ord
      FROM document_pairs p JOIN alignment_links l ON l.pair_id = p.id
      WHERE p.tgt_id = k.document_id AND p.status <> 'rejected' AND l.status <> 'rejected' AND k.idx = ANY(l.tgt) AND cardinality(l.src) > 0
    ) x ORDER BY pair_id, stream, ord LIMIT 1) c ON true`);

export async function hitRows(q: Queryable, keys: { document_id: string; idx: number }[], query: string): Promise<HitRow[]> {
  if (!keys.length) return [];
  const r = await q.query(HITS, [keys.map((k) => k.document_id), keys.map((k) => k.idx), query]);
  return r.rows.map((x) => HitRow.parse(x));
}
