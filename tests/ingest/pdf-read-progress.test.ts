import { describe, expect, it } from 'vitest';
import { OCR_PAGE_WEIGHT, ReadProgress, type ReadStage } from '../../ingest/stages/parse/pdf/read-progress.ts';

/** What a PDF's reading reports: fractions and stages, in order. */
function run(pages: boolean[], ocrExpected: boolean, ocrCount: number): Array<[number, ReadStage]> {
  const out: Array<[number, ReadStage]> = [];
  const p = new ReadProgress((f, s) => out.push([f, s]), ocrExpected);
  for (const empty of pages) p.pageRead(pages.length, empty);
  for (let i = 1; i <= ocrCount; i++) p.ocrPage(i, ocrCount);
  return out;
}

describe('progress of reading a PDF', () => {
  it('counts one unit a page for a text PDF', () => {
    expect(run([false, false, false, false], true, 0).map(([f]) => f)).toEqual([0.25, 0.5, 0.75, 1]);
  });

  it('keeps a scan low while its text layer is read, then moves with each OCR page, never backwards', () => {
    const steps = run([true, true, true], true, 3);
    const f = steps.map(([x]) => x);
    expect(f).toEqual([...f].sort((a, b) => a - b));
    expect(f[2]).toBeCloseTo(3 / (3 + 3 * OCR_PAGE_WEIGHT));
    expect(steps.slice(3).map(([, s]) => s)).toEqual(['ocr', 'ocr', 'ocr']);
    expect(f.at(-1)).toBe(1);
  });

  it('holds its place when an annex at the end turns out scanned, then finishes with OCR', () => {
    const steps = run([false, false, false, true], true, 1);
    const f = steps.map(([x]) => x);
    expect(f).toEqual([...f].sort((a, b) => a - b));
    expect(f[3]).toBe(f[2]); // the empty page adds OCR work to come: the bar waits instead of going back
    expect(f.at(-1)).toBe(1);
  });

  it('ignores empty pages when OCR is off', () => {
    expect(run([true, false], false, 0).map(([f]) => f)).toEqual([0.5, 1]);
  });
});
