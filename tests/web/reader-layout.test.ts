import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BlockDto, SentenceDto } from '../../api/schemas/documents.ts';
import { cutBlock, layoutDocument, type Piece, type Run } from '../../web/src/lib/reader-layout.ts';

/** How the reader cuts blocks into sentence runs, places footnote calls and page markers. */

const block = (b: Partial<BlockDto> & Pick<BlockDto, 'idx' | 'start' | 'text'>): BlockDto => ({
  kind: 'body',
  end: b.start + b.text.length,
  pageStart: 1,
  pageEnd: 1,
  lang: 'fr',
  level: null,
  marker: null,
  footnoteRefs: [],
  ...b,
});

const sentence = (idx: number, blockIdx: number, start: number, end: number, pageStart = 1, pageEnd = pageStart): SentenceDto => ({
  idx,
  blockIdx,
  start,
  end,
  pageStart,
  pageEnd,
  lang: 'fr',
  text: '',
});

const textOf = (pieces: Piece[]) => pieces.map((p) => (p.type === 'text' ? p.text : '')).join('');
const pagesOf = (runs: Run[]) => runs.flatMap((r) => r.pieces.filter((p) => p.type === 'page').map((p) => (p.type === 'page' ? `${p.from}-${p.to}` : '')));

describe('cutBlock', () => {
  it('cuts at sentence offsets (absolute into the clean text) and puts a footnote call after the character before its offset', () => {
    // Block starts at 10 in the clean text: "Un. Deux trois." ; call "1" at absolute 18, after "Deux".
    const b = block({ idx: 0, start: 10, text: 'Un. Deux trois.', footnoteRefs: [{ marker: '1', offset: 18, footnoteBlockIdx: 3 }] });
    const runs = cutBlock(b, [sentence(0, 0, 10, 13), sentence(1, 0, 14, 25)], () => null);

    expect(runs.map((r) => r.type)).toEqual(['sentence', 'gap', 'sentence']);
    expect(textOf(runs[0]!.pieces)).toBe('Un.');
    expect(textOf(runs[1]!.pieces)).toBe(' ');
    expect(runs[2]!.pieces).toEqual([
      { type: 'text', text: 'Deux' },
      { type: 'ref', marker: '1', footnoteBlockIdx: 3, refId: 'fnref-0-0' },
      { type: 'text', text: ' trois.' },
    ]);
  });

  it('gives a call sitting exactly at a sentence end to that sentence, not to the next one', () => {
    const b = block({ idx: 2, start: 0, text: 'A b. C d.', footnoteRefs: [{ marker: '*', offset: 4, footnoteBlockIdx: null }] });
    const runs = cutBlock(b, [sentence(0, 2, 0, 4), sentence(1, 2, 5, 9)], () => null);
    expect(runs[0]!.pieces.at(-1)).toMatchObject({ type: 'ref', marker: '*' });
    expect(runs[2]!.pieces.some((p) => p.type === 'ref')).toBe(false);
  });

  it('renders every character once and every call once, whatever the sentence boundaries', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 80 }),
        fc.nat({ max: 1000 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (text, start, cutSeeds, refSeeds) => {
          const cuts = [...new Set(cutSeeds.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const bounds = [0, ...cuts, text.length];
          const sentences = bounds.slice(1).map((end, i) => sentence(i, 0, start + bounds[i]!, start + end)).filter((s) => s.end > s.start && (s.idx % 2 === 0));
          const refs = refSeeds.map((r, k) => ({ marker: String(k + 1), offset: start + (r % (text.length + 1)), footnoteBlockIdx: null }));
          const runs = cutBlock(block({ idx: 0, start, text, footnoteRefs: refs }), sentences, () => null);
          expect(runs.map((r) => textOf(r.pieces)).join('')).toBe(text);
          expect(runs.flatMap((r) => r.pieces).filter((p) => p.type === 'ref')).toHaveLength(refs.length);
          expect(runs.filter((r) => r.type === 'sentence')).toHaveLength(sentences.length);
        },
      ),
    );
  });
});

describe('layoutDocument', () => {
  it('marks each page where it first starts in the main flow, including a page reached inside a sentence', () => {
    const blocks = [
      block({ idx: 0, start: 0, text: 'Aa. Bb.' }), // page 1
      block({ idx: 1, start: 9, text: 'Cc. Dd.', pageStart: 1, pageEnd: 2 }), // page 2 starts at "Dd."
      block({ idx: 2, start: 18, text: 'Ee. Ff.', pageStart: 4, pageEnd: 5 }), // page 3 is empty; "Ff." runs onto page 5
    ];
    const sentences = [
      sentence(0, 0, 0, 3),
      sentence(1, 0, 4, 7),
      sentence(2, 1, 9, 12),
      sentence(3, 1, 13, 16, 2),
      sentence(4, 2, 18, 21, 4),
      sentence(5, 2, 22, 25, 4, 5),
    ];
    const layout = layoutDocument({ blocks, sentences });
    expect(layout.main.map((l) => pagesOf(l.runs))).toEqual([['1-1'], ['2-2'], ['4-4', '5-5']]);
    const withPage = layout.main.flatMap((l) => l.runs).filter((r) => r.pieces[0]?.type === 'page');
    expect(withPage.map((r) => (r.type === 'sentence' ? r.sentence.idx : -1))).toEqual([0, 3, 4, 5]);
  });

  it('puts notes, captions and other page furniture apart, links calls to notes, and orders navigation main-first', () => {
    const blocks = [
      block({ idx: 0, start: 0, text: 'Body one.', footnoteRefs: [{ marker: '1', offset: 9, footnoteBlockIdx: 2 }] }),
      block({ idx: 1, start: 11, text: 'A caption.', kind: 'caption' }),
      block({ idx: 2, start: 23, text: 'The note.', kind: 'footnote', marker: '1', pageStart: 2, pageEnd: 2 }),
      block({ idx: 3, start: 34, text: 'Body two.', kind: 'heading', level: 2 }),
    ];
    const sentences = [sentence(0, 0, 0, 9), sentence(1, 1, 11, 21), sentence(2, 2, 23, 32, 2), sentence(3, 3, 34, 43)];
    const layout = layoutDocument({ blocks, sentences });

    expect(layout.main.map((l) => l.block.idx)).toEqual([0, 3]);
    expect(layout.aside.footnote.map((l) => l.block.idx)).toEqual([2]);
    expect(layout.aside.caption.map((l) => l.block.idx)).toEqual([1]);
    expect(layout.refsByFootnote.get(2)).toEqual(['fnref-0-0']);
    expect(layout.order).toEqual([0, 3, 2, 1]);
    // Side blocks carry no margin markers: they show their own page.
    expect(pagesOf(layout.aside.footnote[0]!.runs)).toEqual([]);
  });
});
