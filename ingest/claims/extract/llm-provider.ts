import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import { claimsLlmConfig, CoreEnv, parseEnv, type ClaimsLlmSettings, type Env } from '../../config.ts';
import { LlmClaimExtractor, type LlmExtractorOptions } from './llm-extractor.ts';

export type { ClaimsLlmSettings } from '../../config.ts';

/**
 * The LLM extractor's settings, or undefined when CLAIMS_EXTRACTOR is not `llm` (the default).
 * Throws a ConfigError listing every missing variable, like the embedder settings do.
 */
export const claimsLlmSettings = (env: Env): ClaimsLlmSettings | undefined => claimsLlmConfig(parseEnv(CoreEnv, env));

/** Client tuning, mostly for tests. */
export interface ChatModelOptions {
  /** Retries of a failed request (LangChain's exponential backoff); default 2. */
  maxRetries?: number;
}

/** A deterministic-as-possible (temperature 0) chat model for the configured provider. */
export function createChatModel(s: ClaimsLlmSettings, opts: ChatModelOptions = {}): BaseChatModel {
  const maxRetries = opts.maxRetries ?? 2;
  if (s.provider === 'openai') {
    return new ChatOpenAI({
      apiKey: s.apiKey,
      model: s.model,
      temperature: 0,
      maxRetries,
      ...(s.baseUrl !== undefined ? { configuration: { baseURL: s.baseUrl } } : {}),
    });
  }
  return new ChatOllama({ baseUrl: s.url.replace(/\/+$/, ''), model: s.model, temperature: 0, maxRetries });
}

/**
 * The LLM claim extractor when CLAIMS_EXTRACTOR=llm, else undefined (the rule extractor alone).
 * OpenAI goes through tool calling (`functionCalling`), which OpenAI-compatible servers speak too;
 * Ollama through its JSON-schema `format`.
 */
export function createClaimExtractorFromConfig(env: Env, opts: ChatModelOptions & Pick<LlmExtractorOptions, 'mode'> = {}): LlmClaimExtractor | undefined {
  const s = claimsLlmSettings(env);
  return s ? createLlmExtractor(s, opts) : undefined;
}

/** The LLM claim extractor for these settings. */
export function createLlmExtractor(s: ClaimsLlmSettings, opts: ChatModelOptions & Pick<LlmExtractorOptions, 'mode'> = {}): LlmClaimExtractor {
  return new LlmClaimExtractor(createChatModel(s, opts), {
    modelLabel: `${s.provider}/${s.model}`,
    ...(s.provider === 'openai' ? { structuredMethod: 'functionCalling' as const } : {}),
    ...(opts.mode ? { mode: opts.mode } : {}),
  });
}
