/**
 * OCR of scanned PDFs with tesseract (fra+eng): the text of image-only pages comes back through
 * the whole pipeline short of storage, with the right page numbers, exact offsets, the language
 * detected, and a per-page report saying the text is machine-read. These tests FAIL (never skip)
 * when tesseract is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../ingest/errors.ts';
import { runPipeline } from '../../ingest/pipeline.ts';
import { parsePdf } from '../../ingest/stages/parse/pdf.ts';
import { parseHocr } from '../../ingest/stages/parse/pdf/ocr-hocr.ts';
import { noTextLayerMessage } from '../../ingest/stages/parse/pdf/ocr.ts';
import { renderPages } from '../../ingest/stages/parse/pdf/ocr-render.ts';
import { makePdf, requireTesseract } from '../support/scanned-pdf.ts';
import { normalizeWs, similarity } from '../support/text-similarity.ts';

const PAGE_1 = [
  'La coalition des volontaires devient permanente, ont annoncé les ministres',
  'de la Défense réunis à Bruxelles le 10 avril. Une trentaine de nations',
  'participent à cette réunion, lancée par la France et le Royaume-Uni.',
  'Les participants veulent garantir la sécurité de l’Ukraine après un',
  'cessez-le-feu et renforcer la défense européenne sur le long terme.',
];
const PAGE_2 = [
  'Les États baltes et les Pays-Bas se disent prêts à envoyer des troupes.',
  'La mission européenne EUMAM Ukraine a déjà formé des milliers de soldats',
  'ukrainiens, selon le Service européen pour l’action extérieure.',
];

/** Lower-cased words of three letters or more. */
const words = (s: string) => (s.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => w.normalize('NFC'));
/** Share of the expected words found among the read words. */
function recall(expected: string[], read: string): number {
  const got = new Set(words(read));
  const want = expected.flatMap(words);
  return want.filter((w) => got.has(w)).length / want.length;
}

async function failure(p: Promise<unknown>): Promise<IngestError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

