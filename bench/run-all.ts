/**
 * Runs every bench in its own child process (`node --import tsx bench/x.bench.ts`), one after
 * the other with their output shown, then prints one summary table of their key figures
 * (the `BENCH_RESULT {json}` lines of bench/support/stats.ts; benches without them get their
 * exit status). Sizes follow each bench's environment variables (BENCH_SEARCH_N...).
 *
 *   npx tsx bench/run-all.ts
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable, type KeyFigure } from './support/stats.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BENCHES = ['ingest', 'align', 'embed', 'claims', 'search', 'api', 'memory'];

function run(name: string): Promise<{ code: number | null; figures: KeyFigure[]; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, `${name}.bench.ts`)], { cwd: path.resolve(HERE, '..'), stdio: ['ignore', 'pipe', 'inherit'] });
    const figures: KeyFigure[] = [];
    let buf = '';
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const l of lines) {
        if (l.startsWith('BENCH_RESULT ')) figures.push(JSON.parse(l.slice(13)) as KeyFigure);
        else console.log(l);
      }
    });
    p.on('close', (code) => resolve({ code, figures, ms: performance.now() - t0 }));
  });
}

const rows: string[][] = [];
for (const name of BENCHES) {
  console.log(`\n=== bench/${name}.bench.ts ===`);
  const r = await run(name);
  if (r.code !== 0) rows.push([name, `exit ${r.code}`, '', 'FAIL']);
  else if (!r.figures.length) rows.push([name, `ran in ${(r.ms / 1000).toFixed(0)} s (see its table)`, '', '-']);
  for (const f of r.figures) rows.push([f.name, f.figure, f.target, f.pass === null ? '-' : f.pass ? 'pass' : 'FAIL']);
}
console.log('\n=== Summary ===');
printTable(['bench', 'figure', 'target', 'result'], rows);
