import { ConceptEmbedder } from './concept-embedder.ts';
import type { Embedder } from './embedder.ts';
import { createOllamaEmbedder, type OllamaSettings, type RemoteOptions } from './providers/ollama.ts';
import { createOpenAIEmbedder, type OpenAISettings } from './providers/openai.ts';
import { createTransformersEmbedder, importTransformers, type TransformersLoader, type TransformersSettings } from './providers/transformers.ts';

export const EMBEDDERS = ['concept', 'transformers', 'ollama', 'openai'] as const;
export type EmbedderName = (typeof EMBEDDERS)[number];

/** The chosen provider and its settings (built from the environment by ingest/config.ts). */
export type EmbedderConfig = { provider: 'concept' } | TransformersSettings | OllamaSettings | OpenAISettings;

/** Test hooks: client retries and batch size, and how the optional transformers package is loaded. */
export interface CreateEmbedderOptions extends RemoteOptions {
  loadTransformers?: TransformersLoader;
}

/**
 * The configured embedder. `concept` (the default) is offline and deterministic: FR/EN
 * concepts from the lexicon, numbers, entities and cognates, hashed into 768 dimensions.
 * The optional ones: `transformers` (a local ONNX sentence model, offline), `ollama` and
 * `openai` (HTTP servers). Async because a provider may have to load a model or, without
 * CONCORDE_EMBED_DIMENSIONS, ask its server for one probe vector to learn the vector length;
 * it throws when that fails, so a misconfigured provider stops the start rather than search.
 */
export async function createEmbedder(cfg: EmbedderConfig, opts: CreateEmbedderOptions = {}): Promise<Embedder> {
  switch (cfg.provider) {
    case 'concept':
      return new ConceptEmbedder();
    case 'transformers':
      return createTransformersEmbedder(cfg, opts.loadTransformers ?? importTransformers, opts.batchSize);
    case 'ollama':
      return createOllamaEmbedder(cfg, opts);
    case 'openai':
      return createOpenAIEmbedder(cfg, opts);
  }
}
