/**
 * Tesseract's hOCR → text lines with their geometry (image pixels) and word confidences.
 * hOCR rather than plain text or TSV: it carries each line's baseline and its font-size estimate
 * (`x_size`), which the layout steps need to treat OCR lines like text-layer lines.
 */

/** One word as read, with tesseract's confidence (0-100). */
export interface OcrWord {
  text: string;
  conf: number;
}

/** One line in image pixels (y grows down). */
export interface OcrLine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Baseline at the line's left edge. */
  baseline: number;
  /** Height of the line's type (ascender to descender), the font-size estimate. */
  size: number;
  words: OcrWord[];
}

const LINE = /<span class='ocr_(?:line|header|caption|textfloat)'[^>]*title="([^"]*)"/g;
const WORD = /<span class='ocrx_word'[^>]*title='([^']*)'[^>]*>([\s\S]*?)<\/span>/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Undoes hOCR's escaping (named and numeric entities) and drops any inline tags. */
const unescape = (s: string): string =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    });

/** Reads `name v1 v2 …` from an hOCR title ("bbox 1 2 3 4; baseline 0 -10; x_size 46"). */
function prop(title: string, name: string): number[] | undefined {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s+([^;]+)`).exec(title);
  return m?.[1]?.trim().split(/\s+/).map(Number);
}

/** The lines of one hOCR page in tesseract's reading order; lines without words are dropped. */
export function parseHocr(hocr: string): OcrLine[] {
  const starts = [...hocr.matchAll(LINE)];
  const lines: OcrLine[] = [];
  for (const [i, m] of starts.entries()) {
    const title = m[1] ?? '';
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = prop(title, 'bbox') ?? [];
    const [, offset = 0] = prop(title, 'baseline') ?? [];
    const body = hocr.slice(m.index, starts[i + 1]?.index ?? hocr.length);
    const words: OcrWord[] = [];
    for (const w of body.matchAll(WORD)) {
      const text = unescape(w[2] ?? '').trim();
      if (text) words.push({ text, conf: prop(w[1] ?? '', 'x_wconf')?.[0] ?? 0 });
    }
    if (words.length === 0) continue;
    const size = prop(title, 'x_size')?.[0] ?? y1 - y0;
    lines.push({ x0, y0, x1, y1, baseline: y1 + offset, size: size > 0 ? size : y1 - y0, words });
  }
  return lines;
}
