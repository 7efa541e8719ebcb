import { OpenAIEmbeddings } from '@langchain/openai';
import type { Embedder } from '../embedder.ts';
import { langchainEmbedder } from './langchain-embedder.ts';
import type { RemoteOptions } from './ollama.ts';

/** Settings of the OpenAI provider (OPENAI_API_KEY, CONCORDE_OPENAI_MODEL, CONCORDE_OPENAI_BASE_URL, CONCORDE_EMBED_DIMENSIONS). */
export interface OpenAISettings {
  provider: 'openai';
  apiKey: string;
  model: string;
  /** An OpenAI-compatible server ("http://127.0.0.1:8080/v1"); undefined = api.openai.com. */
  baseUrl: string | undefined;
  /** Sent as the API's `dimensions` (text-embedding-3 models shorten their vectors) and checked; undefined = probed. */
  dimensions: number | undefined;
}

/** Where requests go, for messages. */
export const OPENAI_DEFAULT_URL = 'https://api.openai.com/v1';

/**
 * Embeddings from the OpenAI API or a compatible server (POST <baseUrl>/embeddings, through
 * @langchain/openai). Asks for plain float arrays (`encoding_format: "float"`), which every
 * compatible server speaks, rather than the SDK's default base64. Without configured dimensions,
 * embeds one probe text at start.
 */
export function createOpenAIEmbedder(s: OpenAISettings, opts: RemoteOptions = {}): Promise<Embedder> {
  const batchSize = opts.batchSize ?? 256;
  const client = new OpenAIEmbeddings({
    apiKey: s.apiKey,
    model: s.model,
    encodingFormat: 'float',
    batchSize,
    maxRetries: opts.maxRetries ?? 2,
    ...(s.dimensions !== undefined ? { dimensions: s.dimensions } : {}),
    ...(s.baseUrl !== undefined ? { configuration: { baseURL: s.baseUrl } } : {}),
  });
  return langchainEmbedder({ provider: 'openai', model: s.model, url: s.baseUrl ?? OPENAI_DEFAULT_URL, dimensions: s.dimensions, batchSize, client });
}
