import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtractionInput } from '../../ingest/claims/model.ts';
import { findDates } from '../../ingest/claims/values/dates.ts';
import { findNumbers } from '../../ingest/claims/values/numbers.ts';

type Lang = 'fr' | 'en';
const langs = fc.constantFrom<Lang>('fr', 'en');
const docDates = fc.constantFrom<ExtractionInput['documentDate']>(
  null,
  { date: '2025-04-01', precision: 'month' },
  { date: '2026-01-15', precision: 'day' },
  { date: '2024-01-01', precision: 'year' },
);

/** Pieces that stress the number and date readers: words, digits, every kind of space, punctuation. */
const piece = fc.constantFrom(
  ' ', ' ', ' ', '\u00A0', '\u202F', '\u2009', '\n', '-', '–', ',', '.', "'", '’', '%', '€', '$', '(', ')', '/', ':', '+', '<sup>', '</sup>',
  '0', '1', '7', '12', '42', '000', '75', '2022', '2025', '1,5', '3.2', '75 000', '75,000', '75.000', '1er', '21st',
  'un', 'une', 'a', 'one', 'deux', 'vingt', 'et', 'and', 'quatre', 'cent', 'cents', 'mille', 'million', 'milliard', 'billion', 'neuf',
  'twenty', 'hundred', 'thousand', 'dozen', 'dozens', 'of', 'trentaine', 'dizaines', 'de', "d'", 'des', 'milliers',
  'plus de', 'moins de', 'au moins', 'jusqu’à', 'environ', 'près de', 'about', 'more than', 'at least', 'up to', 'over',
  'le', 'en', 'in', 'depuis', 'since', 'avant', 'before', 'début', 'fin', 'mi-', 'early', 'late', 'mid-', 'au début de l’année',
  'avril', 'April', 'mars', 'March', 'May', 'may', 'février', 'mardi', 'Tuesday', 'dernier', 'next', 'article', 'page', 'rue', 'soldats', 'États',
);
const mixed = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));

function checkOffsets(text: string, lang: Lang, doc: ExtractionInput['documentDate']): void {
  for (const m of findNumbers(text, lang, { all: true })) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(Number.isFinite(m.amount)).toBe(true);
  }
  for (const m of findDates(text, lang, doc)) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.from <= m.to).toBe(true);
    expect(m.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(m.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}

/** Writes an integer with thousands separators: French spaces (any kind) or dots, English commas or spaces. */
function format(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
const frSeparators = fc.constantFrom(' ', '\u00A0', '\u202F', '\u2009', '.');
const enSeparators = fc.constantFrom(',', ' ', '\u00A0', '\u202F');

describe('number and date readers: properties', () => {
  it('never throw on arbitrary strings, and every mention is the exact slice at its offsets', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), langs, docDates, (t, l, d) => checkOffsets(t, l, d)), { numRuns: 1000 });
  });

  it('never throw on strings mixing number words, digits, spaces and date words', () => {
    fc.assert(fc.property(mixed, langs, docDates, (t, l, d) => checkOffsets(t, l, d)), { numRuns: 3000 });
  });

  it('mentions never overlap and come in text order', () => {
    fc.assert(
      fc.property(mixed, langs, docDates, (t, l, d) => {
        for (const list of [findNumbers(t, l, { all: true }), findDates(t, l, d)]) {
          for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trip: a French integer with any thousands separator reads back to the same amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), frSeparators, (n, sep) => {
        // Bare 1900–2100 are years; put a counted noun and a qualifier-free context around it.
        const written = format(n, sep);
        const found = findNumbers(`soit ${written} soldats`, 'fr', { all: true });
        expect(found.map((m) => [m.text, m.amount])).toEqual([[written, n]]);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trip: an English integer with any thousands separator reads back to the same amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), enSeparators, (n, sep) => {
        const written = format(n, sep);
        const found = findNumbers(`a total of ${written} soldiers`, 'en', { all: true });
        expect(found.map((m) => [m.text, m.amount])).toEqual([[written, n]]);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trip: a French decimal with a comma and an English one with a dot read back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 99 }), (int, frac) => {
        const value = Number(`${int}.${String(frac).padStart(2, '0')}`);
        const fr = `${format(int, '\u202F')},${String(frac).padStart(2, '0')}`;
        const en = `${format(int, ',')}.${String(frac).padStart(2, '0')}`;
        expect(findNumbers(`soit ${fr} tonnes`, 'fr', { all: true }).map((m) => m.amount)).toEqual([value]);
        expect(findNumbers(`a total of ${en} tonnes`, 'en', { all: true }).map((m) => m.amount)).toEqual([value]);
      }),
      { numRuns: 1000 },
    );
  });
});
