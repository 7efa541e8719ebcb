import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Embedder } from '../embedder.ts';
import { checkIndexable, checkVectors, chunks, describeError } from './common.ts';

/** A LangChain embeddings client and what Concorde knows of it. */
export interface LangchainBackend {
  /** "ollama", "openai": first part of the id and of every error message. */
  provider: string;
  model: string;
  /** Where the server is, for error messages. */
  url: string;
  /** Expected vector length; undefined = discovered by embedding a probe text once. */
  dimensions: number | undefined;
  /** Texts per request. */
  batchSize: number;
  client: EmbeddingsInterface;
}

/** The text embedded once at start to learn the vector length. */
export const PROBE_TEXT = 'Concorde dimension probe / sonde de dimension';

/**
 * Wraps a LangChain embeddings client as an Embedder: batches requests, checks every vector's
 * length, and turns the client's errors into one message naming the provider, server and model.
 * Without a configured length, embeds PROBE_TEXT once (so creating one needs the server up).
 * id = "<provider>:<model>@<dimensions>".
 */
export async function langchainEmbedder(b: LangchainBackend): Promise<Embedder> {
  const fail = (err: unknown): never => {
    const why = describeError(err);
    const hint = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(why) ? ' Is the server running at that address?' : '';
    throw new Error(`${b.provider} embeddings failed (server ${b.url}, model ${b.model}): ${why}.${hint}`, { cause: err });
  };
  const embedBatch = async (texts: string[]): Promise<number[][]> => {
    try {
      return await b.client.embedDocuments(texts);
    } catch (err) {
      return fail(err);
    }
  };
  let dimensions = b.dimensions;
  if (dimensions === undefined) {
    const probe = await embedBatch([PROBE_TEXT]);
    dimensions = probe[0]?.length ?? 0;
  }
  checkIndexable(b.provider, dimensions);
  const dims = dimensions;
  return {
    id: `${b.provider}:${b.model}@${dims}`,
    dimensions: dims,
    async embedDocuments(texts: string[]): Promise<number[][]> {
      const out: number[][] = [];
      // Sequential batches: a local server (Ollama) works one request at a time anyway.
      for (const batch of chunks(texts, b.batchSize)) out.push(...checkVectors(b.provider, await embedBatch(batch), batch.length, dims));
      return out;
    },
    async embedQuery(text: string): Promise<number[]> {
      let v: number[];
      try {
        v = await b.client.embedQuery(text);
      } catch (err) {
        return fail(err);
      }
      return checkVectors(b.provider, [v], 1, dims)[0]!;
    },
  };
}
