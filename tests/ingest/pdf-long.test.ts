/**
 * Long documents: the 1-page sample 004 repeated with pdf-lib (shared fonts, as in a real long
 * document) parses into the same blocks on every page. Speed and memory are measured by
 * `npm run bench`, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../ingest/stages/parse/pdf.ts';
import { repeatedSamplePdf } from '../support/long-pdf.ts';

async function blocksOf(pages: number): Promise<number> {
  const d = await parsePdf(await repeatedSamplePdf(pages));
  expect(d.pageCount).toBe(pages);
  return d.blocks.length;
}

describe('parsePdf: long documents', () => {
  it('gives a 300-page PDF six times the blocks of a 50-page one: nothing lost or merged across pages', async () => {
    expect(await blocksOf(300)).toBe(6 * (await blocksOf(50)));
  });
});
