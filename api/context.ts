import type { Embedder } from '../ingest/embed/embedder.ts';
import type { IngestQueue } from '../ingest/jobs/ingest-queue.ts';
import type { Db } from '../ingest/store/db.ts';
import type { Config } from './config.ts';

/** What routes need, passed in once (no globals, no env reads in handlers). */
export interface AppDeps {
  db: Db;
  queue: IngestQueue;
  config: Config;
  embedder: Embedder;
  log?: (msg: string) => void;
}
