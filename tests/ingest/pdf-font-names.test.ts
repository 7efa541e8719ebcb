/**
 * Font names come with the text content (patches/pdfjs-dist+5.4.296.patch adds `fontName` to
 * pdf.js's text styles) instead of an operator list per page. Bold, italic and typeface
 * decide headings, captions and titles, so the names must be exactly those pdf.js sends with an
 * operator list, on every page of the sample and publisher PDFs; and the patch must be in place
 * (without it ingestion still works, only slower, which no other test would notice).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfRuntime } from '../../ingest/stages/parse/pdf/runtime.ts';

const root = path.resolve(import.meta.dirname, '../..');
const PDFS = [
  ...fs.readdirSync(path.join(root, 'corpus/samples')).filter((f) => f.endsWith('.pdf')).map((f) => path.join(root, 'corpus/samples', f)),
  ...fs.readdirSync(path.join(root, 'tests/fixtures/real')).filter((f) => f.endsWith('.pdf')).map((f) => path.join(root, 'tests/fixtures/real', f)),
];

/** Per page: font id → the name in the text style, and the name the operator list sent. */
async function namesBothWays(file: string): Promise<{ page: number; id: string; styled: unknown; sent: unknown }[]> {
  const { pdfjs } = await pdfRuntime();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
  const out: { page: number; id: string; styled: unknown; sent: unknown }[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { styles } = await page.getTextContent();
      await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      for (const [id, style] of Object.entries(styles)) {
        const font: unknown = page.commonObjs.has(id) ? page.commonObjs.get(id) : undefined;
        const sent = typeof font === 'object' && font !== null && 'name' in font ? font.name : undefined;
        out.push({ page: n, id, styled: (style as { fontName?: unknown }).fontName, sent });
      }
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

describe('font names from the text content', () => {
  it('the pdf.js patch is applied: text styles carry font names', () => {
    const worker = fs.readFileSync(path.join(root, 'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');
    expect(worker).toContain('fontFamily: font.fallbackName, fontName: font.name,');
  });

  it.each(PDFS.map((f) => [path.basename(f), f]))('%s: every font is named, as the operator list names it', async (_name, file) => {
    const names = await namesBothWays(file);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) {
      expect(typeof n.styled, `page ${n.page}, font ${n.id}`).toBe('string');
      expect(n.styled, `page ${n.page}, font ${n.id}`).toBe(n.sent);
    }
  }, 60_000);
});
