/**
 * Sentence-alignment benchmark: aligns the TransRead EN-FR (11 novels) and Text+Berg DE-FR
 * (test0..6) gold sets from ../shared/alignment-bench with Concorde's aligner and with a plain
 * Gale-Church baseline (lengths only), scores them with the bench's own score.py (strict/lax
 * P/R/F1), and prints time and peak memory; then times 1k/10k/100k-sentence documents made by
 * concatenating the bench books to show linear growth. Each measurement runs in its own child
 * process so that peak RSS belongs to it. Skips (exit 0) when the bench data is absent.
 *
 *   npx tsx bench/align.bench.ts        (npm run bench:align)
 *   ALIGN_BENCH_DIR=/path/to/alignment-bench  to point elsewhere; BENCH_SCALING=0 to skip scaling.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignTexts } from '../ingest/align/align.ts';
import { formatLinks, parseLinks } from '../ingest/align/format.ts';
import { FREEDICT_DIR, loadFreeDict } from '../ingest/align/freedict.ts';
import type { AlignOptions } from '../ingest/align/types.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BENCH = process.env.ALIGN_BENCH_DIR ?? path.resolve(HERE, '../../shared/alignment-bench');

interface Doc {
  name: string;
  src: string;
  tgt: string;
  gold: string;
  srcLang: string;
  tgtLang: string;
}

function sets(): Record<string, Doc[]> {
  const tr = path.join(BENCH, 'transread-en-fr/plain');
  const tb = path.join(BENCH, 'textberg-de-fr/raw');
  const books = fs.readdirSync(tr).filter((f) => f.endsWith('.gold')).sort().map((f) => f.slice(0, -5));
  return {
    'TransRead EN-FR': books.map((b) => ({ name: b, src: `${tr}/${b}.en`, tgt: `${tr}/${b}.fr`, gold: `${tr}/${b}.gold`, srcLang: 'en', tgtLang: 'fr' })),
    'Text+Berg DE-FR': [0, 1, 2, 3, 4, 5, 6].map((k) => ({ name: `test${k}`, src: `${tb}/test${k}.de`, tgt: `${tb}/test${k}.fr`, gold: `${tb}/test${k}.defr`, srcLang: 'de', tgtLang: 'fr' })),
  };
}

const readLines = (f: string): string[] => {
  const lines = fs.readFileSync(f, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
};

const SYSTEMS: Record<string, () => AlignOptions> = {
  concorde: () => ({}),
  'concorde+freedict': () => ({ extraLexicon: loadFreeDict() }),
  'gale-church': () => ({ lexical: false }),
};

interface ChildResult {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  heapMb: number;
  cells: number;
  /** [confidence, strictly correct] of every non-null link. */
  conf?: [number, boolean][];
  /** Milliseconds per phase of the aligner, summed over the documents. */
  phases: Record<string, number>;
}

/** Child mode: align one set (or a synthetic size) and report time and memory as JSON. */
function child(kind: string, system: string, arg: string, outDir: string): void {
  const mk = SYSTEMS[system];
  if (!mk) throw new Error(`unknown system ${system}`);
  const opts = mk(); // loading FreeDict is not timed as alignment
  let heap = process.memoryUsage().heapUsed;
  let cells = 0;
  const phases: Record<string, number> = {};
  const withCells: AlignOptions = { ...opts, onCells: (c) => (cells += c), onPhase: (p, ms) => (phases[p] = (phases[p] ?? 0) + ms) };
  const conf: [number, boolean][] = [];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  if (kind === 'set') {
    for (const d of sets()[arg] ?? []) {
      const links = alignTexts(readLines(d.src), readLines(d.tgt), d.srcLang, d.tgtLang, withCells);
      heap = Math.max(heap, process.memoryUsage().heapUsed);
      fs.writeFileSync(path.join(outDir, `${d.name}.links`), formatLinks(links));
      const gold = new Set(parseLinks(fs.readFileSync(d.gold, 'utf8')).map((l) => `${l.src}|${l.tgt}`));
      for (const l of links) if (l.src.length || l.tgt.length) conf.push([l.confidence, gold.has(`${l.src}|${l.tgt}`)]);
    }
  } else if (kind === 'size') {
    const { src, tgt } = synthetic(Number(arg));
    alignTexts(src, tgt, 'en', 'fr', withCells);
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  }
  const cpu = process.cpuUsage(c0);
  const res: ChildResult = {
    ms: performance.now() - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: heap / 2 ** 20,
    cells,
    conf: kind === 'set' ? conf : undefined,
    phases,
  };
  process.stdout.write(`${JSON.stringify(res)}\n`);
}

/** n source sentences (and about as many targets) by concatenating the TransRead books. */
function synthetic(n: number): { src: string[]; tgt: string[] } {
  const docs = sets()['TransRead EN-FR'] ?? [];
  const src: string[] = [];
  const tgt: string[] = [];
  const books = docs.map((d) => ({ s: readLines(d.src), t: readLines(d.tgt) }));
  for (let k = 0; src.length < n; k++) {
    const b = books[k % books.length] as { s: string[]; t: string[] };
    const take = Math.min(b.s.length, n - src.length);
    // Cut the target at the same relative point so the two sides stay parallel.
    src.push(...b.s.slice(0, take));
    tgt.push(...b.t.slice(0, Math.round((take / b.s.length) * b.t.length)));
  }
  return { src, tgt };
}

function runChild(args: string[]): ChildResult {
  const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`child ${args.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as ChildResult;
}

interface Scores {
  precision_strict: number;
  recall_strict: number;
  f1_strict: number;
  precision_lax: number;
  recall_lax: number;
  f1_lax: number;
}

function scorePy(golds: string[], tests: string[]): Scores {
  const r = spawnSync('python3', [path.join(BENCH, 'score.py'), '-g', ...golds, '-t', ...tests, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`score.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Scores;
}

