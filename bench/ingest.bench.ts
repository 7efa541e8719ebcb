/**
 * Ingestion benchmark: end-to-end ingest (parse + segment + store in an in-memory PGlite) of the
 * sample PDFs and, when ../shared/corpus-real is present, the real publisher PDFs, next to raw
 * pdf-parse text extraction of the same files. Prints a table; run with `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { ingestDocument } from '../ingest/ingest-document.ts';
import { fromPglite, PGLITE_OPTIONS } from '../ingest/store/db.ts';
import { migrate } from '../ingest/store/migrate.ts';
import { PGlite } from '@electric-sql/pglite';

const files = [
  ...fs.readdirSync('corpus/samples').filter((f) => f.endsWith('.pdf')).map((f) => path.join('corpus/samples', f)),
  ...(fs.existsSync('../shared/corpus-real') ? fs.readdirSync('../shared/corpus-real').filter((f) => f.endsWith('.pdf')).map((f) => path.join('../shared/corpus-real', f)) : []),
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const REPS = Number(process.env.BENCH_REPS ?? 3);

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
const rows: string[][] = [];
let totPages = 0, totIngest = 0, totRaw = 0;
for (const file of files) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const raw: number[] = [];
  const ing: number[] = [];
  let pages = 0, sentences = 0;
  for (let i = 0; i < REPS; i++) {
    raw.push(await rawParse(bytes));
    await db.query('DELETE FROM documents');
    const t0 = performance.now();
    const out = await ingestDocument(db, { bytes, filename: path.basename(file) });
    ing.push(performance.now() - t0);
    if (out.status === 'ingested') ({ pages, sentences } = out);
  }
  const r = median(raw), g = median(ing);
  totPages += pages; totIngest += g; totRaw += r;
  rows.push([path.basename(file).slice(0, 44), String(pages), String(sentences), r.toFixed(0), g.toFixed(0), (pages / (g / 1000)).toFixed(1), (r / g).toFixed(2)]);
}
await db.close();
const head = ['file', 'pages', 'sentences', 'pdf-parse ms', 'ingest ms', 'pages/s', 'ratio'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`Ingest benchmark (median of ${REPS}; node ${process.version}; ${(await import('node:os')).cpus().length} cores)`);
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log(line(['TOTAL', String(totPages), '', totRaw.toFixed(0), totIngest.toFixed(0), (totPages / (totIngest / 1000)).toFixed(1), (totRaw / totIngest).toFixed(2)]));
console.log('ratio = raw pdf-parse time / end-to-end ingest time (issue target >= 0.5)');
