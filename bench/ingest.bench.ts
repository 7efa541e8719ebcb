/**
 * Ingestion benchmark: end-to-end ingest (parse + segment + store in an in-memory PGlite) of the
 * sample PDFs and, when ../shared/corpus-real is present, the real publisher PDFs, next to raw
 * pdf-parse text extraction (`getText()`, its defaults) of the same files. Prints a table; run
 * with `npm run bench`. BENCH_REPS sets the number of measured runs (default 5).
 *
 * Both sides are measured the same way: the same bytes, one untimed warm-up pass of each side
 * first (JIT, lazy loads), then per file and run both sides in alternating order, so neither
 * always runs right after the other; per file the median of the runs. (No forced GC before a
 * timed section: it shrinks V8's young generation and made the short raw runs 3-5x slower.) pdf-parse comes from the same runtime as the ingest side (ingest/stages/parse/pdf/runtime.ts)
 * so both read pages with the same pdf.js worker in the same process state.
 *
 * The ratio compares like with like: pdf-parse reads the text layer only, so the timed ingest
 * runs with OCR off (`ocr: 'off'`). Pages without a text layer that a default ingest would OCR
 * (CONCORDE_OCR=auto, when tesseract is installed) are extra work the baseline never does: one
 * more default-settings ingest of each file is timed apart and printed below the table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ingestDocument } from '../ingest/ingest-document.ts';
import type { OcrMode } from '../ingest/stages/parse/pdf/ocr-engine.ts';
import { pdfParseClass } from '../ingest/stages/parse/pdf/runtime.ts';
import { fromPglite, PGLITE_OPTIONS } from '../ingest/store/db.ts';
import { migrate } from '../ingest/store/migrate.ts';
import { machine, printTable, reportKeyFigures } from './support/stats.ts';

const files = [
  ...fs.readdirSync('corpus/samples').filter((f) => f.endsWith('.pdf')).map((f) => path.join('corpus/samples', f)),
  ...(fs.existsSync('../shared/corpus-real') ? fs.readdirSync('../shared/corpus-real').filter((f) => f.endsWith('.pdf')).map((f) => path.join('../shared/corpus-real', f)) : []),
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const REPS = Number(process.env.BENCH_REPS ?? 5);

const PDFParse = await pdfParseClass();

async function rawParse(bytes: Uint8Array): Promise<number> {
  const t0 = performance.now();
  const p = new PDFParse({ data: bytes.slice() });
  await p.getText();
  await p.destroy();
  return performance.now() - t0;
}

const lite = await PGlite.create(PGLITE_OPTIONS);
const db = fromPglite(lite, () => lite.close());
await migrate(db);

async function ingest(bytes: Uint8Array, file: string, ocr: OcrMode = 'off'): Promise<{ ms: number; pages: number; sentences: number }> {
  // Untimed reset to the same state each time: without the VACUUM every repetition would also
  // pay for the dead rows of the ones before (PGlite runs no autovacuum), growing files by copying.
  await db.query('DELETE FROM documents');
  await db.query('VACUUM');
  const t0 = performance.now();
  const out = await ingestDocument(db, { bytes, filename: path.basename(file), ocr });
  const ms = performance.now() - t0;
  if (out.status !== 'ingested') throw new Error(`${file} was not ingested (${out.status})`);
  return { ms, pages: out.pages, sentences: out.sentences };
}

const inputs = files.map((file) => ({ file, bytes: new Uint8Array(fs.readFileSync(file)) }));
for (const { file, bytes } of inputs) {
  await rawParse(bytes);
  await ingest(bytes, file);
}

const rows: string[][] = [];
let totPages = 0, totIngest = 0, totRaw = 0;
for (const { file, bytes } of inputs) {
  const raw: number[] = [];
  const ing: number[] = [];
  let pages = 0, sentences = 0;
  for (let i = 0; i < REPS; i++) {
    const rawFirst = i % 2 === 0;
    if (rawFirst) raw.push(await rawParse(bytes));
    const out = await ingest(bytes, file);
    ing.push(out.ms);
    ({ pages, sentences } = out);
    if (!rawFirst) raw.push(await rawParse(bytes));
  }
  const r = median(raw), g = median(ing);
  totPages += pages; totIngest += g; totRaw += r;
  rows.push([path.basename(file).slice(0, 44), String(pages), String(sentences), r.toFixed(0), g.toFixed(0), (pages / (r / 1000)).toFixed(1), (pages / (g / 1000)).toFixed(1), (r / g).toFixed(2)]);
}
// Default settings (OCR of pages without a text layer when tesseract is installed), one run each.
let totDefault = 0;
for (const { file, bytes } of inputs) totDefault += (await ingest(bytes, file, 'auto')).ms;
await db.close();
const ratio = totRaw / totIngest;
console.log(`Ingest benchmark (median of ${REPS} runs after a warm-up; ${machine()})`);
printTable(['file', 'pages', 'sentences', 'pdf-parse ms', 'ingest ms', 'raw pages/s', 'ingest pages/s', 'ratio'], [
  ...rows,
  ['TOTAL', String(totPages), '', totRaw.toFixed(0), totIngest.toFixed(0), (totPages / (totRaw / 1000)).toFixed(1), (totPages / (totIngest / 1000)).toFixed(1), ratio.toFixed(2)],
]);
console.log('ratio = raw pdf-parse time / end-to-end ingest time, both on the text layer (issue target >= 0.5)');
console.log(`default settings (CONCORDE_OCR=auto: OCR of pages without a text layer when tesseract is installed), one run each: ${totDefault.toFixed(0)} ms, ${(totPages / (totDefault / 1000)).toFixed(1)} pages/s`);
reportKeyFigures([
  { name: 'ingest vs raw pdf-parse', figure: `${ratio.toFixed(2)} (${(totPages / (totIngest / 1000)).toFixed(1)} pages/s)`, target: '>= 0.5', pass: ratio >= 0.5 },
  { name: 'ingest with default OCR', figure: `${(totPages / (totDefault / 1000)).toFixed(1)} pages/s`, target: '(reported)', pass: null },
]);
