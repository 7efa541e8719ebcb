/**
 * Publisher-made PDFs (tests/fixtures/real): no control characters or
 * private-use bullets in any block, running headers out of the body, and the
 * EN/FR declaration (05) read page by page with nothing from its signature pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { franc } from 'franc';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BlockKind, ParsedDoc } from '../../ingest/model/document.ts';
import { parsePdf } from '../../ingest/stages/parse/pdf.ts';

const dir = path.resolve(import.meta.dirname, '../fixtures/real');
const FILES = {
  en: '01_en_tbs-directive-identity-management.pdf',
  fr: '02_fr_sct-directive-gestion-identite.pdf',
  decl: '05_enfr_joint-councils-declaration-digital-identity.pdf',
} as const;
const docs = new Map<string, ParsedDoc>();
const FLOW = new Set<BlockKind>(['title', 'heading', 'body']);
const norm = (s: string) => s.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  for (const f of Object.values(FILES)) {
    const t0 = performance.now();
    const d = await parsePdf(new Uint8Array(fs.readFileSync(path.join(dir, f))));
    const ms = performance.now() - t0;
    const counts: Record<string, number> = {};
    for (const b of d.blocks) counts[b.kind] = (counts[b.kind] ?? 0) + 1;
    console.log(`${f}: ${d.pageCount} pages, ${ms.toFixed(0)} ms (${(ms / d.pageCount).toFixed(0)} ms/page), blocks per kind ${JSON.stringify(counts)}`);
    docs.set(f, d);
  }
});

describe('real PDFs: clean characters', () => {
  it.each(Object.values(FILES).map((f) => [f] as const))('%s: no C0 control, soft hyphen or private-use character in any block', (f) => {
    const d = docs.get(f)!;
    expect(d.blocks.length).toBeGreaterThan(10);
    for (const b of d.blocks) {
      expect(b.text, b.text.slice(0, 60)).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F\u00AD\uE000-\uF8FF]/);
    }
  });

  it('01: the Symbol-font bullets of Table 1 became real bullets', () => {
    const all = docs.get(FILES.en)!.blocks.map((b) => b.text).join('\n');
    expect(all).toContain('• Define identity information');
  });
});

describe('real PDFs: running headers', () => {
  const HEADERS: Record<string, string[]> = {
    [FILES.en]: ['UNCLASSIFIED / NON CLASSIFIÉ', 'Treasury Board', 'Treasury Board of Canada', 'Directive on Identity Management'],
    [FILES.fr]: ['UNCLASSIFIED / NON CLASSIFIÉ', 'Conseil du Trésor du Canada', "Directive sur la gestion de l'identité"],
  };
  it.each(Object.entries(HEADERS))('%s: header lines are not body or heading blocks', (f, headers) => {
    const d = docs.get(f)!;
    for (const b of d.blocks.filter((x) => FLOW.has(x.kind))) {
      expect(b.text.startsWith('UNCLASSIFIED')).toBe(false);
      // The header repeats the title: only the title block itself may read like it.
      if (b.kind !== 'title') for (const h of headers) expect(norm(b.text), `${b.kind} on page ${b.page}`).not.toBe(norm(h));
      expect(b.text).not.toMatch(/^\d{1,2}$/);
    }
    expect(d.blocks.filter((b) => b.kind === 'title').map((b) => norm(b.text))).toEqual([norm(headers[headers.length - 1]!)]);
  });

  it('01: numbered sections keep their numbers with their text', () => {
    const d = docs.get(FILES.en)!;
    const body = d.blocks.filter((b) => b.kind === 'body').map((b) => b.text);
    expect(body).toContain('1.2 This directive replaces the Directive on Identity Management, dated July 1, 2009.');
    expect(d.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain('1. Effective date');
  });
});

describe('real PDFs: 05, English page 1, French page 2, signature pages', () => {
  const lang = (text: string) => franc(text, { only: ['eng', 'fra'], minLength: 10 });

  it('page 1 blocks are English and page 2 blocks are French', () => {
    const d = docs.get(FILES.decl)!;
    const p1 = d.blocks.filter((b) => b.page === 1 && b.text.length > 80);
    const p2 = d.blocks.filter((b) => b.page === 2 && b.text.length > 80);
    expect(p1.length).toBeGreaterThan(4);
    expect(p2.length).toBeGreaterThan(4);
    for (const b of p1) expect(lang(b.text), b.text.slice(0, 50)).toBe('eng');
    for (const b of p2) expect(lang(b.text), b.text.slice(0, 50)).toBe('fra');
    expect(d.blocks.find((b) => b.page === 1 && b.kind === 'title')?.text).toBe('Joint Councils Declaration on Digital Identity');
  });

  it('page 3 holds only the French footnote, pages 4-5 (control characters, empty) give nothing', () => {
    const d = docs.get(FILES.decl)!;
    const p3 = d.blocks.filter((b) => b.page === 3);
    expect(p3.map((b) => [b.kind, b.marker])).toEqual([['footnote', '*']]);
    expect(p3[0]!.text.startsWith('Bien que le Québec')).toBe(true);
    expect(d.blocks.filter((b) => b.page >= 4)).toEqual([]);
    for (const b of d.blocks) for (const pb of b.pageBreaks) expect(pb.page).toBeLessThan(4);
    const en = d.blocks.filter((b) => b.page === 1 && b.kind === 'footnote');
    expect(en.map((b) => b.marker)).toEqual(['*']);
    expect(en[0]!.text.startsWith('While Quebec did not endorse')).toBe(true);
  });
});
