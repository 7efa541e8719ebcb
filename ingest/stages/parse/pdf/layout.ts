/**
 * Document and page measurements the classifier compares against: the body
 * font size (the size most characters are set in), the body column width, and
 * the body lines of each page.
 */
import type { Line } from './types.ts';

/** Measurements of one page. */
export interface PageCtx {
  page: number;
  width: number;
  height: number;
  lines: Line[];
  /** Lines set in the body size. */
  body: Line[];
  /** Typical width of a full body line on this page (a column or the text block). */
  colWidth: number;
  bodySize: number;
  bodyFont: string;
  /** Body line pitch of the document. */
  pitch: number;
}

const round = (x: number) => Math.round(x * 2) / 2;

/** The most common font size by characters, and the font used most at that size. */
export function bodyStyle(lines: Line[]): { size: number; font: string } {
  const bySize = new Map<number, number>();
  for (const l of lines) bySize.set(round(l.size), (bySize.get(round(l.size)) ?? 0) + l.text.length);
  let size = 10;
  let best = -1;
  for (const [s, n] of bySize) if (n > best) [size, best] = [s, n];
  const byFont = new Map<string, number>();
  for (const l of lines) if (round(l.size) === size) byFont.set(l.font, (byFont.get(l.font) ?? 0) + l.text.length);
  let font = '';
  best = -1;
  for (const [f, n] of byFont) if (n > best) [font, best] = [f, n];
  return { size, font };
}

/** Is the line set in (about) the body size? */
export const isBodySize = (l: Line, bodySize: number) => Math.abs(l.size - bodySize) <= 0.08 * bodySize;

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

/** Typical baseline distance between consecutive body lines. */
export function bodyPitch(lines: Line[], bodySize: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const d = b.baseline - a.baseline;
    if (a.page === b.page && isBodySize(a, bodySize) && isBodySize(b, bodySize) && d > 0.8 * bodySize && d < 2 * bodySize) gaps.push(d);
  }
  return gaps.length ? quantile(gaps, 0.5) : 1.2 * bodySize;
}

/** Builds the page context. */
export function pageCtx(page: number, width: number, height: number, lines: Line[], doc: { size: number; font: string; pitch: number; colWidth: number }): PageCtx {
  const body = lines.filter((l) => isBodySize(l, doc.size));
  const widths = body.map((l) => l.x1 - l.x0);
  const colWidth = widths.length >= 5 ? quantile(widths, 0.75) : doc.colWidth;
  return { page, width, height, lines, body, colWidth, bodySize: doc.size, bodyFont: doc.font, pitch: doc.pitch };
}

/** Typical width of a full body line over the whole document. */
export function docColWidth(lines: Line[], bodySize: number): number {
  const widths = lines.filter((l) => isBodySize(l, bodySize)).map((l) => l.x1 - l.x0);
  return widths.length ? quantile(widths, 0.75) : 300;
}
