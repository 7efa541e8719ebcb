import path from 'node:path';
import { z } from 'zod';
import { EMBEDDERS, type EmbedderName } from './embed/provider.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Settings shared by the server, the worker and the CLI, read once from the environment. */
export const CoreEnv = z.object({
  CONCORDE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  CONCORDE_MAX_UPLOAD_MB: z.coerce.number().positive().max(2048).default(50),
  CONCORDE_SEED_CORPUS: bool.default(true),
  CONCORDE_CORPUS_DIR: z.string().min(1).default('./corpus'),
  /** In-process ingestion workers (0 = this process never works jobs; use `npm run worker`). */
  CONCORDE_WORKERS: z.coerce.number().int().min(0).max(8).default(1),
  CONCORDE_EMBEDDER: z.enum(EMBEDDERS).default('concept'),
});

export interface CoreConfig {
  /** Folder of the embedded database, or `memory://` for a throw-away in-memory one. */
  dataDir: string;
  databaseUrl: string | undefined;
  maxUploadBytes: number;
  seedCorpus: boolean;
  corpusDir: string;
  workers: number;
  /** Sentence embedder used by search. */
  embedder: EmbedderName;
}

export type Env = Record<string, string | undefined>;

/** Thrown when the environment holds invalid settings; lists every problem at once. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses a zod object from the environment, reporting every invalid variable together. */
export function parseEnv<S extends z.ZodType>(schema: S, env: Env): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function loadCoreConfig(env: Env): CoreConfig {
  const e = parseEnv(CoreEnv, env);
  const dataDir = e.CONCORDE_DATA_DIR.startsWith('memory://') ? e.CONCORDE_DATA_DIR : path.resolve(e.CONCORDE_DATA_DIR);
  return {
    dataDir,
    databaseUrl: e.DATABASE_URL,
    maxUploadBytes: Math.round(e.CONCORDE_MAX_UPLOAD_MB * 1024 * 1024),
    seedCorpus: e.CONCORDE_SEED_CORPUS,
    corpusDir: path.resolve(e.CONCORDE_CORPUS_DIR),
    workers: e.CONCORDE_WORKERS,
    embedder: e.CONCORDE_EMBEDDER,
  };
}
