import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences, alignTexts } from '../../ingest/align/align.ts';
import { SHAPES } from '../../ingest/align/banded-dp.ts';
import type { AlignLink, AlignOptions } from '../../ingest/align/types.ts';

/** The aligner's contract: monotone links covering every index once, allowed shapes, confidence in [0, 1]. */
function checkLinks(links: AlignLink[], n: number, m: number): void {
  expect(links.flatMap((l) => l.src)).toEqual(Array.from({ length: n }, (_, k) => k));
  expect(links.flatMap((l) => l.tgt)).toEqual(Array.from({ length: m }, (_, k) => k));
  for (const l of links) {
    expect(l.src.length + l.tgt.length).toBeGreaterThan(0);
    expect(SHAPES.some(([a, b]) => a === l.src.length && b === l.tgt.length)).toBe(true);
    expect(Number.isFinite(l.confidence)).toBe(true);
    expect(l.confidence).toBeGreaterThanOrEqual(0);
    expect(l.confidence).toBeLessThanOrEqual(1);
  }
}

const pieces = fc.constantFrom(
  'Le', 'la', 'sécurité', 'security', 'the', 'OTAN', 'NATO', 'UE', 'EU', '75 000', '75,000', '1,5', '1.5', 'vingt-quatre', 'twenty-four',
  'II', 'I', 'chapitre', '«', '»', '“', '?', '!', ';', ':', '(', ')', '.', ' ', ' ', '\n', 'é', 'constructor', '__proto__', 'toString',
  'Ukraine', 'ukrainien', 'a', 'à', 'et', 'and', 'der', 'die', 'quatre-vingt-dix', 'MIX', '\u00a0', '42.7', '3e', '21st', '',
);
const sentence = fc.array(pieces, { maxLength: 25 }).map((xs) => xs.join(' '));
const side = fc.array(sentence, { maxLength: 30 });
const options = fc.constantFrom<AlignOptions>({}, { learn: false }, { lexical: false }, { band: 1 }, { band: 3, learn: false });

describe('aligner invariants', () => {
  it('property: covers every index once, in order, with allowed shapes and confidences in [0, 1]', () => {
    fc.assert(
      fc.property(side, side, options, fc.constantFrom('fr', 'en', 'de', undefined), (src, tgt, opts, lang) => {
        checkLinks(alignTexts(src, tgt, lang, 'en', opts), src.length, tgt.length);
      }),
      { numRuns: 300 },
    );
  });

  it('property: deterministic, and independent of calls made in between', () => {
    fc.assert(
      fc.property(side, side, (src, tgt) => {
        const a = alignTexts(src, tgt, 'fr', 'en');
        alignTexts(tgt, src, 'en', 'fr');
        expect(alignTexts(src, tgt, 'fr', 'en')).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });

  it('aligns identical sides one to one', () => {
    const texts = Array.from({ length: 40 }, (_, k) => `Sentence number ${k} says something ${'x'.repeat(k % 7)}.`);
    const links = alignTexts(texts, texts, 'en', 'en');
    expect(links.map((l) => [l.src, l.tgt])).toEqual(texts.map((_, k) => [[k], [k]]));
    expect(Math.min(...links.map((l) => l.confidence))).toBeGreaterThan(0.9);
  });

  it('reads the language from the units', () => {
    const a = alignSentences([{ text: 'Le chat dort.', lang: 'fr' }], [{ text: 'The cat sleeps.', lang: 'en' }]);
    expect(a).toHaveLength(1);
    expect(a[0]?.src).toEqual([0]);
    expect(a[0]?.tgt).toEqual([0]);
  });
});

describe('aligner cost grows linearly', () => {
  // A synthetic bitext: "translations" share a rare token and a number, lengths vary.
  const doc = (n: number) => {
    const src: string[] = [];
    const tgt: string[] = [];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < n; k++) {
      const words = Array.from({ length: 3 + Math.floor(rnd() * 15) }, () => `w${Math.floor(rnd() * 500)}`);
      src.push(`${words.join(' ')} tok${k} ${k}.`);
      if (rnd() < 0.05) continue; // some omissions
      tgt.push(`${words.map((w) => `${w}x`).join(' ')} tok${k} ${k}.`);
    }
    return { src, tgt };
  };
  const cells = (n: number): number => {
    const { src, tgt } = doc(n);
    let c = 0;
    alignTexts(src, tgt, 'en', 'fr', { onCells: (x) => (c = x) });
    return c;
  };

  it('evaluates a number of DP cells proportional to the document length', () => {
    const small = cells(1000);
    const large = cells(4000);
    expect(large / small).toBeGreaterThan(3);
    expect(large / small).toBeLessThan(5);
    // A full matrix would be 4000 x 3800 cells; the band keeps it to a few dozen per row.
    expect(large / 4000).toBeLessThan(150);
  });
});
