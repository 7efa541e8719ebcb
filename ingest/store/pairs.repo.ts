import { z } from 'zod';
import type { Queryable } from './db.ts';

export const PairStatus = z.enum(['detected', 'confirmed', 'rejected']);
export type PairStatus = z.infer<typeof PairStatus>;
export type PairOrigin = 'detector' | 'manifest' | 'user';

const PairRow = z.object({
  id: z.string(),
  src_id: z.string(),
  tgt_id: z.string(),
  score: z.number(),
  evidence: z.record(z.string(), z.unknown()),
  status: PairStatus,
  origin: z.enum(['detector', 'manifest', 'user']),
  aligned_at: z.date().nullable(),
  aligner: z.string().nullable(),
  src_title: z.string(),
  src_lang: z.enum(['fr', 'en', 'und']),
  src_pages: z.number(),
  tgt_title: z.string(),
  tgt_lang: z.enum(['fr', 'en', 'und']),
  tgt_pages: z.number(),
  link_count: z.coerce.number(),
  flagged_count: z.coerce.number(),
  confirmed_count: z.coerce.number(),
});
export type PairRow = z.infer<typeof PairRow>;

export const pairIdFor = (srcId: string, tgtId: string): string => `${srcId}-${tgtId}`;

const SELECT = `SELECT p.id, p.src_id, p.tgt_id, p.score, p.evidence, p.status, p.origin, p.aligned_at, p.aligner,
    s.title AS src_title, s.lang AS src_lang, s.page_count AS src_pages, t.title AS tgt_title, t.lang AS tgt_lang, t.page_count AS tgt_pages,
    (SELECT count(*) FROM alignment_links l WHERE l.pair_id = p.id) AS link_count,
    (SELECT count(*) FROM alignment_links l WHERE l.pair_id = p.id AND jsonb_array_length(l.flags) > 0) AS flagged_count,
    (SELECT count(*) FROM alignment_links l WHERE l.pair_id = p.id AND l.status = 'confirmed') AS confirmed_count
  FROM document_pairs p JOIN documents s ON s.id = p.src_id JOIN documents t ON t.id = p.tgt_id`;

export interface NewPair {
  srcId: string;
  tgtId: string;
  score: number;
  evidence: Record<string, unknown>;
  status: PairStatus;
  origin: PairOrigin;
}

/** Creates a pair, or refreshes its score; a person's decision (confirmed/rejected by a user) is never overwritten by the detector. */
export async function upsertPair(q: Queryable, p: NewPair): Promise<string> {
  const id = pairIdFor(p.srcId, p.tgtId);
  await q.query(
    `INSERT INTO document_pairs (id, src_id, tgt_id, score, evidence, status, origin) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (src_id, tgt_id) DO UPDATE SET score = EXCLUDED.score, evidence = EXCLUDED.evidence, updated_at = now(),
       status = CASE WHEN document_pairs.origin = 'user' OR EXCLUDED.origin = 'detector' AND document_pairs.status <> 'detected'
                     THEN document_pairs.status ELSE EXCLUDED.status END,
       origin = CASE WHEN document_pairs.origin = 'user' THEN 'user' ELSE EXCLUDED.origin END`,
    [id, p.srcId, p.tgtId, p.score, JSON.stringify(p.evidence), p.status, p.origin],
  );
  return id;
}

export async function listPairs(q: Queryable): Promise<PairRow[]> {
  const r = await q.query(`${SELECT} ORDER BY p.status = 'rejected', p.score DESC, p.id`);
  return r.rows.map((x) => PairRow.parse(x));
}

export async function getPair(q: Queryable, id: string): Promise<PairRow | null> {
  const r = await q.query(`${SELECT} WHERE p.id = $1`, [id]);
  return r.rows[0] ? PairRow.parse(r.rows[0]) : null;
}

export async function setPairStatus(q: Queryable, id: string, status: PairStatus, origin: PairOrigin): Promise<void> {
  await q.query('UPDATE document_pairs SET status = $2, origin = $3, updated_at = now() WHERE id = $1', [id, status, origin]);
}

export async function markAligned(q: Queryable, id: string, aligner: string): Promise<void> {
  await q.query('UPDATE document_pairs SET aligned_at = now(), aligner = $2 WHERE id = $1', [id, aligner]);
}
