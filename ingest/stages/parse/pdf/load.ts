/**
 * Opening a PDF: document info and positioned text items through the pdf.js
 * engine that pdf-parse wraps, configured the way pdf-parse does it in
 * Node (in-process "fake" worker, verbosity 0, no standard font programs).
 */
import type { DocumentInitParameters, PDFDocumentProxy, PDFPageProxy, TextContent, TextItem, TextStyle } from 'pdfjs-dist/types/src/display/api.js';
import { IngestError } from '../../../errors.ts';
import { yieldToEventLoop } from '../../../event-loop.ts';
import { cleanItemText, countControls } from './clean-text.ts';
import { pdfRuntime } from './runtime.ts';
import type { FontStyle, Run } from './types.ts';

/** Document-level facts from the info dictionary. */
export interface PdfInfo {
  pageCount: number;
  title?: string;
  author?: string;
}

/** The cleaned, positioned text items of one page, in content-stream order. */
export interface RawPage {
  page: number;
  width: number;
  height: number;
  runs: Run[];
  /** Visible characters before cleaning, and how many of them were C0 controls. */
  rawChars: number;
  controlChars: number;
}

/** Maps pdf.js / pdf-parse exceptions to IngestError codes with a message a person understands. */
export function toIngestError(e: unknown, stage: string): IngestError {
  if (e instanceof IngestError) return e;
  const name = e instanceof Error ? e.name : '';
  const msg = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException') {
    return new IngestError('ENCRYPTED_PDF', 'This PDF is password-protected; remove the password and upload it again.', { stage, cause: e });
  }
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
    return new IngestError('PARSE_FAILED', `This file could not be read as a PDF (${msg}); it may be damaged or truncated.`, { stage, cause: e });
  }
  return new IngestError('PARSE_FAILED', `Reading the PDF failed: ${msg}`, { stage, cause: e });
}

const cleanInfo = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const s = v.replace(/[\u0000-\u001F\uFFFD]/g, ' ').replace(/\s+/g, ' ').trim();
  // Producer leftovers ("Microsoft Word - draft3.docx", "untitled") are not titles.
  if (s.length < 3 || /^(untitled|sans titre|document\d*)$/i.test(s) || /\.(docx?|indd|pdf|tex|pptx?)$/i.test(s) || /^microsoft word/i.test(s)) return undefined;
  return s;
};

const fontStyle = (name: string): FontStyle => {
  const n = name.replace(/^[A-Z]{6}\+/, '');
  return {
    name: n,
    bold: /bold|black|heavy|semibold|demibold|extrabold|ultrabold|[-,]bd\b/i.test(n),
    italic: /italic|ital$|oblique|inclined|kursiv|[-,]it\b/i.test(n),
  };
};

/**
 * Resolves pdf.js font ids to embedded font names. The text content names each font (`fontName`
 * in its style: patches/pdfjs-dist+5.4.296.patch, applied by `npm install`); without the patch,
 * or for a font pdf.js could not load, the operator list is built for the page, which sends its
 * fonts with their names, without annotations (their appearance streams are not in the text
 * content, so every font it names is one the page content itself sends). Reading names from
 * operator lists was ~15% of reading time on the real PDFs: each one parses the page again.
 */
async function resolveFonts(page: PDFPageProxy, styles: TextContent['styles'], cache: Map<string, FontStyle>): Promise<void> {
  for (const [id, style] of Object.entries(styles)) {
    const name = (style as TextStyle & { fontName?: unknown }).fontName;
    if (!cache.has(id) && typeof name === 'string') cache.set(id, fontStyle(name));
  }
  const unknown = Object.keys(styles).filter((id) => !cache.has(id));
  if (unknown.length === 0) return;
  const { pdfjs } = await pdfRuntime();
  await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  for (const id of unknown) {
    let name = id;
    if (page.commonObjs.has(id)) {
      const font: unknown = page.commonObjs.get(id);
      if (typeof font === 'object' && font !== null && 'name' in font && typeof font.name === 'string') name = font.name;
    }
    cache.set(id, fontStyle(name));
  }
}

