import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { francScores } from '../../ingest/stages/franc-scores.ts';

/** Our trigram index must give exactly what franc gives, only faster. */
const same = (text: string) => {
  expect(francScores(text).fraEng()).toEqual(francAll(text, { only: ['fra', 'eng'], minLength: 1 }));
  expect(francScores(text, true).all()).toEqual(francAll(text, { minLength: 1 }));
};

describe('franc scores from a prebuilt trigram index', () => {
  it('equal franc on every paragraph of the sample texts', () => {
    const dir = path.resolve(import.meta.dirname, '../../corpus/reference');
    const paragraphs = fs.readdirSync(dir).flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split(/\n\s*\n/)).filter((p) => p.trim());
    expect(paragraphs.length).toBeGreaterThan(100);
    for (const p of paragraphs) same(p);
  });

  it('equal franc on other scripts and on arbitrary strings', () => {
    for (const t of ['Привет, как дела? Это русский текст.', 'これは日本語の文章です。', 'مرحبا بالعالم، هذا نص عربي', 'Der Bundestag hat heute beschlossen.', '', '1234 5678', '…']) same(t);
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => same(s)), { numRuns: 300 });
    fc.assert(fc.property(fc.array(fc.constantFrom('la', 'coalition', 'the', 'mission', 'soldats', 'trained', 'é', ' ', ',', 'Ukraine'), { maxLength: 40 }).map((w) => w.join(' ')), (s) => same(s)), { numRuns: 300 });
  });
});
