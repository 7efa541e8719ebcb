import type { Queryable } from '../../ingest/store/db.ts';

const TABLES = ['documents', 'document_sources', 'blocks', 'sentences', 'footnote_refs'] as const;

/** Row counts of every document table: equal snapshots before and after mean nothing was left behind. */
export async function tableCounts(q: Queryable): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const r = await q.query<{ n: string }>(`SELECT count(*) AS n FROM ${t}`);
    out[t] = Number(r.rows[0]?.n);
  }
  return out;
}
