import { OllamaEmbeddings } from '@langchain/ollama';
import type { Embedder } from '../embedder.ts';
import { langchainEmbedder } from './langchain-embedder.ts';

/** Settings of the Ollama provider (CONCORDE_OLLAMA_URL, CONCORDE_OLLAMA_MODEL, CONCORDE_EMBED_DIMENSIONS). */
export interface OllamaSettings {
  provider: 'ollama';
  url: string;
  model: string;
  /** Sent as Ollama's `dimensions` (models that can shorten their vectors) and checked; undefined = probed. */
  dimensions: number | undefined;
}

/** Client tuning, mostly for tests. */
export interface RemoteOptions {
  /** Retries of a failed request, with exponential backoff (LangChain AsyncCaller); default 2. */
  maxRetries?: number;
  /** Texts per request (default 32 for Ollama, 256 for OpenAI). */
  batchSize?: number;
}

/**
 * Embeddings from an Ollama server (POST <url>/api/embed with `{ model, input: [...] }`, through
 * @langchain/ollama). Inputs longer than the model's context are truncated by the server
 * rather than refused. Without configured dimensions, embeds one probe text at start.
 */
export function createOllamaEmbedder(s: OllamaSettings, opts: RemoteOptions = {}): Promise<Embedder> {
  const client = new OllamaEmbeddings({
    baseUrl: s.url.replace(/\/+$/, ''),
    model: s.model,
    truncate: true,
    maxRetries: opts.maxRetries ?? 2,
    ...(s.dimensions !== undefined ? { dimensions: s.dimensions } : {}),
  });
  return langchainEmbedder({ provider: 'ollama', model: s.model, url: s.url, dimensions: s.dimensions, batchSize: opts.batchSize ?? 32, client });
}
