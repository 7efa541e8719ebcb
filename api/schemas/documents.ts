import { z } from '@hono/zod-openapi';
import { OcrReport } from '../../ingest/model/document.ts';
import { DocLang } from './common.ts';

/** HTTP shapes of documents, blocks, sentences and jobs. The web app imports these types only. */

const BlockKind = z.enum(['title', 'heading', 'body', 'footnote', 'sidebar', 'quote', 'caption', 'boilerplate']);

export const DocumentSummary = z
  .object({
    id: z.string().openapi({ example: 'f3baa790e8b846bd' }),
    sha256: z.string(),
    filename: z.string(),
    format: z.enum(['pdf', 'html', 'txt', 'md']),
    title: z.string(),
    authors: z.array(z.string()),
    publisher: z.string().nullable(),
    publishedOn: z.string().nullable().openapi({ description: 'ISO date; see datePrecision' }),
    datePrecision: z.enum(['day', 'month', 'year']).nullable(),
    dateText: z.string().nullable(),
    lang: DocLang,
    kind: z.string().nullable(),
    source: z.string().nullable(),
    workId: z.string().nullable(),
    pageCount: z.number().int(),
    ocr: OcrReport.nullable().openapi({ description: 'Pages whose text was read by OCR (tesseract), with words kept and mean confidence; null when none' }),
    byteSize: z.number().int(),
    blockCount: z.number().int(),
    sentenceCount: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('DocumentSummary');
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const BlockDto = z
  .object({
    idx: z.number().int(),
    kind: BlockKind,
    start: z.number().int(),
    end: z.number().int(),
    pageStart: z.number().int(),
    pageEnd: z.number().int(),
    lang: DocLang,
    level: z.number().int().nullable(),
    marker: z.string().nullable(),
    footnoteRefs: z.array(z.object({ marker: z.string(), offset: z.number().int(), footnoteBlockIdx: z.number().int().nullable() })),
    text: z.string(),
  })
  .openapi('Block');
export type BlockDto = z.infer<typeof BlockDto>;

export const SentenceDto = z
  .object({
    idx: z.number().int(),
    blockIdx: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    pageStart: z.number().int(),
    pageEnd: z.number().int(),
    lang: DocLang,
    text: z.string(),
  })
  .openapi('Sentence');
export type SentenceDto = z.infer<typeof SentenceDto>;

export const DocumentDetail = DocumentSummary.extend({
  blocks: z.array(BlockDto),
  sentences: z.array(SentenceDto),
}).openapi('DocumentDetail');
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const DocumentList = z.object({ items: z.array(DocumentSummary), total: z.number().int() }).openapi('DocumentList');
export type DocumentList = z.infer<typeof DocumentList>;

export const JobState = z.enum(['queued', 'running', 'done', 'duplicate', 'failed']);
export type JobState = z.infer<typeof JobState>;

export const JobDto = z
  .object({
    id: z.string(),
    state: JobState,
    filename: z.string(),
    /** 0..1 */
    progress: z.number(),
    stage: z.string().nullable(),
    documentId: z.string().nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Job');
export type JobDto = z.infer<typeof JobDto>;

/** RFC 9457 problem details. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string().optional(),
    instance: z.string().optional(),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof Problem>;
