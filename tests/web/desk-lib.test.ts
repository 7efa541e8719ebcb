import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlagDto, LinkDto, PairDto } from '../../api/schemas/alignment.ts';
import {
  confidenceLevel,
  describeEditValue,
  deskSides,
  filterLinks,
  findWrapping,
  groupByStream,
  highlightPieces,
  neighbours,
  pagesBefore,
  sentenceRange,
  successorOf,
  worstSeverity,
} from '../../web/src/lib/desk.ts';

/** The review desk's pure helpers: sides, confidence bands, filters, streams, flag spans. */

const flag = (f: Partial<FlagDto>): FlagDto => ({ type: 'number', severity: 'high', message: 'm', src: null, tgt: null, ...f });
const sent = (idx: number, start: number, text: string, pageStart = 1) => ({ idx, start, end: start + text.length, pageStart, text });
const link = (id: string, l: Partial<LinkDto> = {}): LinkDto => ({
  id,
  stream: 'body',
  ord: 0,
  src: [],
  tgt: [],
  confidence: 0.9,
  status: 'auto',
  flags: [],
  reviewedBy: null,
  reviewedAt: null,
  note: null,
  ...l,
});
const doc = (lang: 'fr' | 'en' | 'und') => ({ id: lang, title: lang, lang, pageCount: 1 });

describe('confidenceLevel', () => {
  it('is red below 0.5, green above 0.8, amber between (bounds included in amber)', () => {
    expect([0, 0.49, 0.5, 0.8, 0.81, 1].map(confidenceLevel)).toEqual(['low', 'low', 'mid', 'mid', 'high', 'high']);
  });
});

describe('deskSides', () => {
  it('puts French on the left whichever side of the pair it is', () => {
    expect(deskSides({ src: doc('fr'), tgt: doc('en') } as Pick<PairDto, 'src' | 'tgt'>)).toEqual({ left: 'src', right: 'tgt' });
    expect(deskSides({ src: doc('en'), tgt: doc('fr') } as Pick<PairDto, 'src' | 'tgt'>)).toEqual({ left: 'tgt', right: 'src' });
    expect(deskSides({ src: doc('en'), tgt: doc('und') } as Pick<PairDto, 'src' | 'tgt'>)).toEqual({ left: 'src', right: 'tgt' });
  });
});

describe('highlightPieces', () => {
  const s = sent(7, 100, 'Il y a 75 000 soldats.');

  it('moves absolute spans into the sentence and cuts the text there', () => {
    // "75 000" is at offsets 7..13 of the sentence, 107..113 of the document.
    const pieces = highlightPieces(s, [flag({ src: { start: 107, end: 113 } })], 'src');
    expect(pieces).toEqual([
      { text: 'Il y a ', flags: [] },
      { text: '75 000', flags: [0] },
      { text: ' soldats.', flags: [] },
    ]);
  });

  it('ignores the other side’s spans and spans outside the sentence; clips spans that overrun it', () => {
    const flags = [flag({ tgt: { start: 107, end: 113 } }), flag({ src: { start: 10, end: 20 } }), flag({ src: { start: 95, end: 102 } })];
    expect(highlightPieces(s, flags, 'src')).toEqual([
      { text: 'Il', flags: [2] },
      { text: ' y a 75 000 soldats.', flags: [] },
    ]);
  });

  it('gives overlapping spans pieces that carry both flags', () => {
    const flags = [flag({ src: { start: 100, end: 113 } }), flag({ src: { start: 107, end: 122 } })];
    expect(highlightPieces(s, flags, 'src')).toEqual([
      { text: 'Il y a ', flags: [0] },
      { text: '75 000', flags: [0, 1] },
      { text: ' soldats.', flags: [1] },
    ]);
  });

  it('always gives back the sentence text, in order, whatever the spans', () => {
    const span = fc.record({ start: fc.integer({ min: 80, max: 140 }), end: fc.integer({ min: 80, max: 140 }) });
    fc.assert(
      fc.property(fc.array(fc.record({ src: fc.option(span, { nil: null }) }), { maxLength: 6 }), (raw) => {
        const pieces = highlightPieces(s, raw.map((r) => flag({ src: r.src })), 'src');
        expect(pieces.map((p) => p.text).join('')).toBe(s.text);
        expect(pieces.every((p) => p.text.length > 0)).toBe(true);
      }),
    );
  });
});

