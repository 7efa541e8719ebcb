/**
 * OCR of pages without a text layer: each page is rendered at 300 dpi, read by tesseract
 * (French + English), and its lines become ordinary `Line`s in page points, so columns,
 * paragraphs, de-hyphenation and the rest of the PDF steps treat them like extracted text.
 *
 * Which pages: in a PDF where no page has text, all of them (fonts that extract as control
 * characters included); in a PDF with text elsewhere, only pages that look scanned: one image over
 * half the page or more and no text items at all. Blank pages, figures and typeset pages with
 * undecodable fonts are left alone there, and a scan that does not read as a page of text
 * (signatures, flags, logos: a few labels among noise words) is read but discarded.
 */
import type { OcrPage, OcrReport } from '../../../model/document.ts';
import { IngestError } from '../../../errors.ts';
import { findOcrEngine, OCR_PACKAGES, recognise, type OcrEngine, type OcrMode } from './ocr-engine.ts';
import { parseHocr, type OcrLine } from './ocr-hocr.ts';
import { renderPages } from './ocr-render.ts';
import type { Line, PageLines } from './types.ts';

/** How the empty pages were dealt with. */
export type OcrOutcome =
  | { status: 'not needed' | 'off' | 'unavailable' }
  | { status: 'done'; report: OcrReport };

const DPI = 300;
/** A scanned page is one image over most of its area; a figure rarely covers half. */
const SCAN_COVERAGE = 0.5;
/** Lines tesseract reads with less mean confidence are specks, rules or picture texture. */
const MIN_LINE_CONFIDENCE = 30;
/**
 * In a PDF with text elsewhere, a scanned page is kept only if it reads as a page of text: a
 * sheet of signatures, flags and logos gives a few labels among noise words (seen: 20-44 words,
 * mean confidence 64-83), a scanned annex hundreds of words read at 90 or more.
 */
const ANNEX_MIN_WORDS = 40;
const ANNEX_MIN_CONFIDENCE = 75;

const hasLetters = (s: string) => /[\p{L}\p{N}]/u.test(s);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** One OCR line in page points, shaped like a text-layer line (same top/bottom convention). */
function toLine(l: OcrLine, page: number, scale: number, order: number): Line | undefined {
  const text = l.words.map((w) => w.text).join(' ').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!hasLetters(text)) return undefined;
  const size = l.size / scale;
  const baseline = l.baseline / scale;
  return {
    page, x0: l.x0 / scale, x1: l.x1 / scale, top: baseline - 0.8 * size, bottom: baseline + 0.2 * size, baseline, size,
    bold: false, italic: false, font: 'ocr', text, spans: [], refs: [],
    softHyphenEnd: false, letterSpaced: false, tocNumber: false, order,
  };
}

/** Tesseract's hOCR for one page; a crash or a timeout is a PARSE_FAILED naming the page (not retried). */
async function recogniseOrFail(engine: OcrEngine, png: Uint8Array, page: number): Promise<string> {
  try {
    return await recognise(engine, png, DPI);
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new IngestError('PARSE_FAILED', `OCR of page ${page} failed (${engine.version}: ${detail}).`, { stage: 'ocr', cause: e });
  }
}

/**
 * Fills in, in place, the lines of pages that extracted none, by OCR. `mode` off, or no
 * tesseract with French and English data on PATH, leaves the pages as they are.
 */
export async function ocrEmptyPages(bytes: Uint8Array, pages: PageLines[], mode: OcrMode = 'auto', onPage: (done: number, count: number) => void = () => {}): Promise<OcrOutcome> {
  const empty = pages.filter((p) => p.lines.length === 0);
  if (empty.length === 0) return { status: 'not needed' };
  if (mode === 'off') return { status: 'off' };
  const engine = await findOcrEngine();
  if (!engine) return { status: 'unavailable' };
  const scannedOnly = empty.length === pages.length;
  const byPage = new Map(empty.map((p) => [p.page, p]));
  const report: OcrPage[] = [];
  let finished = 0;
  const pageDone = () => onPage(++finished, empty.length);
  await renderPages(
    bytes,
    empty.map((p) => p.page),
    DPI,
    async (img) => {
      const target = byPage.get(img.page);
      if (!target) return;
      // Counted done before the PARSE_FAILED of a crash too: the bar then stops where it failed.
      const hocr = await recogniseOrFail(engine, img.png, img.page).finally(pageDone);
      const kept = parseHocr(hocr)
        .filter((l) => mean(l.words.map((w) => w.conf)) >= MIN_LINE_CONFIDENCE)
        .flatMap((l, i) => {
          const line = toLine(l, img.page, img.scale, i);
          return line ? [{ line, words: l.words }] : [];
        });
      const words = kept.flatMap((k) => k.words);
      const confidence = Math.round(10 * mean(words.map((w) => w.conf))) / 10;
      if (!scannedOnly && (words.length < ANNEX_MIN_WORDS || confidence < ANNEX_MIN_CONFIDENCE)) {
        report.push({ page: img.page, words: 0, confidence, discarded: true });
        return;
      }
      target.lines = kept.map((k) => k.line);
      report.push({ page: img.page, words: words.length, confidence });
    },
    (page, coverage) => {
      const skip = !scannedOnly && (coverage < SCAN_COVERAGE || (byPage.get(page)?.controlRatio ?? 0) > 0);
      if (skip) pageDone();
      return skip;
    },
  );
  if (report.length === 0) return { status: 'not needed' };
  return { status: 'done', report: { engine: engine.version, langs: engine.langs, dpi: DPI, pages: report } };
}

/** The NO_TEXT_LAYER message: why there is no text, and what would give some. */
export function noTextLayerMessage(outcome: OcrOutcome): string {
  const base = 'This PDF has no text layer (scanned images or unreadable fonts)';
  switch (outcome.status) {
    case 'off':
      return `${base}, and OCR is switched off (CONCORDE_OCR=off); unset it to read such PDFs with tesseract.`;
    case 'unavailable':
      return `${base}. Concorde can read it by OCR once tesseract is installed with French and English data (Debian: apt-get install ${OCR_PACKAGES}); or run OCR on it first.`;
    case 'done':
      return `${base}, and OCR (${outcome.report.engine}, ${outcome.report.langs}) found no readable text on its ${outcome.report.pages.length} page(s).`;
    case 'not needed':
      return `${base}.`;
  }
}
