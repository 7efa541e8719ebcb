import type { Embedder } from '../embed/embedder.ts';
import type { Queryable } from '../store/db.ts';
import { fullTextTiers } from './fulltext-tiers.ts';
import { fullTextCandidates, hitRows, MARK_END, MARK_START, queryLexemes, vectorCandidates, type Ranked, type SearchFilter } from '../store/search.repo.ts';

export interface SearchRequest {
  q: string;
  filter: SearchFilter;
  limit: number;
}

export interface SearchHit {
  documentId: string;
  title: string;
  docLang: string;
  publishedOn: string | null;
  sentenceIdx: number;
  blockIdx: number;
  kind: string;
  lang: string;
  text: string;
  start: number;
  end: number;
  page: number;
  /** Reciprocal-rank-fusion score. */
  score: number;
  /** 1-based rank among the sentences of its language in each retriever; null when it did not return the sentence. */
  ranks: { fullText: number | null; vector: number | null };
  /** The sentence cut into pieces, `hit` where a query word matched. */
  snippet: { text: string; hit: boolean }[];
  counterpart: { pairId: string; documentId: string; sentences: { idx: number; text: string; lang: string }[] } | null;
}

/** Candidates taken from each retriever before fusion. */
const CANDIDATES = 60;
/**
 * Full-text rows ranked at most, read best coordination level first (all words, all but one,
 * any). Measured on the 20,000-sentence bench: the exhaustive ranking took 111 ms p50, a pool of
 * 150 rows 4.5 ms and 300 rows 7.4 ms; a pool of 200 keeps 96 % of the exhaustive top 10 among
 * the 60 candidates (100 rows: 91 %).
 */
export const FULL_TEXT_POOL = 200;
/** The usual reciprocal-rank-fusion constant (Cormack et al. 2009). */
const RRF_K = 60;
/** Vector hits below this cosine are noise for a query, whatever their rank. */
const MIN_COSINE = 0.15;

/**
 * Hybrid search: French and English full text (stemmed, accent-insensitive) and vector
 * similarity (cross-lingual through the embedder), fused by reciprocal rank. Each hit comes
 * with its aligned translation when its document belongs to a pair.
 */
export async function search(q: Queryable, embedder: Embedder, req: SearchRequest): Promise<SearchHit[]> {
  const text = req.q.trim();
  if (!text) return [];
  // Both halves at once: on a Postgres pool they run on two connections; PGlite's single
  // session queues them, which costs nothing.
  const [ft, vec] = await Promise.all([
    fullTextHalf(q, text, req.filter),
    embedder.embedQuery(text).then(async (v) => (await vectorCandidates(q, v, req.filter, CANDIDATES)).filter((r) => r.score >= MIN_COSINE)),
  ]);
  const fused = fuse(ft, vec).slice(0, req.limit);
  const keys = fused.map((f) => ({ document_id: f.documentId, idx: f.idx }));
  // The final hits only: their details, headlines and aligned counterparts in one statement.
  const details = new Map((await hitRows(q, keys, text)).map((d) => [`${d.document_id}:${d.idx}`, d]));
  const hits: SearchHit[] = [];
  for (const f of fused) {
    const key = `${f.documentId}:${f.idx}`;
    const d = details.get(key);
    if (!d) continue;
    hits.push({
      documentId: d.document_id,
      title: d.title,
      docLang: d.doc_lang,
      publishedOn: d.published_on,
      sentenceIdx: d.idx,
      blockIdx: d.block_idx,
      kind: d.kind,
      lang: d.lang,
      text: d.text,
      start: d.char_start,
      end: d.char_end,
      page: d.page_start,
      score: f.score,
      ranks: f.ranks,
      snippet: snippet(d.headline),
      counterpart: d.pair_id && d.other_doc ? { pairId: d.pair_id, documentId: d.other_doc, sentences: d.counterpart ?? [] } : null,
    });
  }
  return hits;
}

/** Full-text candidates by coordination level (empty when the query has only stop words). */
export async function fullTextHalf(q: Queryable, text: string, filter: SearchFilter): Promise<Ranked[]> {
  const lexemes = await queryLexemes(q, text);
  const tiers = fullTextTiers(lexemes.fr, lexemes.en);
  return tiers ? fullTextCandidates(q, tiers, filter, CANDIDATES, FULL_TEXT_POOL) : [];
}

interface Fused {
  documentId: string;
  idx: number;
  score: number;
  ranks: { fullText: number | null; vector: number | null };
}

/**
 * Reciprocal rank fusion of the two candidate lists. Ranks count within each language, so the
 * best French passage weighs as much as the best English one: a query in one language does not
 * bury the other language's passages under its own full-text matches.
 */
export function fuse(fullText: Ranked[], vector: Ranked[]): Fused[] {
  const byKey = new Map<string, Fused>();
  const add = (list: Ranked[], which: 'fullText' | 'vector') => {
    const seen = { fr: 0, en: 0 };
    for (const r of list) {
      const rank = ++seen[r.lang];
      const key = `${r.document_id}:${r.idx}`;
      const f = byKey.get(key) ?? { documentId: r.document_id, idx: r.idx, score: 0, ranks: { fullText: null, vector: null } };
      f.score += 1 / (RRF_K + rank);
      f.ranks[which] = rank;
      byKey.set(key, f);
    }
  };
  add(fullText, 'fullText');
  add(vector, 'vector');
  return [...byKey.values()].sort((a, b) => b.score - a.score || a.documentId.localeCompare(b.documentId) || a.idx - b.idx);
}

/** Splits a ts_headline (with HighlightAll) into plain pieces; its text equals the sentence. */
export function snippet(headline: string): { text: string; hit: boolean }[] {
  const out: { text: string; hit: boolean }[] = [];
  let hit = false;
  let buf = '';
  for (const ch of headline) {
    if (ch === MARK_START || ch === MARK_END) {
      if (buf) out.push({ text: buf, hit });
      buf = '';
      hit = ch === MARK_START;
    } else buf += ch;
  }
  if (buf) out.push({ text: buf, hit });
  return out;
}