/**
 * The document pdf.js's font loader adds @font-face rules to, here one that drops them. With font
 * faces enabled pdf.js hands each font to that loader once; with them disabled (its Node default)
 * it instead compiles the outline of every glyph shown into a path and sends each one over, on
 * every page whose operator list is built: most of the cost of reading font names. Text
 * extraction never paints, so the rules can go nowhere. Only the font loader uses this document
 * in Node (canvas and filter factories have Node versions of their own).
 */
const NO_FONT_FACES = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => {} }),
  documentElement: { getElementsByTagName: () => [{ append: () => {} }] },
} as unknown as DocumentInitParameters['ownerDocument'];

const isTextItem = (it: unknown): it is TextItem => typeof it === 'object' && it !== null && 'str' in it;

/** Converts one page's text items into cleaned runs in viewport coordinates. */
async function readPage(page: PDFPageProxy, fonts: Map<string, FontStyle>): Promise<RawPage> {
  const { pdfjs } = await pdfRuntime();
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  await resolveFonts(page, content.styles, fonts);
  const runs: Run[] = [];
  let rawChars = 0;
  let controlChars = 0;
  for (const item of content.items) {
    if (!isTextItem(item)) continue;
    if (item.str.length === 0) {
      const prev = runs[runs.length - 1];
      if (item.hasEOL && prev) prev.eol = true;
      continue;
    }
    const visible = item.str.replace(/\s/g, '');
    rawChars += visible.length;
    controlChars += countControls(visible);
    const m = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
    const size = Math.hypot(c, d);
    // Only horizontal left-to-right text takes part in the reading flow (rotated margin labels do not).
    if (size < 0.5 || a <= 0 || Math.abs(b) > 0.05 * size || Math.abs(c) > 0.05 * size) continue;
    const cleaned = cleanItemText(item.str);
    if (cleaned.junk) continue;
    const font = fonts.get(item.fontName) ?? fontStyle(item.fontName);
    const space = cleaned.text.trim() === '';
    runs.push({ text: cleaned.text, x: e, y: f, width: item.width, size, font, space, softHyphenEnd: cleaned.softHyphenEnd, letterSpaced: false, eol: item.hasEOL });
  }
  return { page: page.pageNumber, width: viewport.width, height: viewport.height, runs, rawChars, controlChars };
}

/**
 * Opens the PDF with pdf.js once: reads the page count and the info dictionary, then hands each
 * page's runs to `onPage`, one page at a time so memory stays flat. The document is always
 * destroyed. Throws IngestError.
 */
export async function readPages(bytes: Uint8Array, onPage: (raw: RawPage, total: number) => void): Promise<PdfInfo> {
  const { pdfjs } = await pdfRuntime();
  let doc: PDFDocumentProxy | undefined;
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    // No standardFontDataUrl: the standard font programs only draw glyphs. Text, widths and names
    // of fonts that are not embedded come from the PDF and pdf.js's built-in metrics and
    // encodings; loading and parsing those programs was ~10% of reading time (pdf-parse skips them too).
    isEvalSupported: false,
    // Font faces "enabled" into a document that drops them: see NO_FONT_FACES.
    disableFontFace: false,
    ownerDocument: NO_FONT_FACES,
    useSystemFonts: false,
    // Text extraction never paints: skip decoding images when the operator list is built for font names.
    maxImageSize: 1,
  });
  try {
    doc = await task.promise;
    const { info: rawInfo }: { info: unknown } = await doc.getMetadata();
    const info = (typeof rawInfo === 'object' && rawInfo !== null ? rawInfo : {}) as Record<string, unknown>;
    const fonts = new Map<string, FontStyle>();
    for (let n = 1; n <= doc.numPages; n++) {
      let page: PDFPageProxy | undefined;
      try {
        page = await doc.getPage(n);
        onPage(await readPage(page, fonts), doc.numPages);
        await yieldToEventLoop();
      } catch (e) {
        if (e instanceof IngestError) throw e;
        throw new IngestError('PARSE_FAILED', `Page ${n} of this PDF could not be read; the file may be truncated or damaged (${e instanceof Error ? e.message : String(e)}).`, { stage: 'pdf-page', cause: e });
      } finally {
        page?.cleanup();
      }
    }
    return { pageCount: doc.numPages, title: cleanInfo(info['Title']), author: cleanInfo(info['Author']) };
  } catch (e) {
    throw toIngestError(e, 'pdf-open');
  } finally {
    if (doc) await doc.destroy();
    else await task.destroy();
  }
}
