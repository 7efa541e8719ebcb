import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import { OutputParserException } from '@langchain/core/output_parsers';
import type { ClaimDraft, ClaimExtractor, ExtractionInput, ExtractorInfo } from '../model.ts';
import { toDrafts, type DropReason } from './llm-draft.ts';
import { claimMessages } from './llm-prompt.ts';
import { LlmResponse, LlmResponseShell } from './llm-schema.ts';

/** Bumped when the prompt or the validation changes, so stored claims say which extractor made them. */
export const LLM_EXTRACTOR_VERSION = '1';

/** What one `extract` call did: how many paragraphs were asked, and every claim dropped, by reason. */
export interface LlmExtractionStats {
  /** Paragraphs sent to the model. */
  requests: number;
  /** Requests that failed (network, HTTP error, refusal). */
  failedRequests: number;
  /** Answers that were not a JSON object `{ claims: [...] }`. */
  malformedResponses: number;
  /** Claims the model proposed, before validation. */
  proposed: number;
  /** Claims kept (before group expansion, so `drafts` may be more). */
  kept: number;
  drafts: number;
  dropped: Record<DropReason, number>;
  /** The first problems, for logs ("block 3: quote_not_found: …"). */
  problems: string[];
}

export interface LlmExtractorOptions {
  /** Shown in `info.version` (e.g. 'openai/gpt-4o-mini'). */
  modelLabel: string;
  /**
   * 'structured' uses `model.withStructuredOutput(LlmResponse)` (tool calling or the provider's JSON
   * schema mode); 'json' asks for a bare JSON object in the text and parses it. 'auto' (default):
   * structured when the model can bind tools, json otherwise. Either way the answer is re-validated.
   */
  mode?: 'auto' | 'structured' | 'json';
  /** The provider's structured-output method (OpenAI: 'functionCalling', which compatible servers speak too). */
  structuredMethod?: 'functionCalling' | 'jsonSchema' | 'jsonMode';
}

/** An answer that could not be read as claims. */
class MalformedOutput extends Error {}

const MAX_PROBLEMS = 20;
const MIN_PARAGRAPH = 12;

const emptyStats = (): LlmExtractionStats => ({
  requests: 0,
  failedRequests: 0,
  malformedResponses: 0,
  proposed: 0,
  kept: 0,
  drafts: 0,
  dropped: { invalid: 0, predicate_mismatch: 0, unknown_entity: 0, quote_not_found: 0, quote_crosses_sentences: 0 },
  problems: [],
});

/**
 * Claims from a LangChain chat model, one request per paragraph. The model proposes; Concorde
 * disposes: every claim is validated against the zod schema, its entities resolved, and its
 * quote looked up verbatim in one sentence of the paragraph; anything else is dropped and counted
 * in `lastStats`. A request that fails is counted and the next paragraph tried; when every request
 * of a document fails, `extract` throws (a wrong URL or key should not look like "no claims").
 */
export class LlmClaimExtractor implements ClaimExtractor {
  readonly info: ExtractorInfo;
  /** Counts of the last `extract` call. */
  lastStats: LlmExtractionStats = emptyStats();
  private readonly structured: boolean;

  constructor(
    private readonly model: BaseChatModel,
    private readonly options: LlmExtractorOptions,
  ) {
    this.info = { name: 'llm', version: `${LLM_EXTRACTOR_VERSION}:${options.modelLabel}` };
    const mode = options.mode ?? 'auto';
    this.structured = mode === 'structured' || (mode === 'auto' && typeof model.bindTools === 'function');
  }

  async extract(input: ExtractionInput): Promise<ClaimDraft[]> {
    const stats = emptyStats();
    this.lastStats = stats;
    const note = (msg: string) => {
      if (stats.problems.length < MAX_PROBLEMS) stats.problems.push(msg);
    };
    const out: ClaimDraft[] = [];
    for (const block of input.blocks) {
      const paragraph = input.cleanText.slice(block.start, block.end);
      if (block.kind === 'boilerplate' || paragraph.trim().length < MIN_PARAGRAPH) continue;
      stats.requests++;
      let claims: unknown[];
      try {
        claims = await this.ask(claimMessages(input, paragraph, !this.structured));
      } catch (err) {
        const malformed = err instanceof MalformedOutput || err instanceof SyntaxError || err instanceof OutputParserException;
        if (malformed) stats.malformedResponses++;
        else stats.failedRequests++;
        note(`block ${block.idx}: ${malformed ? 'malformed answer' : 'request failed'}: ${(err as Error).message.slice(0, 200)}`);
        continue;
      }
      stats.proposed += claims.length;
      for (const raw of claims) {
        const r = toDrafts(raw, { input, block, info: this.info });
        if (r.ok) {
          stats.kept++;
          stats.drafts += r.drafts.length;
          out.push(...r.drafts);
        } else {
          stats.dropped[r.reason]++;
          note(`block ${block.idx}: ${r.reason}: ${r.detail.slice(0, 200)}`);
        }
      }
    }
    if (stats.requests > 0 && stats.failedRequests === stats.requests) {
      throw new Error(`LLM claim extractor (${this.options.modelLabel}): every request failed; first: ${stats.problems[0] ?? ''}`);
    }
    return out;
  }

  /** The claims array of one answer (unvalidated items), or throws MalformedOutput / the request's error. */
  private async ask(messages: BaseMessage[]): Promise<unknown[]> {
    let payload: unknown;
    if (this.structured) {
      const runnable = this.model.withStructuredOutput(LlmResponse, {
        name: 'record_claims',
        includeRaw: true,
        ...(this.options.structuredMethod ? { method: this.options.structuredMethod } : {}),
      });
      payload = fromStructured(await runnable.invoke(messages));
    } else {
      const reply = await this.model.invoke(messages);
      payload = parseJsonText(reply.text);
    }
    if (Array.isArray(payload)) payload = { claims: payload };
    const shell = LlmResponseShell.safeParse(payload);
    if (!shell.success) throw new MalformedOutput('the answer is not an object { claims: [...] }');
    return shell.data.claims;
  }
}

/**
 * The payload of a structured call. With `includeRaw`, LangChain gives `{ raw, parsed }` and
 * `parsed: null` when the whole answer fails the schema: the raw tool arguments (or text) are
 * then read so that one bad claim does not sink the paragraph's good ones. Some models
 * (and test fakes) return the payload directly.
 */
function fromStructured(result: unknown): unknown {
  if (typeof result !== 'object' || result === null || !('raw' in result) || !('parsed' in result)) return result;
  if (result.parsed !== null && result.parsed !== undefined) return result.parsed;
  const raw = result.raw;
  if (!AIMessage.isInstance(raw)) throw new MalformedOutput('no structured output');
  const args = raw.tool_calls?.[0]?.args;
  return args ?? parseJsonText(raw.text);
}

/** A JSON object in a model's text, with or without a ```json fence or words around it. */
function parseJsonText(text: string): unknown {
  const unfenced = text.replace(/^\s*```(?:json)?\s*/i, '').replace(/\s*```\s*$/, '');
  const first = unfenced.search(/[[{]/);
  if (first < 0) throw new MalformedOutput(`no JSON in the answer: ${JSON.stringify(text.slice(0, 80))}`);
  const close = unfenced[first] === '{' ? '}' : ']';
  return JSON.parse(unfenced.slice(first, unfenced.lastIndexOf(close) + 1));
}