const HUNALIGN: Record<string, number> = { 'TransRead EN-FR': 0.856, 'Text+Berg DE-FR': 0.795 };
const f3 = (x: number): string => x.toFixed(3);

function main(): void {
  if (!fs.existsSync(path.join(BENCH, 'score.py'))) {
    console.log(`alignment bench: no benchmark data at ${BENCH} (set ALIGN_BENCH_DIR); skipping.`);
    return;
  }
  const systems = Object.keys(SYSTEMS).filter((s) => s !== 'concorde+freedict' || fs.existsSync(`${FREEDICT_DIR}/freedict-fra-eng.index`));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'concorde-align-'));
  const idle = runChild(['size', 'concorde', '0', tmp]);
  const rows: string[][] = [];
  const calib: Record<string, [number, boolean][]> = {};
  const all: Record<string, { golds: string[]; tests: string[]; ms: number; cpu: number; rss: number; heap: number }> = {};
  for (const system of systems) {
    for (const [setName, docs] of Object.entries(sets())) {
      const out = path.join(tmp, system, setName.replace(/\W+/g, '-'));
      fs.mkdirSync(out, { recursive: true });
      const r = runChild(['set', system, setName, out]);
      const tests = docs.map((d) => path.join(out, `${d.name}.links`));
      const s = scorePy(docs.map((d) => d.gold), tests);
      rows.push([system, setName, f3(s.precision_strict), f3(s.recall_strict), f3(s.f1_strict), f3(s.precision_lax), f3(s.recall_lax), f3(s.f1_lax), (r.ms / 1000).toFixed(2), (r.cpuMs / 1000).toFixed(2), r.maxRssMb.toFixed(0), r.heapMb.toFixed(0)]);
      const a = (all[system] ??= { golds: [], tests: [], ms: 0, cpu: 0, rss: 0, heap: 0 });
      a.golds.push(...docs.map((d) => d.gold));
      a.tests.push(...tests);
      a.ms += r.ms;
      a.cpu += r.cpuMs;
      a.rss = Math.max(a.rss, r.maxRssMb);
      a.heap = Math.max(a.heap, r.heapMb);
      if (system === 'concorde') calib[setName] = r.conf ?? [];
    }
    const a = all[system];
    if (a) {
      const s = scorePy(a.golds, a.tests);
      rows.push([system, 'overall', f3(s.precision_strict), f3(s.recall_strict), f3(s.f1_strict), f3(s.precision_lax), f3(s.recall_lax), f3(s.f1_lax), (a.ms / 1000).toFixed(2), (a.cpu / 1000).toFixed(2), a.rss.toFixed(0), a.heap.toFixed(0)]);
    }
  }
  for (const [setName, f] of Object.entries(HUNALIGN)) rows.push(['hunalign+dict (README)', setName, '', '', f3(f), '', '', '', '', '', '', '']);
  printTable(['system', 'set', 'P strict', 'R strict', 'F1 strict', 'P lax', 'R lax', 'F1 lax', 'time s', 'cpu s', 'peak RSS MB', 'peak heap MB'], rows);
  console.log(`(an idle child process peaks at ${idle.maxRssMb.toFixed(0)} MB RSS; links written to ${tmp})\n`);

  const bins = [0, 0.5, 0.8, 0.95, 1.0001];
  const crow: string[][] = [];
  for (const [setName, pts] of Object.entries(calib)) {
    for (let b = 0; b + 1 < bins.length; b++) {
      const inBin = pts.filter(([c]) => c >= (bins[b] as number) && c < (bins[b + 1] as number));
      const ok = inBin.filter(([, g]) => g).length;
      crow.push([setName, `[${bins[b]}, ${Math.min(1, bins[b + 1] as number)}${b + 2 === bins.length ? ']' : ')'}`, String(inBin.length), inBin.length ? f3(ok / inBin.length) : '-']);
    }
  }
  console.log('Confidence calibration (concorde): share of links in each confidence bin that are exactly in the gold');
  printTable(['set', 'confidence', 'links', 'strictly correct'], crow);

  if (process.env.BENCH_SCALING !== '0') {
    const srow: string[][] = [];
    for (const n of [1000, 10_000, 100_000]) {
      const r = runChild(['size', 'concorde', String(n), tmp]);
      const ph = (k: string) => ((r.phases[k] ?? 0) / 1000).toFixed(2);
      srow.push([String(n), (r.ms / 1000).toFixed(2), (r.cpuMs / 1000).toFixed(2), String(r.cells), (r.cells / n).toFixed(1), r.maxRssMb.toFixed(0), r.heapMb.toFixed(0), ph('features'), ph('pass 1'), ph('learning'), ph('pass 2'), ph('confidence')]);
    }
    console.log('\nScaling (TransRead books concatenated, EN->FR, concorde; phase columns in seconds)');
    printTable(['sentences', 'time s', 'cpu s', 'DP cells', 'cells / sentence', 'peak RSS MB', 'peak heap MB', 'features', 'pass 1', 'learning', 'pass 2', 'confidence'], srow);
  }
}

function printTable(head: string[], rows: string[][]): void {
  const w = head.map((h, k) => Math.max(h.length, ...rows.map((r) => (r[k] ?? '').length)));
  const line = (r: string[]) => r.map((c, k) => (k < 2 ? c.padEnd(w[k] as number) : c.padStart(w[k] as number))).join('  ');
  console.log(line(head));
  console.log(w.map((x) => '-'.repeat(x)).join('  '));
  for (const r of rows) console.log(line(r));
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') child(argv[1] as string, argv[2] as string, argv[3] as string, argv[4] as string);
else main();
