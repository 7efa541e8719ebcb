import { z } from 'zod';
import type { Queryable } from './db.ts';

const BlockRow = z.object({
  idx: z.number(),
  kind: z.enum(['title', 'heading', 'body', 'footnote', 'sidebar', 'quote', 'caption', 'boilerplate']),
  char_start: z.number(),
  char_end: z.number(),
  page_start: z.number(),
  page_end: z.number(),
  lang: z.enum(['fr', 'en', 'und']),
  level: z.number().nullable(),
  marker: z.string().nullable(),
  text: z.string(),
});
export type BlockRow = z.infer<typeof BlockRow>;

const SentenceRow = z.object({
  idx: z.number(),
  block_idx: z.number(),
  char_start: z.number(),
  char_end: z.number(),
  page_start: z.number(),
  page_end: z.number(),
  lang: z.enum(['fr', 'en', 'und']),
  text: z.string(),
});
export type SentenceRow = z.infer<typeof SentenceRow>;

const FootnoteRefRow = z.object({ block_idx: z.number(), marker: z.string(), char_offset: z.number(), footnote_block_idx: z.number().nullable() });
export type FootnoteRefRow = z.infer<typeof FootnoteRefRow>;

export async function listBlocks(q: Queryable, documentId: string): Promise<BlockRow[]> {
  const r = await q.query(
    'SELECT idx, kind, char_start, char_end, page_start, page_end, lang, level, marker, text FROM blocks WHERE document_id = $1 ORDER BY idx',
    [documentId],
  );
  return r.rows.map((x) => BlockRow.parse(x));
}

export async function listSentences(q: Queryable, documentId: string): Promise<SentenceRow[]> {
  const r = await q.query(
    'SELECT idx, block_idx, char_start, char_end, page_start, page_end, lang, text FROM sentences WHERE document_id = $1 ORDER BY idx',
    [documentId],
  );
  return r.rows.map((x) => SentenceRow.parse(x));
}

export async function listFootnoteRefs(q: Queryable, documentId: string): Promise<FootnoteRefRow[]> {
  const r = await q.query(
    'SELECT block_idx, marker, char_offset, footnote_block_idx FROM footnote_refs WHERE document_id = $1 ORDER BY block_idx, char_offset',
    [documentId],
  );
  return r.rows.map((x) => FootnoteRefRow.parse(x));
}

/** Only the given sentences of a document, in order. */
export async function sentencesByIdx(q: Queryable, documentId: string, idx: number[]): Promise<SentenceRow[]> {
  if (!idx.length) return [];
  const r = await q.query(
    'SELECT idx, block_idx, char_start, char_end, page_start, page_end, lang, text FROM sentences WHERE document_id = $1 AND idx = ANY($2::int[]) ORDER BY idx',
    [documentId, idx],
  );
  return r.rows.map((x) => SentenceRow.parse(x));
}
