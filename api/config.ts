import path from 'node:path';
import { z } from 'zod';
import { loadCoreConfig, parseEnv, type CoreConfig, type Env } from '../ingest/config.ts';

const ServerEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  CONCORDE_WEB_DIST: z.string().min(1).default('./web/dist'),
});

export interface Config extends CoreConfig {
  port: number;
  host: string;
  /** Built UI served at `/`. */
  webDist: string;
}

/** Parses every setting once; throws a ConfigError listing all invalid variables. */
export function loadConfig(env: Env): Config {
  const core = loadCoreConfig(env);
  const s = parseEnv(ServerEnv, env);
  return { ...core, port: s.PORT, host: s.HOST, webDist: path.resolve(s.CONCORDE_WEB_DIST) };
}
