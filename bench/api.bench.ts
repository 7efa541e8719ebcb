/**
 * API benchmark, loopback only. Starts the real server (startServer: in-memory PGlite, port 0,
 * sample corpus seeded) and, in the same process, a bare Hono route on another port; then
 * 1. throughput (autocannon, 50 connections, 10 s each) of GET /api/documents next to the bare
 *    route, and their ratio (target >= 0.3);
 * 2. a load run: 50 concurrent uploads of distinct small text files together with 200
 *    concurrent reads, each with a deadline; checks every upload is stored exactly once and
 *    nothing failed, and prints p95 latencies.
 * autocannon runs as a child process (its CLI, --json) so its work is not counted in-process.
 *
 *   npx tsx bench/api.bench.ts     BENCH_API_SECONDS=3 for a quick run
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { z } from 'zod';
import { loadConfig } from '../api/config.ts';
import { startServer } from '../api/server.ts';
import { machine, percentile, printTable, reportKeyFigures } from './support/stats.ts';

const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = 50;
const UPLOADS = 50;
const READS = 200;
const DEADLINE_MS = 120_000;
const log = (m: string) => console.log(`[api ${(performance.now() / 1000).toFixed(0)}s] ${m}`);

const Cannon = z.object({ requests: z.object({ average: z.number() }), latency: z.object({ p50: z.number(), p99: z.number() }), errors: z.number(), non2xx: z.number(), timeouts: z.number() });

/** Runs the autocannon CLI against url; resolves with its JSON summary. */
function cannon(url: string): Promise<z.infer<typeof Cannon>> {
  const bin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [bin, '-c', String(CONNECTIONS), '-d', String(SECONDS), '-j', url], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(Cannon.parse(JSON.parse(out))) : reject(new Error(`autocannon exited ${code}`))));
  });
}

/** fetch with a deadline; resolves with status and milliseconds. */
async function timed(url: string, init: RequestInit = {}): Promise<{ status: number; ms: number; body: unknown }> {
  const t0 = performance.now();
  const r = await fetch(url, { ...init, signal: AbortSignal.timeout(DEADLINE_MS) });
  const body: unknown = await r.json().catch(() => null);
  return { status: r.status, ms: performance.now() - t0, body };
}

const total = async (base: string): Promise<number> => z.object({ total: z.number() }).parse((await timed(`${base}/api/documents?limit=1`)).body).total;

