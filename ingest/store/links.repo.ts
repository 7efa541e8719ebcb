import { z } from 'zod';
import type { Queryable } from './db.ts';

export const STREAMS = ['body', 'footnote', 'sidebar', 'quote', 'boilerplate'] as const;
export type Stream = (typeof STREAMS)[number];
export type LinkStatus = 'auto' | 'confirmed' | 'rejected';

/** A discrepancy as stored: spans are absolute offsets into each document's clean text. */
export const StoredFlag = z.object({
  type: z.enum(['number', 'date', 'name', 'acronym', 'unmatched', 'untranslated', 'heading', 'footnote']),
  severity: z.enum(['high', 'medium', 'low']),
  message: z.string(),
  src: z.object({ start: z.number(), end: z.number() }).nullable(),
  tgt: z.object({ start: z.number(), end: z.number() }).nullable(),
});
export type StoredFlag = z.infer<typeof StoredFlag>;

const LinkRow = z.object({
  id: z.coerce.string(),
  pair_id: z.string(),
  stream: z.enum(STREAMS),
  ord: z.number(),
  src: z.array(z.number()),
  tgt: z.array(z.number()),
  confidence: z.number(),
  status: z.enum(['auto', 'confirmed', 'rejected']),
  flags: z.array(StoredFlag),
  reviewed_by: z.string().nullable(),
  reviewed_at: z.date().nullable(),
  note: z.string().nullable(),
});
export type LinkRow = z.infer<typeof LinkRow>;

export interface NewLink {
  stream: Stream;
  ord: number;
  src: number[];
  tgt: number[];
  confidence: number;
  status?: LinkStatus;
  flags: StoredFlag[];
}

const STREAM_ORDER = `array_position(ARRAY['body','footnote','sidebar','quote','boilerplate']::text[], stream)`;

export async function listLinks(q: Queryable, pairId: string): Promise<LinkRow[]> {
  const r = await q.query(`SELECT * FROM alignment_links WHERE pair_id = $1 ORDER BY ${STREAM_ORDER}, ord, id`, [pairId]);
  return r.rows.map((x) => LinkRow.parse(x));
}

export async function getLink(q: Queryable, pairId: string, id: string): Promise<LinkRow | null> {
  const r = await q.query('SELECT * FROM alignment_links WHERE pair_id = $1 AND id = $2', [pairId, id]);
  return r.rows[0] ? LinkRow.parse(r.rows[0]) : null;
}

/** Drops every link a person has not confirmed (re-alignment keeps confirmed ones). */
export async function deleteUnconfirmed(q: Queryable, pairId: string): Promise<void> {
  await q.query(`DELETE FROM alignment_links WHERE pair_id = $1 AND status <> 'confirmed'`, [pairId]);
}

export async function insertLinks(q: Queryable, pairId: string, links: NewLink[]): Promise<void> {
  if (!links.length) return;
  await q.query(
    `INSERT INTO alignment_links (pair_id, stream, ord, src, tgt, confidence, status, flags)
     SELECT $1, l.stream, l.ord, ARRAY(SELECT jsonb_array_elements_text(l.src)::int), ARRAY(SELECT jsonb_array_elements_text(l.tgt)::int),
            l.confidence, l.status, l.flags
     FROM jsonb_to_recordset($2::jsonb) AS l(stream text, ord int, src jsonb, tgt jsonb, confidence real, status text, flags jsonb)`,
    [pairId, JSON.stringify(links.map((l) => ({ ...l, status: l.status ?? 'auto' })))],
  );
}

export async function updateLink(
  q: Queryable,
  id: string,
  set: { src?: number[]; tgt?: number[]; ord?: number; status?: LinkStatus; confidence?: number; flags?: StoredFlag[]; reviewedBy?: string | null; note?: string | null },
): Promise<void> {
  await q.query(
    `UPDATE alignment_links SET src = COALESCE($2, src), tgt = COALESCE($3, tgt), ord = COALESCE($4, ord), status = COALESCE($5, status),
       confidence = COALESCE($6, confidence), flags = COALESCE($7, flags),
       reviewed_by = CASE WHEN $8::boolean THEN $9 ELSE reviewed_by END, reviewed_at = CASE WHEN $8::boolean THEN now() ELSE reviewed_at END,
       note = CASE WHEN $10::boolean THEN $11 ELSE note END
     WHERE id = $1`,
    [id, set.src ?? null, set.tgt ?? null, set.ord ?? null, set.status ?? null, set.confidence ?? null, set.flags ? JSON.stringify(set.flags) : null,
      set.reviewedBy !== undefined, set.reviewedBy ?? null, set.note !== undefined, set.note ?? null],
  );
}

export async function deleteLink(q: Queryable, id: string): Promise<void> {
  await q.query('DELETE FROM alignment_links WHERE id = $1', [id]);
}

/** Renumbers `ord` in a stream so positions stay dense after merges and splits. */
export async function renumber(q: Queryable, pairId: string, stream: Stream): Promise<void> {
  await q.query(
    `UPDATE alignment_links l SET ord = n.rn FROM (
       SELECT id, row_number() OVER (ORDER BY ord, id) - 1 AS rn FROM alignment_links WHERE pair_id = $1 AND stream = $2) n
     WHERE l.id = n.id`,
    [pairId, stream],
  );
}

export async function insertEdit(q: Queryable, pairId: string, action: string, author: string, before: unknown, after: unknown): Promise<void> {
  await q.query('INSERT INTO alignment_edits (pair_id, action, author, before, after) VALUES ($1, $2, $3, $4, $5)', [
    pairId, action, author, JSON.stringify(before), JSON.stringify(after),
  ]);
}

const EditRow = z.object({ id: z.coerce.string(), action: z.string(), author: z.string(), at: z.date(), before: z.unknown(), after: z.unknown() });
export type EditRow = z.infer<typeof EditRow>;

export async function listEdits(q: Queryable, pairId: string): Promise<EditRow[]> {
  const r = await q.query('SELECT id, action, author, at, before, after FROM alignment_edits WHERE pair_id = $1 ORDER BY at DESC, id DESC', [pairId]);
  return r.rows.map((x) => EditRow.parse(x));
}
