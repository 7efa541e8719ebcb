import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail, JobDto } from '../../api/schemas/documents.ts';

/**
 * `npm run worker` as its own process: the API server takes uploads without working them
 * (CONCORDE_WORKERS=0) and a separate worker process, on the same Postgres (PGlite served over
 * the wire), ingests them.
 */
const children: ChildProcess[] = [];
let lite: PGlite;
let pgServer: PGLiteSocketServer;
let databaseUrl: string;

beforeAll(async () => {
  lite = await PGlite.create({ extensions: { vector, unaccent } });
  pgServer = new PGLiteSocketServer({ db: lite, host: '127.0.0.1', port: 0, maxConnections: 32 });
  await pgServer.start();
  databaseUrl = `postgres://postgres:postgres@${pgServer.getServerConn()}/postgres?sslmode=disable`;
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await pgServer?.stop();
  await lite?.close();
});

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** Spawns a tsx entry point and resolves when its output matches `ready` (bounded). */
function launch(entry: string, env: Record<string, string>, ready: RegExp, timeoutMs = 120_000): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn('node', ['--import', 'tsx', entry], {
    env: { ...process.env, DATABASE_URL: databaseUrl, CONCORDE_SEED_CORPUS: 'false', CONCORDE_API_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} not ready in ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve({ child, output: () => out });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited (${code ?? signal}) before it was ready:\n${out}`));
    });
  });
}

const TEXT = [
  'Note sur la mission de formation',
  'La mission de formation de l’Union européenne a déjà formé des milliers de soldats ukrainiens en Pologne et en Allemagne.',
  'Les ministres de la Défense se sont réunis à Bruxelles pour discuter de son avenir après un cessez-le-feu.',
].join('\n\n');

describe('standalone worker process', () => {
  it('works the jobs an API server without workers queued, on the same Postgres', async () => {
    const port = await freePort();
    const api = await launch('api/server.ts', { PORT: String(port), HOST: '127.0.0.1', CONCORDE_WORKERS: '0' }, /serving the API and the UI on/);
    const base = `http://127.0.0.1:${port}`;

    const form = new FormData();
    form.set('file', new File([TEXT], 'note-mission.txt', { type: 'text/plain' }));
    const res = await fetch(`${base}/api/documents`, { method: 'POST', body: form });
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: JobDto };

    // Nobody works the job in the API process.
    await new Promise((r) => setTimeout(r, 1500));
    const waiting = (await (await fetch(`${base}/api/jobs/${job.id}`)).json()) as JobDto;
    expect(waiting.state).toBe('queued');

    const worker = await launch('ingest/worker.ts', {}, /working ingestion jobs on DATABASE_URL/);
    let state: JobDto = waiting;
    for (const until = Date.now() + 90_000; Date.now() < until && (state.state === 'queued' || state.state === 'running'); ) {
      await new Promise((r) => setTimeout(r, 250));
      state = (await (await fetch(`${base}/api/jobs/${job.id}`)).json()) as JobDto;
    }
    expect(state.state, worker.output()).toBe('done');
    expect(state.documentId).toBeTruthy();

    const doc = (await (await fetch(`${base}/api/documents/${state.documentId}`)).json()) as DocumentDetail;
    expect(doc.lang).toBe('fr');
    expect(doc.filename).toBe('note-mission.txt');

    const exited = new Promise<number | null>((r) => worker.child.once('exit', (code) => r(code)));
    worker.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    api.child.kill('SIGTERM');
  });
});