log(machine());
const config = loadConfig({ CONCORDE_DATA_DIR: 'memory://', PORT: '0', HOST: '127.0.0.1', CONCORDE_SEED_CORPUS: 'true', CONCORDE_UPLOAD_RATE_PER_MIN: '100000' });
const t0 = performance.now();
const server = await startServer(config);
log(`server on ${server.url} (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
const bare = serve({ fetch: new Hono().get('/', (c) => c.json({ ok: true })).fetch, hostname: '127.0.0.1', port: 0 });
await new Promise<void>((r) => bare.once('listening', () => r()));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;

try {
  const seeded = await total(server.url);
  // 1. Throughput.
  const b = await cannon(bareUrl);
  log(`bare Hono: ${b.requests.average.toFixed(0)} req/s`);
  const firstId = z.object({ items: z.array(z.object({ id: z.string() })) }).parse((await timed(`${server.url}/api/documents?limit=1`)).body).items[0]!.id;
  const a = await cannon(`${server.url}/api/documents/${firstId}`);
  log(`GET /api/documents/:id (cached): ${a.requests.average.toFixed(0)} req/s`);
  const l = await cannon(`${server.url}/api/documents`);
  log(`GET /api/documents (list, uncached): ${l.requests.average.toFixed(0)} req/s`);
  const ratio = a.requests.average / b.requests.average;
  console.log(`\nAPI throughput (autocannon ${CONNECTIONS} connections, ${SECONDS} s; ${seeded} documents seeded; ${machine()})`);
  printTable(['route', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx'], [
    ['bare Hono GET / (same process)', b.requests.average.toFixed(0), String(b.latency.p50), String(b.latency.p99), String(b.errors + b.timeouts), String(b.non2xx)],
    ['GET /api/documents/:id (cached)', a.requests.average.toFixed(0), String(a.latency.p50), String(a.latency.p99), String(a.errors + a.timeouts), String(a.non2xx)],
    ['GET /api/documents (list, uncached)', l.requests.average.toFixed(0), String(l.latency.p50), String(l.latency.p99), String(l.errors + l.timeouts), String(l.non2xx)],
  ]);
  console.log(`ratio /api/documents/:id (cached) / bare = ${ratio.toFixed(2)} (target >= 0.3)`);

  // 2. Load: distinct uploads and reads, all at once.
  const before = await total(server.url);
  const stamp = Date.now();
  const uploads = Array.from({ length: UPLOADS }, (_, i) => {
    const form = new FormData();
    const text = `# Note de service ${i}\n\nLe comité a examiné le dossier numéro ${i} le ${stamp}. Les mesures prévues s'appliquent à compter du 1er avril 2025.\n\nUne évaluation sera présentée au conseil d'administration.\n`;
    form.set('file', new File([text], `note-${i}.txt`, { type: 'text/plain' }));
    return timed(`${server.url}/api/documents`, { method: 'POST', body: form });
  });
  const reads = Array.from({ length: READS }, (_, i) => timed(`${server.url}/api/documents?limit=${1 + (i % 50)}`));
  const [up, rd] = [await Promise.all(uploads), await Promise.all(reads)];
  const JobRes = z.object({ job: z.object({ id: z.string() }) });
  const jobIds = up.filter((u) => u.status === 202).map((u) => JobRes.parse(u.body).job.id);
  // Wait for the queue to ingest them (bounded).
  const tJobs = performance.now();
  const docIds = new Set<string>();
  let failed = 0;
  for (const id of jobIds) {
    for (;;) {
      const j = z.object({ state: z.string(), documentId: z.string().nullable() }).parse((await timed(`${server.url}/api/jobs/${id}`)).body);
      if (j.state === 'done' || j.state === 'duplicate') { if (j.documentId) docIds.add(j.documentId); break; }
      if (j.state === 'failed') { failed++; break; }
      if (performance.now() - tJobs > DEADLINE_MS) throw new Error('uploads not ingested within the deadline');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const jobsMs = performance.now() - tJobs;
  const after = await total(server.url);
  const errors = [...up, ...rd].filter((r) => r.status >= 400).length;
  const exactlyOnce = jobIds.length === UPLOADS && docIds.size === UPLOADS && after - before === UPLOADS && failed === 0;
  console.log(`\nLoad: ${UPLOADS} concurrent uploads + ${READS} concurrent reads`);
  printTable(['request', 'n', 'p50 ms', 'p95 ms', 'max ms', 'errors'], [
    ['POST /api/documents', String(up.length), percentile(up.map((u) => u.ms), 50).toFixed(0), percentile(up.map((u) => u.ms), 95).toFixed(0), Math.max(...up.map((u) => u.ms)).toFixed(0), String(up.filter((u) => u.status >= 400).length)],
    ['GET /api/documents', String(rd.length), percentile(rd.map((u) => u.ms), 50).toFixed(0), percentile(rd.map((u) => u.ms), 95).toFixed(0), Math.max(...rd.map((u) => u.ms)).toFixed(0), String(rd.filter((u) => u.status >= 400).length)],
  ]);
  console.log(`queued ${jobIds.length}/${UPLOADS}, ingested ${docIds.size} distinct documents, ${failed} failed, all done ${(jobsMs / 1000).toFixed(1)} s after the last response; documents ${before} -> ${after}: ${exactlyOnce ? 'each stored exactly once' : 'MISMATCH'}`);
  reportKeyFigures([
    { name: 'api: GET /api/documents/:id (cached) / bare Hono throughput', figure: `${a.requests.average.toFixed(0)} / ${b.requests.average.toFixed(0)} req/s = ${ratio.toFixed(2)}`, target: '>= 0.3', pass: ratio >= 0.3 },
    { name: 'api: 50 uploads + 200 reads, stored once, no errors', figure: `upload p95 ${percentile(up.map((u) => u.ms), 95).toFixed(0)} ms, read p95 ${percentile(rd.map((u) => u.ms), 95).toFixed(0)} ms, ${errors} errors`, target: 'exactly once, 0 errors', pass: exactlyOnce && errors === 0 },
  ]);
} finally {
  await new Promise<void>((r) => bare.close(() => r()));
  await server.close();
}
