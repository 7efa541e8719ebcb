/**
 * Property tests of de-hyphenation and of the block text it feeds: on any strings, joining
 * never throws, only ever removes a final hyphen, and every footnote call and page break keeps
 * pointing into the text at the character it was attached to.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addEvidence, joinPlan, type HyphenEvidence } from '../../ingest/stages/parse/pdf/dehyphenate.ts';
import { BlockText } from '../../ingest/stages/parse/pdf/text-builder.ts';
import type { Line } from '../../ingest/stages/parse/pdf/types.ts';

/** Words, hyphens of every kind, dashes, spaces and the odd accented or non-Latin letter. */
const piece = fc.array(
  fc.constantFrom('sécu', 'rité', 'EU', 'MAM', 'non', 'gouverne', 'mentales', '-', '\u2010', '–', '—', '/', ' ', '  ', '75', '000', "l'", 'É', 'ß', 'ж', '\u00ad', '.', 'x'),
  { maxLength: 8 },
).map((parts) => parts.join(''));
const anyText = fc.oneof(piece, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }));
const evidenceOf = (words: string[]): HyphenEvidence => {
  const ev: HyphenEvidence = new Map();
  for (const w of words) addEvidence(ev, w);
  return ev;
};

describe('joinPlan on any strings', () => {
  it('never throws, cuts at most one final hyphen, and joins with nothing or one space', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.boolean(), fc.boolean(), fc.array(anyText, { maxLength: 6 }), (before, after, soft, maybeSoft, words) => {
        const plan = joinPlan(before, after, soft, evidenceOf(words), undefined, maybeSoft);
        expect([0, 1]).toContain(plan.cut);
        expect(['', ' ']).toContain(plan.sep);
        if (plan.cut === 1) {
          expect(['-', '\u2010']).toContain(before.at(-1));
          expect(plan.sep).toBe('');
        }
        if (soft) expect(plan).toEqual({ cut: 0, sep: '' });
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every character but a cut hyphen: the joined text is before (less its hyphen), the separator, after', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.array(anyText, { maxLength: 6 }), (before, after, words) => {
        const plan = joinPlan(before, after, false, evidenceOf(words));
        const joined = before.slice(0, before.length - plan.cut) + plan.sep + after;
        expect(joined.replace(/[-\u2010 ]/g, '')).toBe((before + after).replace(/[-\u2010 ]/g, ''));
      }),
      { numRuns: 1000 },
    );
  });
});

const line = (text: string, page: number, refAt: number[]): Line => ({
  page, x0: 0, x1: 100, top: 0, bottom: 10, baseline: 8, size: 10, bold: false, italic: false, font: 'f',
  text, spans: [], refs: refAt.map((at, i) => ({ marker: String(i + 1), offset: Math.min(at, text.length) })),
  softHyphenEnd: false, letterSpaced: false, tocNumber: false, order: 0,
});

describe('block text built from joined lines', () => {
  it('keeps footnote calls and page breaks on the characters they were attached to', () => {
    const lineArb = fc.record({ text: anyText.filter((t) => t.length > 0), page: fc.integer({ min: 1, max: 3 }), refs: fc.array(fc.nat({ max: 12 }), { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 6 }), fc.array(anyText, { maxLength: 4 }), (lines, words) => {
        const ev = evidenceOf(words);
        const pages = [...lines].sort((a, b) => a.page - b.page); // pages only move forward in a block
        const block = new BlockText(pages[0]!.page);
        // Where each footnote call should point in the final text.
        const expected: { offset: number }[] = [];
        for (const [i, l] of pages.entries()) {
          const plan = i === 0 ? { cut: 0, sep: '' } : joinPlan(block.text, l.text, false, ev);
          const cutTo = block.text.length - (i === 0 ? 0 : plan.cut);
          for (const e of expected) if (e.offset > cutTo) e.offset = cutTo; // a call after a cut hyphen moves back
          const base = cutTo + (i === 0 ? 0 : plan.sep.length);
          block.appendLine(line(l.text, l.page, l.refs), plan);
          expect(block.text.slice(base)).toBe(l.text);
          for (const at of l.refs) expected.push({ offset: base + Math.min(at, l.text.length) });
        }
        expect(block.refs.map((r) => r.offset)).toEqual(expected.map((e) => e.offset));
        for (const r of block.refs) expect(r.offset).toBeLessThanOrEqual(block.text.length);
        const breaks = block.breaks.map((b) => b.offset);
        expect(breaks).toEqual([...breaks].sort((a, b) => a - b));
        for (const b of block.breaks) expect(b.offset).toBeGreaterThan(0);
        for (const b of block.breaks) expect(b.offset).toBeLessThanOrEqual(block.text.length);
        expect(block.breaks.map((b) => b.page)).toEqual([...new Set(pages.map((p) => p.page))].slice(1));
      }),
      { numRuns: 500 },
    );
  });
});
