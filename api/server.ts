import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { ConfigError } from '../ingest/config.ts';
import { isIngestError } from '../ingest/errors.ts';
import { IngestQueue } from '../ingest/jobs/ingest-queue.ts';
import { afterIngest } from '../ingest/after-ingest.ts';
import { extractPendingClaims } from '../ingest/claims/claims-after-ingest.ts';
import { claimExtractorFor } from '../ingest/claims/choose-extractor.ts';
import { createEmbedder } from '../ingest/embed/provider.ts';
import { prepareVectors } from '../ingest/search/vectors.ts';
import { seedCorpus } from '../ingest/seed.ts';
import { openDb } from '../ingest/store/db.ts';
import { createApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Opens the database, seeds the sample corpus into an empty one, starts the queue and serves API + UI. */
export async function startServer(config: Config, log: (msg: string) => void = () => {}): Promise<RunningServer> {
  // Before the database opens: a provider that cannot start (model files, server down) fails first.
  const embedder = await createEmbedder(config.embedder);
  const claimExtractor = claimExtractorFor(config);
  const db = await openDb(config);
  const after = afterIngest(db, embedder, log, claimExtractor);
  let queue: IngestQueue | undefined;
  try {
    // Vectors first: their table is sized from the embedder, and the seed embeds as it ingests.
    const t0 = performance.now();
    const { recreated, embedded } = await prepareVectors(db, embedder);
    if (embedded) log(`Search: embedded ${embedded} document(s) with ${embedder.id}${recreated ? ' (new embedder)' : ''} in ${Math.round(performance.now() - t0)} ms.`);
    if (config.seedCorpus) await seedCorpus(db, config.corpusDir, config.maxUploadBytes, log, after);
    // Documents stored before claims existed, or read by another extractor version.
    await extractPendingClaims(db, log, claimExtractor);
    queue = await IngestQueue.start(db, { work: config.workers > 0, recoverInterrupted: db.kind === 'pglite', log, afterIngest: after, ocr: config.ocr });
  } catch (err) {
    await queue?.stop();
    await db.close();
    throw err;
  }
  const app = createApp({ db, queue, config, embedder, claimExtractor, log });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const q = queue;
  return {
    url: `http://${host}:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await q.stop();
      await db.close();
    },
  };
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const where = config.databaseUrl ? 'Postgres at DATABASE_URL' : `embedded database in ${config.dataDir}`;
  console.log(`Concorde: opening the ${where}…`);
  const running = await startServer(config, (m) => console.log(m));
  console.log(`Concorde is serving the API and the UI on ${running.url}`);
  const stop = async () => {
    console.log('Stopping…');
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error(err instanceof ConfigError || isIngestError(err) ? err.message : err);
    process.exit(1);
  });
}
