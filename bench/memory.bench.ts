/**
 * Memory benchmark: peak RSS of ingesting a generated 300-page PDF (sample 004 repeated with
 * pdf-lib, as tests/ingest/pdf-long.test.ts does) through ingestDocument into an in-memory
 * PGlite. The ingest runs in a child process so that the peak RSS (getrusage maxRSS) is its own,
 * not the parent's PDF generation. Target < 500 MB.
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

async function child(file: string): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { vector } = await import('@electric-sql/pglite-pgvector');
  const { fromPglite } = await import('../ingest/store/db.ts');
  const { migrate } = await import('../ingest/store/migrate.ts');
  const { ingestDocument } = await import('../ingest/ingest-document.ts');
  const lite = await PGlite.create({ extensions: { vector, unaccent } });
  const db = fromPglite(lite, () => lite.close());
  await migrate(db);
  const rssBefore = process.resourceUsage().maxRSS / 1024;
  const bytes = new Uint8Array(fs.readFileSync(file));
  const t0 = performance.now();
  const out = await ingestDocument(db, { bytes, filename: path.basename(file) });
  const ms = performance.now() - t0;
  await db.close();
  const res = { ms, rssBeforeMb: rssBefore, maxRssMb: process.resourceUsage().maxRSS / 1024, pages: out.status === 'ingested' ? out.pages : 0, sentences: out.status === 'ingested' ? out.sentences : 0 };
  process.stdout.write(`${JSON.stringify(res)}\n`);
}

async function main(): Promise<void> {
  const src = await PDFDocument.load(fs.readFileSync(path.resolve(HERE, '../corpus/samples/004_58cc976fb8c2e0f9.pdf')));
  const doc = await PDFDocument.create();
  for (const p of await doc.copyPages(src, Array.from({ length: PAGES }, () => 0))) doc.addPage(p);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concorde-mem-'));
  const file = path.join(dir, `long-${PAGES}.pdf`);
  fs.writeFileSync(file, await doc.save());
  try {
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
    const res = JSON.parse(r.stdout.trim().split('\n').pop() as string) as { ms: number; rssBeforeMb: number; maxRssMb: number; pages: number; sentences: number };
    console.log(`Memory benchmark: ingest of a ${PAGES}-page PDF (${(fs.statSync(file).size / 1024).toFixed(0)} KB) into in-memory PGlite; ${machine()}`);
    console.log(`pages ${res.pages}, sentences ${res.sentences}, ingest ${(res.ms / 1000).toFixed(1)} s (${(res.pages / (res.ms / 1000)).toFixed(1)} pages/s)`);
    console.log(`peak RSS ${res.maxRssMb.toFixed(0)} MB (${res.rssBeforeMb.toFixed(0)} MB after opening the database, before ingest); target < ${LIMIT_MB} MB`);
    reportKeyFigures([{ name: `memory: peak RSS, ${PAGES}-page PDF ingest`, figure: `${res.maxRssMb.toFixed(0)} MB (${(res.ms / 1000).toFixed(0)} s)`, target: `< ${LIMIT_MB} MB`, pass: res.maxRssMb < LIMIT_MB }]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] as string);
else await main();
