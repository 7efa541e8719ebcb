import { afterIngest } from './after-ingest.ts';
import { claimExtractorFor } from './claims/choose-extractor.ts';
import { ConfigError, loadCoreConfig } from './config.ts';
import { createEmbedder } from './embed/provider.ts';
import { isIngestError } from './errors.ts';
import { IngestQueue } from './jobs/ingest-queue.ts';
import { openDb } from './store/db.ts';

/**
 * A standalone ingestion worker: works queued jobs against the configured database, with the
 * same after-ingest work as the server (pairing, embedding, claims), so a document ingested
 * here is complete. Several can run against one Postgres server (DATABASE_URL); the embedded
 * database allows one process.
 */
async function main(): Promise<void> {
  const cfg = loadCoreConfig(process.env);
  const log = (m: string) => console.log(m);
  const embedder = await createEmbedder(cfg.embedder);
  const db = await openDb(cfg);
  const queue = await IngestQueue.start(db, { work: true, recoverInterrupted: false, log, afterIngest: afterIngest(db, embedder, log, claimExtractorFor(cfg)), ocr: cfg.ocr });
  console.log(`Concorde worker: working ingestion jobs on ${db.kind === 'postgres' ? 'DATABASE_URL' : cfg.dataDir}. Ctrl-C to stop.`);
  const stop = async () => {
    await queue.stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError || isIngestError(err) ? err.message : err);
  process.exit(1);
});