describe('OCR of scanned PDFs (tesseract fra+eng)', () => {
  it('reads a two-page scan through the pipeline: text, pages, offsets, language, report', async () => {
    requireTesseract();
    const bytes = await makePdf([{ scan: PAGE_1 }, { scan: PAGE_2 }]);
    const t0 = performance.now();
    const progress: Array<[string, number]> = [];
    const doc = await runPipeline({ bytes, filename: 'scan.pdf' }, (stage, fraction) => progress.push([stage, fraction]));
    console.log(`2 scanned pages OCR'd in ${(performance.now() - t0).toFixed(0)} ms; report ${JSON.stringify(doc.meta.ocr)}`);

    expect(doc.lang).toBe('fr');
    expect(doc.pageCount).toBe(2);
    const onPage = (n: number) => doc.sentences.filter((s) => s.pageStart === n).map((s) => s.text).join(' ');
    const r1 = recall(PAGE_1, onPage(1));
    const r2 = recall(PAGE_2, onPage(2));
    console.log(`word recall: page 1 ${r1.toFixed(3)}, page 2 ${r2.toFixed(3)}`);
    expect(r1).toBeGreaterThanOrEqual(0.9);
    expect(r2).toBeGreaterThanOrEqual(0.9);
    // Page 2's words are not on page 1: the pages were not mixed up.
    expect(recall(['baltes troupes soldats'], onPage(1))).toBe(0);
    for (const s of doc.sentences) expect(doc.cleanText.slice(s.start, s.end)).toBe(s.text);
    for (const b of doc.blocks) expect(b.end).toBeGreaterThan(b.start);
    // The job's bar moves while the scan is read by OCR, and never backwards.
    const fractions = progress.map(([, f]) => f);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    const ocrSteps = progress.filter(([stage]) => stage === 'reading scanned pages').map(([, f]) => f);
    expect(ocrSteps.length).toBe(2);
    expect(Math.max(...progress.filter(([stage]) => stage === 'parsing').map(([, f]) => f))).toBeLessThan(0.1); // text layer read: little done yet
    expect(ocrSteps.at(-1)).toBeCloseTo(0.8);
    expect(doc.cleanText.indexOf('Bruxelles')).toBeLessThan(doc.cleanText.indexOf('baltes'));

    const report = doc.meta.ocr;
    expect(report?.langs).toBe('fra+eng');
    expect(report?.engine).toMatch(/^tesseract \d/);
    expect(report?.pages.map((p) => p.page)).toEqual([1, 2]);
    for (const p of report?.pages ?? []) {
      expect(p.words).toBeGreaterThan(10);
      expect(p.confidence).toBeGreaterThan(50);
      expect(p.confidence).toBeLessThanOrEqual(100);
    }
  }, 120_000);

  it('reads only the scanned annex of a PDF that has text elsewhere, in page order', async () => {
    requireTesseract();
    const bytes = await makePdf([
      { text: ['Rapport annuel sur la cooperation europeenne de defense.', 'Premiere partie, texte numerique.'] },
      { scan: [...PAGE_1, ...PAGE_2] },
      { text: ['Conclusion du rapport, texte numerique de la troisieme page.'] },
      { text: [] },
    ]);
    const d = await parsePdf(bytes);
    expect(d.meta.ocr?.pages.map((p) => [p.page, p.discarded ?? false])).toEqual([[2, false]]);
    const annex = d.blocks.filter((b) => b.page === 2).map((b) => b.text).join(' ');
    expect(recall([...PAGE_1, ...PAGE_2], annex)).toBeGreaterThanOrEqual(0.9);
    const firstPage = (needle: string) => d.blocks.find((b) => b.text.includes(needle))?.page;
    expect([firstPage('Rapport annuel'), firstPage('baltes'), firstPage('Conclusion')]).toEqual([1, 2, 3]);
  }, 120_000);

  it('among text pages, a scanned sheet of a few labels is read but discarded, and reported so', async () => {
    requireTesseract();
    const bytes = await makePdf([
      { text: ['Declaration commune sur l identite numerique.', 'Texte numerique de la premiere page.'] },
      { scan: ['Signatures', '', 'Alberta', '', 'Ontario'] },
    ]);
    const d = await parsePdf(bytes);
    expect(d.meta.ocr?.pages).toEqual([{ page: 2, words: 0, confidence: expect.any(Number), discarded: true }]);
    expect(d.blocks.filter((b) => b.page === 2)).toEqual([]);
  }, 60_000);

  it('leaves text PDFs alone: no OCR report when every page has text or is blank', async () => {
    const d = await parsePdf(await makePdf([{ text: ['Une page de texte numerique ordinaire.'] }, { text: [] }]));
    expect(d.meta.ocr).toBeUndefined();
  });

  it('with OCR off, a scan is NO_TEXT_LAYER and the message says how to turn it on', async () => {
    const e = await failure(parsePdf(await makePdf([{ scan: PAGE_1 }]), { ocr: 'off' }));
    expect(e.code).toBe('NO_TEXT_LAYER');
    expect(e.message).toContain('CONCORDE_OCR=off');
  });

  it('without tesseract the NO_TEXT_LAYER message names the Debian packages', () => {
    expect(noTextLayerMessage({ status: 'unavailable' })).toContain('tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng');
  });

  it('a scan with nothing to read is still NO_TEXT_LAYER, saying OCR found nothing', async () => {
    requireTesseract();
    const e = await failure(parsePdf(await makePdf([{ scan: [] }])));
    expect(e.code).toBe('NO_TEXT_LAYER');
    expect(e.message).toMatch(/OCR \(tesseract .*\) found no readable text on its 1 page/);
  }, 60_000);

  it('OCR of a rendered real page matches its text layer', async () => {
    requireTesseract();
    const real = new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/real/02_fr_sct-directive-gestion-identite.pdf')));
    const layer = await parsePdf(real);
    // Page 2 (prose; page 1 is a table of contents whose dot leaders OCR reads as letters), as a
    // scanner would give it: one 300 dpi image, no text.
    const PAGE = 2;
    const scan = await PDFDocument.create();
    await renderPages(real, [PAGE], 300, async (img) => {
      const png = await scan.embedPng(img.png);
      const [w, h] = [png.width / img.scale, png.height / img.scale];
      scan.addPage([w, h]).drawImage(png, { x: 0, y: 0, width: w, height: h });
    });
    const t0 = performance.now();
    const read = await parsePdf(await scan.save());
    const ms = performance.now() - t0;
    const norm = (s: string) => normalizeWs(s.replace(/[’']/g, "'"));
    const expected = norm(layer.blocks.filter((b) => b.page === PAGE).map((b) => b.text).join(' '));
    const got = norm(read.blocks.map((b) => b.text).join(' '));
    const sim = similarity(expected, got);
    const r = recall([expected], got);
    console.log(`real page ${PAGE} (02_fr): OCR ${ms.toFixed(0)} ms, ${got.length} chars vs ${expected.length}, character similarity ${sim.toFixed(3)}, word recall ${r.toFixed(3)}, confidence ${read.meta.ocr?.pages[0]?.confidence}`);
    expect(read.meta.ocr?.pages.map((p) => p.page)).toEqual([1]);
    expect(r).toBeGreaterThanOrEqual(0.9);
    expect(sim).toBeGreaterThanOrEqual(0.85);
  }, 120_000);
});

describe('hOCR parsing', () => {
  it('keeps words with their confidence, unescapes entities, reads baseline and size, drops empty lines', () => {
    const hocr = `<div class='ocr_page' title='bbox 0 0 100 100'>
      <span class='ocr_line' id='line_1_1' title="bbox 10 20 90 40; baseline 0.01 -5; x_size 18; x_descenders 4; x_ascenders 5">
        <span class='ocrx_word' id='word_1_1' title='bbox 10 20 40 40; x_wconf 91'>l&#39;&amp;Europe</span>
        <span class='ocrx_word' id='word_1_2' title='bbox 45 20 90 40; x_wconf 77'>&lt;unie&gt;</span>
      </span>
      <span class='ocr_caption' id='line_1_2' title="bbox 10 50 90 60; baseline 0 0; x_size 9">
        <span class='ocrx_word' id='word_1_3' title='bbox 10 50 90 60; x_wconf 95'> </span>
      </span>
    </div>`;
    expect(parseHocr(hocr)).toEqual([
      { x0: 10, y0: 20, x1: 90, y1: 40, baseline: 35, size: 18, words: [{ text: "l'&Europe", conf: 91 }, { text: '<unie>', conf: 77 }] },
    ]);
  });
});
