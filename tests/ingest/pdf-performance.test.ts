/**
 * Cost of parsing: time per page stays about flat from 50 to 300 pages, and a
 * 300-page document does not need more than a few hundred MB. The long
 * documents are the 1-page sample 004 repeated with pdf-lib (shared fonts, as
 * in a real long document).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../ingest/stages/parse/pdf.ts';

async function repeated(pages: number): Promise<Uint8Array> {
  const src = await PDFDocument.load(fs.readFileSync(path.resolve(import.meta.dirname, '../../corpus/samples/004_58cc976fb8c2e0f9.pdf')));
  const out = await PDFDocument.create();
  for (const p of await out.copyPages(src, Array.from({ length: pages }, () => 0))) out.addPage(p);
  return out.save();
}

async function measure(pages: number): Promise<{ msPerPage: number; peakMb: number; blocks: number }> {
  const bytes = await repeated(pages);
  const base = process.memoryUsage();
  let peak = 0;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.heapUsed + m.external - base.heapUsed - base.external);
  }, 10);
  const t0 = performance.now();
  const d = await parsePdf(bytes);
  const ms = performance.now() - t0;
  clearInterval(timer);
  const m = process.memoryUsage();
  peak = Math.max(peak, m.heapUsed + m.external - base.heapUsed - base.external);
  expect(d.pageCount).toBe(pages);
  return { msPerPage: ms / pages, peakMb: peak / 1e6, blocks: d.blocks.length };
}

describe('parsePdf: performance', () => {
  it('is roughly linear and a 300-page PDF stays within a few hundred MB', async () => {
    await measure(5); // warm up: module loading and the in-process pdf.js worker
    const small = await measure(50);
    const large = await measure(300);
    console.log(`50 pages: ${small.msPerPage.toFixed(1)} ms/page, +${small.peakMb.toFixed(0)} MB heap; 300 pages: ${large.msPerPage.toFixed(1)} ms/page, +${large.peakMb.toFixed(0)} MB heap, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
    // Each page of 004 gives the same blocks; the drop cap and title repeat, nothing is lost or merged across pages.
    expect(large.blocks).toBe(6 * small.blocks);
    expect(large.msPerPage).toBeLessThan(2.5 * small.msPerPage);
    expect(large.peakMb).toBeLessThan(400);
  });
});
