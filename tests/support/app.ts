import { createApp } from '../../api/app.ts';
import { loadConfig, type Config } from '../../api/config.ts';
import { IngestQueue } from '../../ingest/jobs/ingest-queue.ts';
import type { Db } from '../../ingest/store/db.ts';
import { openTestDb, type Transport } from './db.ts';

export interface TestApp {
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
  const queue = await IngestQueue.start(db, { work: true, recoverInterrupted: false });
  const logs: string[] = [];
  const app = createApp({ db, queue, config, log: (m) => logs.push(m) });
  return {
    app,
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
