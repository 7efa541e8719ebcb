/**
 * Scanned PDFs made at test time: text painted onto a bitmap (@napi-rs/canvas, with the
 * Liberation Sans that pdfjs-dist ships, so no system font is needed) and embedded as an image
 * in a PDF (pdf-lib). No page carries a text layer unless asked for.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const FONT = 'ConcordeScanSans';
const fontFile = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts', 'LiberationSans-Regular.ttf');
let registered = false;

/** A4 in points. */
const PAGE = { width: 595, height: 842 };

/** A page of a test PDF: painted lines (a scan) or real text (a text layer). */
export type TestPage = { scan: string[] } | { text: string[] };

/** Paints lines of 12 pt text on a white A4 bitmap at `dpi`, as PNG bytes. */
export function paintLines(lines: string[], dpi = 200): Uint8Array {
  if (!registered) registered = GlobalFonts.registerFromPath(fontFile, FONT);
  if (!registered) throw new Error(`could not load the test font ${fontFile}`);
  const s = dpi / 72;
  const canvas = createCanvas(Math.round(PAGE.width * s), Math.round(PAGE.height * s));
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#000000';
  g.font = `${12 * s}px ${FONT}`;
  for (const [i, line] of lines.entries()) g.fillText(line, 72 * s, (96 + i * 17) * s);
  return new Uint8Array(canvas.toBuffer('image/png'));
}

/** A PDF with the given pages, in order. */
export async function makePdf(pages: TestPage[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const p of pages) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    if ('scan' in p) {
      const img = await pdf.embedPng(paintLines(p.scan));
      page.drawImage(img, { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
    } else {
      // WinAnsi Helvetica: keep these lines to Latin-1.
      for (const [i, line] of p.text.entries()) page.drawText(line, { x: 72, y: PAGE.height - 96 - i * 17, size: 12, font });
    }
  }
  return pdf.save();
}

/**
 * Fails, rather than skips, when tesseract with French and English data is missing: CI installs
 * it, and a silent skip would hide that OCR is untested.
 */
export function requireTesseract(): void {
  let langs = '';
  try {
    langs = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    throw new Error('tesseract is not installed: these OCR tests need it (Debian: apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng).');
  }
  const have = new Set(langs.split(/\s+/));
  if (!have.has('fra') || !have.has('eng')) {
    throw new Error('tesseract lacks its French or English data: apt-get install tesseract-ocr-fra tesseract-ocr-eng.');
  }
}
