import { createHash } from 'node:crypto';
import { IngestError } from './errors.ts';
import { yieldToEventLoop } from './event-loop.ts';
import type { DetectedLang, DocMeta, ParsedDoc, SourceFormat } from './model/document.ts';
import { assertSpans } from './model/provenance.ts';
import { assemble, type Assembled } from './stages/assemble.ts';
import { decodeText } from './stages/decode.ts';
import { detectDocumentLanguage } from './stages/detect-language.ts';
import { extractMetadata } from './stages/extract-metadata.ts';
import { parseHtml } from './stages/parse/html.ts';
import { parseMarkdown } from './stages/parse/markdown.ts';
import { parsePdf } from './stages/parse/pdf.ts';
import type { OcrMode } from './stages/parse/pdf/ocr-engine.ts';
import type { ReadStage } from './stages/parse/pdf/read-progress.ts';
import { parseText } from './stages/parse/text.ts';
import { sniffFormat } from './stages/sniff.ts';

export type Stage = 'detecting format' | 'parsing' | 'reading scanned pages' | 'segmenting' | 'reading metadata' | 'storing';
/** Reports progress as the stage running and the fraction (0..1) of the whole pipeline done. */
export type ProgressFn = (stage: Stage, fraction: number) => void;

export interface PipelineInput {
  bytes: Uint8Array;
  filename: string;
  /** Metadata from the manifest or the upload form; it wins over what the text says. */
  overrides?: DocMeta | undefined;
  /** PDF pages without a text layer: OCR when tesseract is installed (`auto`, the default) or never (`off`). */
  ocr?: OcrMode | undefined;
  /** The bytes' SHA-256 when the caller has it already (hashing 10 MB costs ~25 ms). */
  sha256?: string | undefined;
}

/** A document ready to store: everything derived from the bytes, nothing from the database. */
export interface IngestedDoc extends Assembled {
  sha256: string;
  format: SourceFormat;
  mime: string;
  byteSize: number;
  pageCount: number;
  lang: DetectedLang;
  meta: DocMeta & { title: string };
}

const MIME: Record<SourceFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html',
  txt: 'text/plain',
  md: 'text/markdown',
};

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Bytes → parsed → assembled → metadata: the whole ingestion short of storage. */
export async function runPipeline(input: PipelineInput, onProgress: ProgressFn = () => {}): Promise<IngestedDoc> {
  onProgress('detecting format', 0);
  const format = sniffFormat(input.bytes, input.filename);
  onProgress('parsing', 0.05);
  const parsed = await parse(format, input.bytes, (fraction, stage) => onProgress(stage === 'ocr' ? 'reading scanned pages' : 'parsing', 0.05 + 0.75 * fraction), input.ocr);
  if (parsed.blocks.length === 0) {
    throw new IngestError('NO_CONTENT', `${input.filename} holds no readable text.`);
  }
  onProgress('segmenting', 0.8);
  await yieldToEventLoop();
  const assembled = assemble(parsed);
  assertSpans(assembled.cleanText, assembled.blocks, 'block');
  assertSpans(assembled.cleanText, assembled.sentences, 'sentence');
  onProgress('reading metadata', 0.9);
  await yieldToEventLoop();
  const detected = detectDocumentLanguage(assembled.blocks.map((b) => ({ kind: b.kind, text: assembled.cleanText.slice(b.start, b.end) })));
  const declared = input.overrides?.lang ?? parsed.meta.lang;
  if (detected === 'und' && !declared) {
    throw new IngestError(
      'LANG_UNSUPPORTED',
      `${input.filename}: the text is neither French nor English as far as Concorde can tell. Concorde analyses French and English documents; if this one is, say so with the language field.`,
    );
  }
  const lang: DetectedLang = declared ?? detected;
  const fromText = extractMetadata(
    assembled.blocks.map((b) => ({ kind: b.kind, text: assembled.cleanText.slice(b.start, b.end) })),
    lang,
  );
  const meta = { ...parsed.meta, ...definedOnly(fromText), ...definedOnly(input.overrides ?? {}) };
  const title = meta.title ?? firstTitle(assembled) ?? input.filename;
  return {
    ...assembled,
    sha256: input.sha256 ?? sha256Hex(input.bytes),
    format,
    mime: MIME[format],
    byteSize: input.bytes.byteLength,
    pageCount: parsed.pageCount,
    lang,
    meta: { ...meta, title },
  };
}

async function parse(format: SourceFormat, bytes: Uint8Array, onProgress: (fraction: number, stage: ReadStage) => void, ocr?: OcrMode): Promise<ParsedDoc> {
  if (format === 'pdf') return parsePdf(bytes, { onProgress, ocr });
  const { text } = decodeText(bytes);
  if (format === 'html') return parseHtml(text);
  if (format === 'md') return parseMarkdown(text);
  return parseText(text);
}

function firstTitle(a: Assembled): string | undefined {
  const b = a.blocks.find((x) => x.kind === 'title') ?? a.blocks.find((x) => x.kind === 'heading');
  return b ? a.cleanText.slice(b.start, b.end).replace(/\s+/g, ' ').trim().slice(0, 300) : undefined;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<T>;
}
