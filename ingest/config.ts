import path from 'node:path';
import { z } from 'zod';
import { EMBEDDERS, type EmbedderConfig } from './embed/provider.ts';
import { MAX_INDEXED_DIMENSIONS } from './embed/providers/common.ts';
import type { OcrMode } from './stages/parse/pdf/ocr-engine.ts';

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
  /** transformers: root of local models; the files are in <dir>/<CONCORDE_EMBED_MODEL>. */
  CONCORDE_EMBED_MODEL_DIR: z.string().min(1).optional(),
  CONCORDE_EMBED_MODEL: z.string().min(1).default('Xenova/paraphrase-multilingual-MiniLM-L12-v2'),
  /** ollama, openai: vector length (else learnt from one probe request at start). */
  CONCORDE_EMBED_DIMENSIONS: z.coerce.number().int().min(1).max(MAX_INDEXED_DIMENSIONS, `pgvector's HNSW index takes at most ${MAX_INDEXED_DIMENSIONS} dimensions`).optional(),
  CONCORDE_OLLAMA_URL: z.string().url().default('http://127.0.0.1:11434'),
  CONCORDE_OLLAMA_MODEL: z.string().min(1).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  CONCORDE_OPENAI_MODEL: z.string().min(1).default('text-embedding-3-small'),
  /** An OpenAI-compatible server ("http://127.0.0.1:8080/v1"); unset = api.openai.com. */
  CONCORDE_OPENAI_BASE_URL: z.string().url().optional(),
  /** Claims: `rules` (default, offline) or `llm` (a chat model as well; see ingest/claims/extract/llm-provider.ts). */
  CLAIMS_EXTRACTOR: z.enum(['rules', 'llm']).default('rules'),
  /** llm: the chat provider; reuses OPENAI_API_KEY / CONCORDE_OPENAI_BASE_URL or CONCORDE_OLLAMA_URL. */
  CLAIMS_LLM_PROVIDER: z.enum(['openai', 'ollama']).default('openai'),
  /** llm: the chat model (e.g. gpt-4o-mini, llama3.1). */
  CLAIMS_LLM_MODEL: z.string().min(1).optional(),
  /** PDF pages without a text layer: `auto` reads them by OCR when tesseract (fra+eng) is installed; `off` never. */
  CONCORDE_OCR: z.enum(['auto', 'off']).default('auto'),
});

export interface CoreConfig {
  /** Folder of the embedded database, or `memory://` for a throw-away in-memory one. */
  dataDir: string;
  databaseUrl: string | undefined;
  maxUploadBytes: number;
  seedCorpus: boolean;
  corpusDir: string;
  workers: number;
  /** Sentence embedder used by search: provider and its settings. */
  embedder: EmbedderConfig;
  /** The chat model of the optional LLM claim extractor; undefined = rules only (the default). */
  claimsLlm: ClaimsLlmSettings | undefined;
  /** OCR of PDF pages without a text layer (CONCORDE_OCR). */
  ocr: OcrMode;
}

/** The chat model behind the LLM claim extractor, from CLAIMS_LLM_* and the shared OpenAI/Ollama settings. */
export type ClaimsLlmSettings =
  | { provider: 'openai'; model: string; apiKey: string; baseUrl: string | undefined }
  | { provider: 'ollama'; model: string; url: string };

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
    embedder: embedderConfig(e),
    claimsLlm: claimsLlmConfig(e),
    ocr: e.CONCORDE_OCR,
  };
}

/** The LLM claim extractor's settings when CLAIMS_EXTRACTOR=llm; a ConfigError lists what is missing. */
export function claimsLlmConfig(e: z.infer<typeof CoreEnv>): ClaimsLlmSettings | undefined {
  if (e.CLAIMS_EXTRACTOR !== 'llm') return undefined;
  const missing: string[] = [];
  if (!e.CLAIMS_LLM_MODEL) missing.push('  CLAIMS_LLM_MODEL: the chat model (e.g. gpt-4o-mini for openai, llama3.1 for ollama)');
  if (e.CLAIMS_LLM_PROVIDER === 'openai' && !e.OPENAI_API_KEY && !e.CONCORDE_OPENAI_BASE_URL) {
    missing.push('  OPENAI_API_KEY: the API key (or set CONCORDE_OPENAI_BASE_URL for a compatible server that needs none)');
  }
  if (missing.length) throw new ConfigError(`CLAIMS_EXTRACTOR=llm (provider ${e.CLAIMS_LLM_PROVIDER}) needs:\n${missing.join('\n')}`);
  const model = e.CLAIMS_LLM_MODEL ?? '';
  return e.CLAIMS_LLM_PROVIDER === 'openai'
    ? { provider: 'openai', model, apiKey: e.OPENAI_API_KEY ?? 'unused', baseUrl: e.CONCORDE_OPENAI_BASE_URL }
    : { provider: 'ollama', model, url: e.CONCORDE_OLLAMA_URL };
}

/**
 * The chosen embedder's settings; throws a ConfigError listing every variable the provider
 * needs and lacks. An OpenAI-compatible server (CONCORDE_OPENAI_BASE_URL) may go without a key.
 */
export function embedderConfig(e: z.infer<typeof CoreEnv>): EmbedderConfig {
  const missing: string[] = [];
  const need = <T>(name: string, value: T | undefined, why: string): T | undefined => {
    if (value === undefined) missing.push(`  ${name}: ${why}`);
    return value;
  };
  let cfg: EmbedderConfig;
  switch (e.CONCORDE_EMBEDDER) {
    case 'concept':
      return { provider: 'concept' };
    case 'transformers': {
      const dir = need('CONCORDE_EMBED_MODEL_DIR', e.CONCORDE_EMBED_MODEL_DIR, `folder holding the model's files in <folder>/${e.CONCORDE_EMBED_MODEL}/`);
      cfg = { provider: 'transformers', modelDir: path.resolve(dir ?? '.'), model: e.CONCORDE_EMBED_MODEL };
      break;
    }
    case 'ollama': {
      const model = need('CONCORDE_OLLAMA_MODEL', e.CONCORDE_OLLAMA_MODEL, 'an embedding model pulled into Ollama (e.g. bge-m3, nomic-embed-text)');
      cfg = { provider: 'ollama', url: e.CONCORDE_OLLAMA_URL, model: model ?? '', dimensions: e.CONCORDE_EMBED_DIMENSIONS };
      break;
    }
    case 'openai': {
      const key = e.CONCORDE_OPENAI_BASE_URL ? (e.OPENAI_API_KEY ?? 'unused') : need('OPENAI_API_KEY', e.OPENAI_API_KEY, 'the API key (or set CONCORDE_OPENAI_BASE_URL for a compatible server that needs none)');
      cfg = { provider: 'openai', apiKey: key ?? '', model: e.CONCORDE_OPENAI_MODEL, baseUrl: e.CONCORDE_OPENAI_BASE_URL, dimensions: e.CONCORDE_EMBED_DIMENSIONS };
      break;
    }
  }
  if (missing.length) throw new ConfigError(`CONCORDE_EMBEDDER=${e.CONCORDE_EMBEDDER} needs:\n${missing.join('\n')}`);
  return cfg;
}
