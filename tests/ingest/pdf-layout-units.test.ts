/**
 * Unit tests of the page-level helpers on synthetic lines: running headers and
 * page numbers, letter-spaced display type, column order.
 */
import { describe, expect, it } from 'vitest';
import { box, orderChunks } from '../../ingest/stages/parse/pdf/columns.ts';
import { addWords, segmentLetterSpaced, type Vocabulary } from '../../ingest/stages/parse/pdf/letter-spacing.ts';
import { findRunning } from '../../ingest/stages/parse/pdf/running-headers.ts';
import type { Chunk, Line, PageLines } from '../../ingest/stages/parse/pdf/types.ts';

const line = (page: number, text: string, x0: number, baseline: number, size = 10, x1 = x0 + text.length * size * 0.5): Line => ({
  page,
  x0,
  x1,
  top: baseline - 0.8 * size,
  bottom: baseline + 0.2 * size,
  baseline,
  size,
  bold: false,
  italic: false,
  font: 'Body',
  text,
  spans: [],
  refs: [],
  softHyphenEnd: false,
  letterSpaced: false,
  tocNumber: false,
  order: 0,
});
const page = (n: number, lines: Line[]): PageLines => ({ page: n, width: 600, height: 800, lines, controlRatio: 0 });

const SENTENCES = [
  'By 18 September 2015 the Commission shall set out technical specifications; those acts shall be adopted as referred',
  'Member States shall notify the list of supervisory bodies and any change; those implementing acts follow what is referred',
  'Qualified trust service providers shall inform the body without delay of any change in the service, as referred',
  'The Commission may establish reference numbers of standards for electronic seals by acts adopted as referred',
  'Signature creation devices shall be certified by public or private bodies designated under the procedure referred',
  'Electronic registered delivery services meet the requirements set out in the standards adopted as referred',
  'Validation of advanced electronic seals based on qualified certificates follows the rules of the procedure referred',
  'Certificates for website authentication meet the requirements laid down in the annex and the procedure referred',
];

describe('running headers and page numbers', () => {
  const pages = Array.from({ length: 8 }, (_, i) => {
    const n = i + 1;
    return page(n, [
      line(n, n === 1 ? 'Treasury Board of Canada' : 'Treasury Board', 400, 40),
      line(n, `Body text on page ${n} that changes from page to page, line one`, 72, 200),
      line(n, `${n}`, 540, 770),
      // A repeated sentence ending a paragraph at the page foot is text, not a footer.
      line(n, SENTENCES[i]!, 72, 730),
      line(n, 'to in Article 48(2).', 72, 742),
    ]);
  });
  const { drop } = findRunning(pages);
  const dropped = (t: string) => pages.flatMap((p) => p.lines).filter((l) => l.text === t && drop.has(l)).length;

  it('drops a header whose wording varies on page 1', () => {
    expect(dropped('Treasury Board')).toBe(7);
    expect(dropped('Treasury Board of Canada')).toBe(1);
  });
  it('drops lone page numbers', () => {
    for (let n = 1; n <= 8; n++) expect(dropped(`${n}`)).toBe(1);
  });
  it('keeps body text, even a phrase repeated at the page foot', () => {
    expect(drop.size).toBe(8 + 8);
    expect(dropped('to in Article 48(2).')).toBe(0);
  });
});

describe('letter-spaced display type', () => {
  const vocab: Vocabulary = new Map();
  addWords(vocab, 'The foreword of Xavier Bettel, Prime Minister and Minister for Communications and Media. The national cybersecurity strategy (NCSS IV).');

  it('recovers word gaps from the document vocabulary', () => {
    expect(segmentLetterSpaced('·FOREWORDOFXAVIERBETTEL,PRIMEMINISTER,', vocab)).toBe('· FOREWORD OF XAVIER BETTEL, PRIME MINISTER,');
    expect(segmentLetterSpaced('NATIONALCYBERSECURITYSTRATEGYIV', vocab)).toBe('NATIONAL CYBERSECURITY STRATEGY IV');
  });
  it('keeps letters it cannot explain', () => {
    expect(segmentLetterSpaced('QWXZTRPLKJ', vocab)).toBe('QWXZTRPLKJ');
  });
});

describe('column order', () => {
  const chunk = (lines: Line[], order: number): Chunk => box(lines, 1, order);
  const col = (x: number, from: number, n: number, tag: string) => Array.from({ length: n }, (_, i) => line(1, `${tag}${i}`, x, from + 14 * i, 10, x + 180));

  it('reads a full-width title, then the left column, then the right column, even with aligned paragraph gaps', () => {
    const title = chunk([line(1, 'Title', 50, 60, 20, 500)], 0);
    // Two paragraphs per column whose gaps line up across the columns.
    const l1 = chunk(col(50, 100, 5, 'L1-'), 1);
    const r1 = chunk(col(300, 100, 5, 'R1-'), 2);
    const l2 = chunk(col(50, 180, 5, 'L2-'), 3);
    const r2 = chunk(col(300, 180, 5, 'R2-'), 4);
    const order = orderChunks([r2, l2, r1, l1, title], 5, 30).map((c) => c.lines[0]!.text);
    expect(order).toEqual(['Title', 'L1-0', 'L2-0', 'R1-0', 'R2-0']);
  });

  it('a wide empty band (a picture across the page) ends the columns above it', () => {
    const top = [chunk(col(50, 100, 5, 'A'), 1), chunk(col(300, 100, 5, 'B'), 2)];
    const bottom = [chunk(col(50, 400, 5, 'C'), 3), chunk(col(300, 400, 5, 'D'), 4)];
    const order = orderChunks([...bottom, ...top], 5, 30).map((c) => c.lines[0]!.text);
    expect(order).toEqual(['A0', 'B0', 'C0', 'D0']);
  });
});
