import type { ClaimExtractor } from '../ingest/claims/model.ts';
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
  /** Re-reads a pair's claims when a person changes the pair (rules unless an LLM is configured). */
  claimExtractor?: ClaimExtractor;
  log?: (msg: string) => void;
}
