import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';

/** A long PDF: the 1-page sample 004 repeated `pages` times with pdf-lib (shared fonts, as in a real long document). */
export async function repeatedSamplePdf(pages: number): Promise<Uint8Array> {
  const src = await PDFDocument.load(fs.readFileSync(path.resolve(import.meta.dirname, '../../corpus/samples/004_58cc976fb8c2e0f9.pdf')));
  const out = await PDFDocument.create();
  for (const p of await out.copyPages(src, Array.from({ length: pages }, () => 0))) out.addPage(p);
  return out.save();
}
