import { createApp } from '../../api/app.ts';
import type { JobDto } from '../../api/schemas/documents.ts';
import { loadConfig, type Config } from '../../api/config.ts';
import { afterIngest, type AfterIngest } from '../../ingest/after-ingest.ts';
import type { Embedder } from '../../ingest/embed/embedder.ts';
import { createEmbedder } from '../../ingest/embed/provider.ts';
import { IngestQueue } from '../../ingest/jobs/ingest-queue.ts';
import { seedCorpus } from '../../ingest/seed.ts';
import { prepareVectors } from '../../ingest/search/vectors.ts';
import type { Db } from '../../ingest/store/db.ts';
import { openTestDb, type Transport } from './db.ts';

export interface TestApp {
  /** What the server runs after each stored document (pairing, embedding). */
  after: AfterIngest;
  /** The configured embedder the app searches with. */
  embedder: Embedder;
  app: ReturnType<typeof createApp>;
  db: Db;
  queue: IngestQueue;
  config: Config;
  logs: string[];
  close(): Promise<void>;
}

/** The real app on a real (in-memory) database and queue, called in-process with `app.request()`. */
export async function makeTestApp(env: Record<string, string> = {}, transport: Transport = 'pglite'): Promise<TestApp> {
  const config = loadConfig({ CONCORDE_DATA_DIR: 'memory://', CONCORDE_SEED_CORPUS: 'false', ...env });
  const db = await openTestDb(transport);
  const logs: string[] = [];
  const log = (m: string) => logs.push(m);
  const embedder = await createEmbedder(config.embedder);
  await prepareVectors(db, embedder);
  const after = afterIngest(db, embedder, log);
  const queue = await IngestQueue.start(db, { work: true, recoverInterrupted: false, afterIngest: after, ocr: config.ocr });
  const app = createApp({ db, queue, config, embedder, log });
  return {
    app,
    after,
    embedder,
    db,
    queue,
    config,
    logs,
    async close() {
      await queue.stop();
      await db.close();
    },
  };
}

/** A multipart upload request body. */
export function uploadForm(bytes: Uint8Array | string, name: string, fields: Record<string, string> = {}, type = ''): FormData {
  const form = new FormData();
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  form.set('file', new File([data], name, { type }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

/** Polls a job until it leaves queued/running (10 s per 100 tries). */
export async function waitForJob(app: TestApp['app'], id: string, tries = 600): Promise<JobDto> {
  for (let i = 0; i < tries; i++) {
    const job = (await (await app.request(`/api/jobs/${id}`)).json()) as JobDto;
    if (job.state !== 'queued' && job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${id} did not finish`);
}

/** The real app with the sample corpus ingested as on a first start (pairing, embedding, claims). */
export async function makeSeededTestApp(): Promise<TestApp> {
  const t = await makeTestApp();
  await seedCorpus(t.db, 'corpus', 50 * 1048576, () => {}, t.after);
  return t;
}
