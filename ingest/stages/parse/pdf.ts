/**
 * PDF parsing and cleaning: positioned text → blocks in reading order with
 * kinds, clean de-hyphenated text, footnote calls, and page positions.
 * The steps live in ./pdf/: load (pdf-parse + pdf.js), lines, drop caps,
 * letter spacing, running headers, columns, paragraphs, classify, flow.
 */
import type { DocMeta, ParsedDoc } from '../../model/document.ts';
import { IngestError } from '../../errors.ts';
import { yieldToEventLoop } from '../../event-loop.ts';
import { classifyPage, type Classified } from './pdf/classify.ts';
import { buildChunks, orderChunks } from './pdf/columns.ts';
import { buildEvidence, hyphenPrior } from './pdf/dehyphenate.ts';
import { attachDropCaps } from './pdf/drop-cap.ts';
import { assembleBlocks } from './pdf/flow.ts';
import { bodyPitch, bodyStyle, docColWidth, pageCtx } from './pdf/layout.ts';
import { addWords, segmentLetterSpaced, type Vocabulary } from './pdf/letter-spacing.ts';
import { buildLines } from './pdf/lines.ts';
import { readPages, type PdfInfo } from './pdf/load.ts';
import type { OcrMode } from './pdf/ocr-engine.ts';
import { noTextLayerMessage, ocrEmptyPages } from './pdf/ocr.ts';
import { splitParagraphs } from './pdf/paragraphs.ts';
import { ReadProgress, type ReadStage } from './pdf/read-progress.ts';
import { findRunning } from './pdf/running-headers.ts';
import { pickTitle } from './pdf/title.ts';
import type { PageLines } from './pdf/types.ts';

/** Options of `parsePdf`. */
export interface ParsePdfOptions {
  /** Called after each page is read. */
  onProgress?: (fraction: number, stage: ReadStage) => void;
  /** Pages without a text layer are read by OCR (tesseract) when installed, unless `off`. Default `auto`. */
  ocr?: OcrMode | undefined;
}

const hasLetters = (s: string) => /[\p{L}\p{N}]/u.test(s);

/** Reads the pages and builds their lines; pages that extract as control characters give none. */
async function readAllLines(bytes: Uint8Array, progress: ReadProgress): Promise<{ info: PdfInfo; pages: PageLines[] }> {
  const pages: PageLines[] = [];
  const spaced = new Set<string>();
  const info = await readPages(bytes, (raw, total) => {
    const controlRatio = raw.rawChars ? raw.controlChars / raw.rawChars : 0;
    const lines = controlRatio > 0.5 ? [] : attachDropCaps(buildLines(raw, spaced)).filter((l) => hasLetters(l.text));
    pages.push({ page: raw.page, width: raw.width, height: raw.height, lines, controlRatio });
    progress.pageRead(total, lines.length === 0);
  });
  return { info, pages };
}

/** Recovers word gaps in letter-spaced display type from the document's own vocabulary. */
function fixLetterSpacing(pages: PageLines[]): void {
  const vocab: Vocabulary = new Map();
  for (const p of pages) for (const l of p.lines) if (!l.letterSpaced) addWords(vocab, l.text);
  for (const p of pages) {
    for (const l of p.lines) {
      if (!l.letterSpaced) continue;
      const fixed = segmentLetterSpaced(l.text, vocab);
      if (fixed !== l.text) {
        l.text = fixed;
        l.spans = [];
        l.refs = l.refs.map((r) => ({ ...r, offset: Math.min(r.offset, fixed.length) }));
      }
    }
  }
}

/**
 * Parses a PDF into blocks in reading order. Throws IngestError:
 * PARSE_FAILED (not a PDF, damaged or truncated), ENCRYPTED_PDF (password
 * required), NO_TEXT_LAYER (no page carries real text).
 */
export async function parsePdf(bytes: Uint8Array, opts: ParsePdfOptions = {}): Promise<ParsedDoc> {
  if (bytes.length === 0) throw new IngestError('EMPTY_FILE', 'The PDF file is empty (0 bytes).', { stage: 'pdf' });
  const mode = opts.ocr ?? 'auto';
  // No tesseract probe here: it would cost every process's first PDF two child processes. Without
  // tesseract, empty pages only hold the bar back until the document is read.
  const progress = new ReadProgress(opts.onProgress ?? (() => {}), mode !== 'off');
  const { info, pages } = await readAllLines(bytes, progress);
  const ocr = await ocrEmptyPages(bytes, pages, mode, (done, count) => progress.ocrPage(done, count));
  const all = pages.flatMap((p) => p.lines);
  if (all.length === 0) {
    throw new IngestError('NO_TEXT_LAYER', noTextLayerMessage(ocr), { stage: 'pdf' });
  }
  fixLetterSpacing(pages);
  const running = findRunning(pages);
  await yieldToEventLoop();
  const kept = all.filter((l) => !running.drop.has(l));
  const style = bodyStyle(kept);
  const doc = { ...style, pitch: bodyPitch(kept, style.size), colWidth: docColWidth(kept, style.size) };
  const ev = buildEvidence(all);
  const prior = hyphenPrior(all, ev);
  const items: Classified[] = [];
  const ctxs = new Map<number, ReturnType<typeof pageCtx>>();
  const lastTextPage = Math.max(...pages.filter((p) => p.lines.length > 0).map((p) => p.page));
  for (const p of pages) {
    const lines = p.lines.filter((l) => !running.drop.has(l));
    if (lines.length === 0) continue;
    if (p.page % 10 === 0) await yieldToEventLoop();
    const ctx = pageCtx(p.page, p.width, p.height, lines, doc);
    ctxs.set(p.page, ctx);
    const chunks = buildChunks(lines, p.page);
    for (const c of chunks) if (c.lines.every((l) => running.banner.has(l))) c.banner = true;
    const ordered = orderChunks(chunks, Math.max(3, 0.5 * doc.size), 1.8 * doc.pitch);
    const framed = ctx.body.length ? ctx.body : lines;
    const frame = { x0: Math.min(...framed.map((l) => l.x0)), x1: Math.max(...framed.map((l) => l.x1)) };
    items.push(...classifyPage(ordered, ctx, (c) => splitParagraphs(c, frame), p.page === lastTextPage));
  }
  pickTitle(items, ctxs, doc.size);
  await yieldToEventLoop();
  const blocks = assembleBlocks(items, ev, prior);
  const meta: DocMeta = {};
  const title = blocks.find((b) => b.kind === 'title')?.text ?? info.title;
  if (title) meta.title = title;
  // The info Author is often the word processor's user: keep only names the document itself prints.
  const printed = blocks.map((b) => b.text).join('\n').toLowerCase();
  const authors = (info.author ?? '')
    .split(/\s*(?:;|&|\band\b|\bet\b)\s*/)
    .filter((a) => a.length > 1 && (a.toLowerCase().match(/\p{L}{2,}/gu) ?? []).every((w) => printed.includes(w)));
  if (authors.length) meta.authors = authors;
  if (ocr.status === 'done') meta.ocr = ocr.report;
  return { format: 'pdf', pageCount: info.pageCount, blocks, meta };
}
