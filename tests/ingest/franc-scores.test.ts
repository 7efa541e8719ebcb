import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { francAll } from 'franc';
import { expressions } from 'franc/expressions.js';
// franc's own cleaning (franc depends on trigram-utils): the reference the fast cleaning is held to.
import { clean } from 'trigram-utils';
import { describe, expect, it } from 'vitest';
import { francCleanInto, francCleanReference, francScores, unitTable } from '../../ingest/stages/franc-scores.ts';

/** Our trigram index must give exactly what franc gives, only faster. */
const same = (text: string) => {
  expect(francScores(text).fraEng()).toEqual(francAll(text, { only: ['fra', 'eng'], minLength: 1 }));
  expect(francScores(text, true).all()).toEqual(francAll(text, { minLength: 1 }));
};

/**
 * Text that takes every path: letters outside the direct trigram alphabet, Σ (lower-cased by
 * context), İ (two units lower-cased), surrogate pairs and lone surrogates, separators of franc's
 * cleaning (U+0021–U+0040 and every kind of white space), other scripts.
 */
const piece = fc.constantFrom(
  'la', 'coalition', 'the', 'mission', "l'Europe", 'd’un', 'É', 'ÇA', 'œuvre', 'ß', 'ﬁ', 'ǅ', 'ΣΟΦΙΑΣ', 'ΟΔΟΣ', 'Σ', 'ς', 'ΑΣ.',
  'İstanbul', 'İ', 'ı', 'K', 'Å', 'ẞ', '😀', '𝐀𝐁', '𐐀', '\ud800', '\udc00', 'Привет', 'これは', 'مرحبا', 'Ελλάδα', 'und', 'los',
  ' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u0085', '\u180e', ',', '.', '@', '0', '1,5', '«', '’', "'", '_', '~', '…', 'e\u0301',
);
const tricky = fc.oneof(
  fc.array(piece, { maxLength: 50 }).map((w) => w.join('')),
  fc.array(piece, { maxLength: 50 }).map((w) => w.join(' ')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const referenceParagraphs = () => {
  const dir = path.resolve(import.meta.dirname, '../../corpus/reference');
  return fs.readdirSync(dir).flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split(/\n\s*\n/)).filter((p) => p.trim());
};

describe('franc scores from a prebuilt trigram index', () => {
  it('equal franc on every paragraph of the sample texts', () => {
    const paragraphs = referenceParagraphs();
    expect(paragraphs.length).toBeGreaterThan(100);
    for (const p of paragraphs) same(p);
  });

  it('equal franc on other scripts and on arbitrary strings', () => {
    for (const t of ['Привет, как дела? Это русский текст.', 'これは日本語の文章です。', 'مرحبا بالعالم، هذا نص عربي', 'Der Bundestag hat heute beschlossen.', '', '1234 5678', '…']) same(t);
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => same(s)), { numRuns: 300 });
    fc.assert(fc.property(fc.array(fc.constantFrom('la', 'coalition', 'the', 'mission', 'soldats', 'trained', 'é', ' ', ',', 'Ukraine'), { maxLength: 40 }).map((w) => w.join(' ')), (s) => same(s)), { numRuns: 300 });
  });

  it('equal franc on text that mixes scripts, case-mapping oddities and surrogates, and beyond franc’s 2048 units', () => {
    fc.assert(fc.property(tricky, (s) => same(s)), { numRuns: 500 });
    const paragraphs = referenceParagraphs();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...paragraphs), { minLength: 3, maxLength: 12 }), tricky, (ps, s) => same(ps.join(s))),
      { numRuns: 60 },
    );
  });

  it('keep each text’s scores when other texts are scored in between (shared scratch space)', () => {
    fc.assert(
      fc.property(tricky, tricky, (a, b) => {
        const first = francScores(a);
        const second = francScores(b);
        expect(second.fraEng()).toEqual(francAll(b, { only: ['fra', 'eng'], minLength: 1 }));
        expect(first.fraEng()).toEqual(francAll(a, { only: ['fra', 'eng'], minLength: 1 }));
        expect(first.all()).toEqual(francAll(a, { minLength: 1 }));
        expect(second.best()).toBe(francAll(b, { minLength: 1 })[0]?.[0]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('franc’s text cleaning in one pass', () => {
  const fast = (s: string) => {
    const out = new Uint16Array(2 * s.length + 2);
    return String.fromCharCode(...out.subarray(0, francCleanInto(s, out)));
  };

  it('the reference is trigram-utils’ own cleaning, padded as franc pads it', () => {
    fc.assert(fc.property(tricky, (s) => {
      expect(francCleanReference(s)).toBe(' ' + clean(s) + ' ');
    }), { numRuns: 300 });
  });

  it('gives the regex cleaning’s units on arbitrary strings and on the sample texts', () => {
    fc.assert(fc.property(tricky, (s) => {
      expect(fast(s)).toBe(francCleanReference(s));
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
      expect(fast(s)).toBe(francCleanReference(s));
    }), { numRuns: 1000 });
    for (const p of referenceParagraphs()) expect(fast(p)).toBe(francCleanReference(p));
  });

  it('gives the regex cleaning’s units for every code point, next to each other and between letters', () => {
    const wrong: string[] = [];
    for (let from = 0; from <= 0x10ffff; from += 256) {
      const chunk: string[] = [];
      // Σ would send the whole chunk down the reference path (it is covered by `tricky`).
      for (let cp = from; cp < from + 256; cp++) if ((cp < 0xd800 || cp > 0xdfff) && cp !== 0x3a3) chunk.push(String.fromCodePoint(cp));
      for (const t of [chunk.join(''), `a${chunk.join('a')}a`]) if (fast(t) !== francCleanReference(t)) wrong.push(from.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('unit tables built from one regex scan', () => {
  const each = (test: (unit: string) => boolean) => Uint8Array.from({ length: 0x10000 }, (_, c) => (c >= 0xd800 && c <= 0xdfff ? 0 : test(String.fromCharCode(c)) ? 1 : 0));

  it('hold what a regex says of each code unit (surrogates: 0)', () => {
    expect(unitTable(/\p{L}+/gu)).toEqual(each((u) => /\p{L}/u.test(u)));
    expect(unitTable(/(?:[\u0021-\u0040]|\s)+/g)).toEqual(each((u) => /[\u0021-\u0040]|\s/.test(u)));
    const latin = expressions['Latin']?.source ?? '';
    expect(latin).not.toBe('');
    expect(unitTable(new RegExp(`(?:${latin})+`, 'g'))).toEqual(each((u) => new RegExp(latin).test(u)));
  });
});
