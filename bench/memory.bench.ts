/**
 * Memory benchmark: peak RSS of ingesting a generated 300-page PDF (sample 004 repeated with
 * pdf-lib, as tests/ingest/pdf-long.test.ts does) through ingestDocument into the embedded
 * database on a data folder, as `npm start` runs it. Each step is its own child process so its
 * peak RSS (getrusage maxRSS) is its own:
 *   1. first start: PGlite creates the data folder (initdb runs in a second wasm instance) and migrates;
 *   2. ingest: a later start reopens the folder and ingests the PDF. Target < 500 MB.
 * The first start is reported too: it is the one-time peak of a new data folder; and step 2 is
 * repeated with a smaller V8 old-space limit, to show how much of the peak is uncollected garbage.
 *
 *   npx tsx bench/memory.bench.ts        BENCH_MEMORY_PAGES=50 for a quick run
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { machine, reportKeyFigures } from './support/stats.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PAGES = Number(process.env.BENCH_MEMORY_PAGES ?? 300);
const LIMIT_MB = 500;
const CAPPED_HEAP_MB = 192;

interface ChildResult {
  ms: number;
  rssBeforeMb: number;
  maxRssMb: number;
  pages: number;
  sentences: number;
}

async function child(dataDir: string, file: string | undefined): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { fromPglite, PGLITE_OPTIONS } = await import('../ingest/store/db.ts');
  const { migrate } = await import('../ingest/store/migrate.ts');
  const { ingestDocument } = await import('../ingest/ingest-document.ts');
  const lite = await PGlite.create(dataDir, PGLITE_OPTIONS);
  const db = fromPglite(lite, () => lite.close());
  await migrate(db);
  const rssBefore = process.resourceUsage().maxRSS / 1024;
  let res: ChildResult = { ms: 0, rssBeforeMb: rssBefore, maxRssMb: rssBefore, pages: 0, sentences: 0 };
  if (file) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const t0 = performance.now();
    const out = await ingestDocument(db, { bytes, filename: path.basename(file) });
    const ms = performance.now() - t0;
    res = { ms, rssBeforeMb: rssBefore, maxRssMb: process.resourceUsage().maxRSS / 1024, pages: out.status === 'ingested' ? out.pages : 0, sentences: out.status === 'ingested' ? out.sentences : 0 };
  }
  await db.close();
  process.stdout.write(`${JSON.stringify(res)}\n`);
}

function runChild(args: string[], nodeFlags: string[] = []): ChildResult {
  const r = spawnSync(process.execPath, [...process.execArgv, ...nodeFlags, fileURLToPath(import.meta.url), '--child', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as ChildResult;
}

async function main(): Promise<void> {
  const src = await PDFDocument.load(fs.readFileSync(path.resolve(HERE, '../corpus/samples/004_58cc976fb8c2e0f9.pdf')));
  const doc = await PDFDocument.create();
  for (const p of await doc.copyPages(src, Array.from({ length: PAGES }, () => 0))) doc.addPage(p);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concorde-mem-'));
  const file = path.join(dir, `long-${PAGES}.pdf`);
  fs.writeFileSync(file, await doc.save());
  const dataDir = path.join(dir, 'data');
  try {
    const init = runChild([dataDir]);
    const capped = `${dataDir}-capped`;
    fs.cpSync(dataDir, capped, { recursive: true });
    const res = runChild([dataDir, file]);
    // Most of the growth is garbage V8 has not collected yet (live heap after the parse: ~60 MB);
    // a smaller old-space limit makes it collect sooner, at no measured cost in speed.
    const resCapped = runChild([capped, file], [`--max-old-space-size=${CAPPED_HEAP_MB}`]);
    console.log(`Memory benchmark: ingest of a ${PAGES}-page PDF (${(fs.statSync(file).size / 1024).toFixed(0)} KB) into PGlite on a data folder; ${machine()}`);
    console.log(`first start (new data folder: initdb + migrations): peak RSS ${init.maxRssMb.toFixed(0)} MB, once per data folder`);
    console.log(`pages ${res.pages}, sentences ${res.sentences}, ingest ${(res.ms / 1000).toFixed(1)} s (${(res.pages / (res.ms / 1000)).toFixed(1)} pages/s)`);
    console.log(`peak RSS ${res.maxRssMb.toFixed(0)} MB (${res.rssBeforeMb.toFixed(0)} MB after reopening the database, before ingest); target < ${LIMIT_MB} MB`);
    console.log(`with node --max-old-space-size=${CAPPED_HEAP_MB}: peak RSS ${resCapped.maxRssMb.toFixed(0)} MB, ingest ${(resCapped.ms / 1000).toFixed(1)} s`);
    reportKeyFigures([
      { name: `memory: peak RSS, ${PAGES}-page PDF ingest`, figure: `${res.maxRssMb.toFixed(0)} MB (${(res.ms / 1000).toFixed(0)} s)`, target: `< ${LIMIT_MB} MB`, pass: res.maxRssMb < LIMIT_MB },
      { name: `memory: same, node --max-old-space-size=${CAPPED_HEAP_MB}`, figure: `${resCapped.maxRssMb.toFixed(0)} MB (${(resCapped.ms / 1000).toFixed(0)} s)`, target: `< ${LIMIT_MB} MB`, pass: resCapped.maxRssMb < LIMIT_MB },
      { name: 'memory: peak RSS, first start (new data folder)', figure: `${init.maxRssMb.toFixed(0)} MB`, target: '(reported)', pass: null },
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] as string, process.argv[4]);
else await main();
