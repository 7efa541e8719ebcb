import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';

/**
 * A text embedder, shaped like LangChain's `EmbeddingsInterface` so that any provider (the
 * offline concept embedder, a future neural model) can be used by Concorde's search and by
 * LangChain vector stores alike.
 */
export interface Embedder {
  /** Provider and version ("concept-hash/1@768"): stored vectors with another id must be recomputed. */
  readonly id: string;
  /** Length of every vector returned. */
  readonly dimensions: number;
  /** One vector per text, in order. */
  embedDocuments(texts: string[]): Promise<number[][]>;
  /** The vector of a search query (same space as the documents). */
  embedQuery(text: string): Promise<number[]>;
}

/**
 * Wraps any Embedder as a LangChain `Embeddings` (for LangChain vector stores and retrievers).
 * The base constructor only takes AsyncCaller parameters (maxConcurrency, maxRetries...).
 */
export class LangchainEmbedderAdapter extends Embeddings {
  readonly embedder: Embedder;

  constructor(embedder: Embedder, params: EmbeddingsParams = {}) {
    super(params);
    this.embedder = embedder;
  }

  /** Embeds documents through the wrapped embedder. */
  override embedDocuments(documents: string[]): Promise<number[][]> {
    return this.embedder.embedDocuments(documents);
  }

  /** Embeds a query through the wrapped embedder. */
  override embedQuery(document: string): Promise<number[]> {
    return this.embedder.embedQuery(document);
  }
}
