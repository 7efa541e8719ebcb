/** Small helpers shared by the benches: percentiles, a plain-text table, a machine line, the JSON summary line. */
import os from 'node:os';

/** The p-th percentile (0..100) by nearest rank; NaN for an empty list. */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
}

/** Prints rows as an aligned table (first column left-aligned). */
export function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

/** "node v20.x, 2 cores (model), 24 GB, 2025-01-01". */
export function machine(): string {
  const cpu = os.cpus();
  return `node ${process.version}, ${cpu.length} cores (${cpu[0]?.model.trim() ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${new Date().toISOString().slice(0, 10)}`;
}

/** One key figure of a bench, read by bench/run-all.ts from a `BENCH_RESULT {json}` stdout line. */
export interface KeyFigure {
  name: string;
  figure: string;
  target: string;
  pass: boolean | null;
}

/** Emits the key figures for run-all.ts. */
export function reportKeyFigures(figures: KeyFigure[]): void {
  for (const f of figures) console.log(`BENCH_RESULT ${JSON.stringify(f)}`);
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
