import { z } from 'zod';
import { OcrReport } from '../model/document.ts';
import type { IngestedDoc } from '../pipeline.ts';
import { searchLang } from '../stages/assemble.ts';
import type { Queryable } from './db.ts';

/** Short, stable, URL-friendly id: the first 16 hex digits of the SHA-256 of the bytes. */
export const documentIdFor = (sha256: string): string => sha256.slice(0, 16);

/** Inserts a whole document; call inside a transaction so that a failure leaves nothing. */
export async function insertDocument(q: Queryable, doc: IngestedDoc, filename: string): Promise<string> {
  const id = documentIdFor(doc.sha256);
  const m = doc.meta;
  await q.query(
    `INSERT INTO documents (id, sha256, filename, format, byte_size, title, authors, publisher, published_on, date_precision,
       date_text, lang, kind, source, work_id, page_count, clean_text, ocr)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)`,
    [id, doc.sha256, filename, doc.format, doc.byteSize, m.title, m.authors ?? [], m.publisher ?? null, m.publishedOn ?? null,
      m.datePrecision ?? null, m.dateText ?? null, doc.lang, m.kind ?? null, m.source ?? null, m.workId ?? null, doc.pageCount, doc.cleanText,
      m.ocr ? JSON.stringify(m.ocr) : null],
  );
  const b = doc.blocks;
  await q.query(
    `INSERT INTO blocks (document_id, idx, kind, char_start, char_end, page_start, page_end, lang, search_lang, level, marker, marks, text)
     SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::int[], $6::int[], $7::int[], $8::text[], $9::text[], $10::int[], $11::text[], $12::jsonb[], $13::text[])`,
    [id, b.map((x) => x.idx), b.map((x) => x.kind), b.map((x) => x.start), b.map((x) => x.end), b.map((x) => x.pageStart),
      b.map((x) => x.pageEnd), b.map((x) => x.lang), b.map((x) => searchLang(x.lang, doc.lang)), b.map((x) => x.level ?? null),
      b.map((x) => x.marker ?? null), b.map((x) => JSON.stringify(x.marks)), b.map((x) => doc.cleanText.slice(x.start, x.end))],
  );
  const s = doc.sentences;
  const blockLang = (i: number) => b[i]?.lang ?? 'und';
  await q.query(
    `INSERT INTO sentences (document_id, idx, block_idx, char_start, char_end, page_start, page_end, lang, search_lang, text)
     SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::text[], $9::text[], $10::text[])`,
    [id, s.map((x) => x.idx), s.map((x) => x.blockIdx), s.map((x) => x.start), s.map((x) => x.end), s.map((x) => x.pageStart),
      s.map((x) => x.pageEnd), s.map((x) => x.lang), s.map((x) => searchLang(x.lang, blockLang(x.blockIdx), doc.lang)), s.map((x) => x.text)],
  );
  const refs = b.flatMap((blk) =>
    blk.footnoteRefs.map((r) => ({ block: blk.idx, marker: r.marker, offset: r.offset, target: b.find((f) => f.kind === 'footnote' && f.marker === r.marker)?.idx ?? null })),
  );
  if (refs.length) {
    await q.query(
      `INSERT INTO footnote_refs (document_id, block_idx, marker, char_offset, footnote_block_idx)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::int[])`,
      [id, refs.map((r) => r.block), refs.map((r) => r.marker), refs.map((r) => r.offset), refs.map((r) => r.target)],
    );
  }
  return id;
}

export async function insertSource(q: Queryable, documentId: string, mime: string, bytes: Uint8Array): Promise<void> {
  await q.query('INSERT INTO document_sources (document_id, mime, bytes) VALUES ($1, $2, $3)', [documentId, mime, Buffer.from(bytes)]);
}

export async function findIdBySha(q: Queryable, sha256: string): Promise<string | null> {
  const r = await q.query<{ id: string }>('SELECT id FROM documents WHERE sha256 = $1', [sha256]);
  return r.rows[0]?.id ?? null;
}

const DocumentRow = z.object({
  id: z.string(),
  sha256: z.string(),
  filename: z.string(),
  format: z.enum(['pdf', 'html', 'txt', 'md']),
  byte_size: z.number(),
  title: z.string(),
  authors: z.array(z.string()),
  publisher: z.string().nullable(),
  published_on: z.string().nullable(),
  date_precision: z.enum(['day', 'month', 'year']).nullable(),
  date_text: z.string().nullable(),
  lang: z.enum(['fr', 'en', 'und']),
  kind: z.string().nullable(),
  source: z.string().nullable(),
  work_id: z.string().nullable(),
  page_count: z.number(),
  /** Pages read by OCR, when any. */
  ocr: OcrReport.nullable(),
  created_at: z.date(),
  block_count: z.coerce.number(),
  sentence_count: z.coerce.number(),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

export interface DocumentFilter {
  lang?: 'fr' | 'en' | 'und' | undefined;
  kind?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const SUMMARY_COLUMNS = `d.id, d.sha256, d.filename, d.format, d.byte_size, d.title, d.authors, d.publisher,
  to_char(d.published_on, 'YYYY-MM-DD') AS published_on, d.date_precision, d.date_text, d.lang, d.kind, d.source, d.work_id,
  d.page_count, d.ocr, d.created_at,
  (SELECT count(*) FROM blocks b WHERE b.document_id = d.id) AS block_count,
  (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentence_count`;

export async function listDocuments(q: Queryable, f: DocumentFilter = {}): Promise<{ rows: DocumentRow[]; total: number }> {
  const where = `WHERE ($1::text IS NULL OR d.lang = $1) AND ($2::text IS NULL OR d.kind = $2)
    AND ($3::date IS NULL OR d.published_on >= $3) AND ($4::date IS NULL OR d.published_on <= $4)`;
  const params = [f.lang ?? null, f.kind ?? null, f.from ?? null, f.to ?? null];
  const rows = await q.query(
    `SELECT ${SUMMARY_COLUMNS} FROM documents d ${where} ORDER BY d.published_on DESC NULLS LAST, d.title LIMIT $5 OFFSET $6`,
    [...params, f.limit ?? 100, f.offset ?? 0],
  );
  const total = await q.query<{ n: string }>(`SELECT count(*) AS n FROM documents d ${where}`, params);
  return { rows: rows.rows.map((r) => DocumentRow.parse(r)), total: Number(total.rows[0]?.n ?? 0) };
}

export async function getDocument(q: Queryable, id: string): Promise<DocumentRow | null> {
  const r = await q.query(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.id = $1`, [id]);
  return r.rows[0] ? DocumentRow.parse(r.rows[0]) : null;
}

export async function getCleanText(q: Queryable, id: string): Promise<string | null> {
  const r = await q.query<{ clean_text: string }>('SELECT clean_text FROM documents WHERE id = $1', [id]);
  return r.rows[0]?.clean_text ?? null;
}

export async function countDocuments(q: Queryable): Promise<number> {
  const r = await q.query<{ n: string }>('SELECT count(*) AS n FROM documents');
  return Number(r.rows[0]?.n ?? 0);
}