describe('filters, streams and neighbours', () => {
  const links = [
    link('1', { flags: [flag({})] }),
    link('2', { status: 'confirmed' }),
    link('3', { status: 'confirmed', flags: [flag({ severity: 'low' })] }),
    link('4', { stream: 'footnote' }),
    link('5', { stream: 'boilerplate', flags: [flag({ severity: 'medium' })] }),
  ];

  it('keeps flagged and/or unconfirmed links in their order', () => {
    expect(filterLinks(links, { flagged: true, unconfirmed: false }).map((l) => l.id)).toEqual(['1', '3', '5']);
    expect(filterLinks(links, { flagged: false, unconfirmed: true }).map((l) => l.id)).toEqual(['1', '4', '5']);
    expect(filterLinks(links, { flagged: true, unconfirmed: true }).map((l) => l.id)).toEqual(['1', '5']);
    expect(filterLinks(links, { flagged: false, unconfirmed: false })).toHaveLength(5);
  });

  it('groups by stream in reading order', () => {
    const shuffled = [links[4]!, links[3]!, links[0]!];
    expect(groupByStream(shuffled).map((g) => [g.stream, g.links.map((l) => l.id)])).toEqual([
      ['body', ['1']],
      ['footnote', ['4']],
      ['boilerplate', ['5']],
    ]);
  });

  it('finds neighbours only within a stream', () => {
    const n = neighbours(links);
    expect(n.get('1')).toEqual({ previous: null, next: links[1] });
    expect(n.get('3')?.next).toBeNull();
    expect(n.get('4')).toEqual({ previous: null, next: null });
  });

  it('finds the next matching link, wrapping around', () => {
    const flagged = (l: LinkDto) => l.flags.length > 0;
    expect(findWrapping(links, 0, 1, flagged)).toBe(2);
    expect(findWrapping(links, 4, 1, flagged)).toBe(0);
    expect(findWrapping(links, 0, -1, flagged)).toBe(4);
    expect(findWrapping(links, 0, 1, () => false)).toBe(-1);
  });

  it('reports the worst severity', () => {
    expect(worstSeverity([flag({ severity: 'low' }), flag({ severity: 'medium' })])).toBe('medium');
    expect(worstSeverity([])).toBeNull();
  });
});

describe('pagesBefore', () => {
  it('remembers the last page per side, across empty sides, and restarts with each stream', () => {
    const links = [
      link('a', { src: [sent(0, 0, 'x', 1)], tgt: [sent(0, 0, 'y', 1)] }),
      link('b', { src: [sent(1, 2, 'x', 2)], tgt: [] }),
      link('c', { src: [sent(2, 4, 'x', 2)], tgt: [sent(1, 2, 'y', 2)] }),
      link('d', { stream: 'footnote', src: [sent(9, 90, 'n', 3)], tgt: [sent(9, 90, 'n', 3)] }),
    ];
    const p = pagesBefore(links);
    expect(p.get('a')).toEqual({ src: null, tgt: null });
    expect(p.get('b')).toEqual({ src: 1, tgt: 1 });
    expect(p.get('c')).toEqual({ src: 2, tgt: 1 });
    expect(p.get('d')).toEqual({ src: null, tgt: null });
  });
});

describe('successorOf', () => {
  const before = link('7', { src: [sent(3, 30, 'a')], tgt: [sent(3, 30, 'b')] });
  it('keeps the same link when it survived', () => {
    const same = link('7', { status: 'confirmed' });
    expect(successorOf(before, 1, [link('6'), same])).toBe(same);
  });
  it('follows its first sentence into the merged link', () => {
    const merged = link('6', { src: [sent(2, 20, 'z'), sent(3, 30, 'a')] });
    expect(successorOf(before, 1, [link('5'), merged, link('8')])).toBe(merged);
  });
  it('falls back to the same position, then to nothing', () => {
    const other = [link('1'), link('2')];
    expect(successorOf(before, 5, other)).toBe(other[1]);
    expect(successorOf(before, 0, [])).toBeNull();
  });
});

describe('history values', () => {
  it('reads link snapshots as sentence numbers counted from 1', () => {
    expect(sentenceRange([4, 2, 3])).toBe('3–5');
    expect(sentenceRange([2, 6])).toBe('3, 7');
    expect(sentenceRange([])).toBe('—');
    expect(describeEditValue({ id: '3', src: [2, 3], tgt: [4], status: 'confirmed' })).toBe('3–4 ↔ 5 · confirmed');
    expect(describeEditValue([{ src: [0], tgt: [] }, { src: [1], tgt: [1] }])).toBe('1 ↔ — | 2 ↔ 2');
    expect(describeEditValue({ status: 'detected' })).toBe('{"status":"detected"}');
    expect(describeEditValue(null)).toBe('—');
  });
});
