import type { BlockRow, FootnoteRefRow, SentenceRow } from '../../ingest/store/segments.repo.ts';
import type { DocumentRow } from '../../ingest/store/documents.repo.ts';
import type { JobRow } from '../../ingest/store/jobs.repo.ts';
import type { BlockDto, DocumentDetail, DocumentSummary, JobDto, SentenceDto } from '../schemas/documents.ts';

export function presentSummary(d: DocumentRow): DocumentSummary {
  return {
    id: d.id,
    sha256: d.sha256,
    filename: d.filename,
    format: d.format,
    title: d.title,
    authors: d.authors,
    publisher: d.publisher,
    publishedOn: d.published_on,
    datePrecision: d.date_precision,
    dateText: d.date_text,
    lang: d.lang,
    kind: d.kind,
    source: d.source,
    workId: d.work_id,
    pageCount: d.page_count,
    ocr: d.ocr,
    byteSize: d.byte_size,
    blockCount: d.block_count,
    sentenceCount: d.sentence_count,
    createdAt: d.created_at.toISOString(),
  };
}

export function presentBlock(b: BlockRow, refs: FootnoteRefRow[]): BlockDto {
  return {
    idx: b.idx,
    kind: b.kind,
    start: b.char_start,
    end: b.char_end,
    pageStart: b.page_start,
    pageEnd: b.page_end,
    lang: b.lang,
    level: b.level,
    marker: b.marker,
    footnoteRefs: refs.filter((r) => r.block_idx === b.idx).map((r) => ({ marker: r.marker, offset: r.char_offset, footnoteBlockIdx: r.footnote_block_idx })),
    text: b.text,
  };
}

export function presentSentence(s: SentenceRow): SentenceDto {
  return { idx: s.idx, blockIdx: s.block_idx, start: s.char_start, end: s.char_end, pageStart: s.page_start, pageEnd: s.page_end, lang: s.lang, text: s.text };
}

export function presentDetail(d: DocumentRow, blocks: BlockRow[], sentences: SentenceRow[], refs: FootnoteRefRow[]): DocumentDetail {
  return { ...presentSummary(d), blocks: blocks.map((b) => presentBlock(b, refs)), sentences: sentences.map(presentSentence) };
}

export function presentJob(j: JobRow): JobDto {
  return {
    id: j.id,
    state: j.state,
    filename: j.filename,
    progress: j.progress,
    stage: j.stage,
    documentId: j.document_id,
    error: j.error_code ? { code: j.error_code, message: j.error_message ?? j.error_code } : null,
    createdAt: j.created_at.toISOString(),
    updatedAt: j.updated_at.toISOString(),
  };
}
