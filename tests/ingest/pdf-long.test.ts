/**
 * Long documents: the 1-page sample 004 repeated with pdf-lib (shared fonts, as in a real long
 * document) parses into the same blocks on every page. Speed and memory are measured by
 * `npm run bench`, not asserted here.
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

async function blocksOf(pages: number): Promise<number> {
  const d = await parsePdf(await repeated(pages));
  expect(d.pageCount).toBe(pages);
  return d.blocks.length;
}

describe('parsePdf: long documents', () => {
  it('gives a 300-page PDF six times the blocks of a 50-page one: nothing lost or merged across pages', async () => {
    expect(await blocksOf(300)).toBe(6 * (await blocksOf(50)));
  });
});
