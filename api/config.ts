import path from 'node:path';
import { z } from 'zod';
import { ConfigError, loadCoreConfig, parseEnv, type CoreConfig, type Env } from '../ingest/config.ts';
import { isLoopbackHost, type SecurityConfig } from './security.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ServerEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  CONCORDE_WEB_DIST: z.string().min(1).default('./web/dist'),
  CONCORDE_API_TOKEN: z.string().trim().min(16, 'use at least 16 characters (e.g. `openssl rand -hex 32`)').optional(),
  CONCORDE_READ_TOKEN_REQUIRED: bool.default(false),
  CONCORDE_CORS_ORIGINS: z.string().optional(),
  CONCORDE_TRUST_PROXY: bool.default(false),
  CONCORDE_UPLOAD_RATE_PER_MIN: z.coerce.number().int().min(0).max(100_000).default(60),
});

export interface Config extends CoreConfig {
  port: number;
  host: string;
  /** Built UI served at `/`. */
  webDist: string;
  security: SecurityConfig;
}

/** Parses every setting once; throws a ConfigError listing all invalid variables. */
export function loadConfig(env: Env): Config {
  const core = loadCoreConfig(env);
  const s = parseEnv(ServerEnv, env);
  if (!s.CONCORDE_API_TOKEN && !isLoopbackHost(s.HOST)) {
    throw new ConfigError(
      `HOST=${s.HOST} is reachable from other machines, so CONCORDE_API_TOKEN is required: set it to a long random secret (e.g. \`openssl rand -hex 32\`), or keep HOST=127.0.0.1.`,
    );
  }
  if (s.CONCORDE_READ_TOKEN_REQUIRED && !s.CONCORDE_API_TOKEN) {
    throw new ConfigError('CONCORDE_READ_TOKEN_REQUIRED=true needs CONCORDE_API_TOKEN to be set.');
  }
  const corsOrigins = (s.CONCORDE_CORS_ORIGINS ?? '').split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean);
  const security: SecurityConfig = {
    apiToken: s.CONCORDE_API_TOKEN,
    readTokenRequired: s.CONCORDE_READ_TOKEN_REQUIRED,
    corsOrigins,
    trustProxy: s.CONCORDE_TRUST_PROXY,
    uploadRatePerMin: s.CONCORDE_UPLOAD_RATE_PER_MIN,
  };
  return { ...core, port: s.PORT, host: s.HOST, webDist: path.resolve(s.CONCORDE_WEB_DIST), security };
}
