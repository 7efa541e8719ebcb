/**
 * pgvector's HNSW index (ingest/store/vectors.repo.ts) takes vectors of at most 2000 dimensions;
 * a provider with longer vectors must be shortened (CONCORDE_EMBED_DIMENSIONS for OpenAI's
 * text-embedding-3 models) or search could not be indexed.
 */
export const MAX_INDEXED_DIMENSIONS = 2000;

/** Throws when a provider's vector length cannot be stored and indexed. */
export function checkIndexable(provider: string, dimensions: number): void {
  if (!Number.isInteger(dimensions) || dimensions < 1) throw new Error(`${provider}: invalid vector length ${dimensions}.`);
  if (dimensions > MAX_INDEXED_DIMENSIONS) {
    throw new Error(
      `${provider}: vectors of ${dimensions} dimensions exceed the ${MAX_INDEXED_DIMENSIONS} that pgvector's HNSW index accepts; choose a smaller model or set CONCORDE_EMBED_DIMENSIONS (models that can shorten their vectors, e.g. OpenAI text-embedding-3).`,
    );
  }
}

/** Throws unless every vector has the expected length (a wrong CONCORDE_EMBED_DIMENSIONS, a model swapped behind the server). */
export function checkVectors(provider: string, vectors: number[][], count: number, dimensions: number): number[][] {
  if (vectors.length !== count) throw new Error(`${provider}: asked for ${count} vector(s), got ${vectors.length}.`);
  for (const v of vectors) {
    if (v.length !== dimensions) {
      throw new Error(`${provider}: got a vector of ${v.length} dimensions, expected ${dimensions} (check CONCORDE_EMBED_DIMENSIONS or the model).`);
    }
  }
  return vectors;
}

/**
 * One line describing an error and its causes ("Connection error. <- fetch failed <- connect
 * ECONNREFUSED 127.0.0.1:9"), with the HTTP status when the client recorded one: client libraries
 * hide the useful part (the refused address, the server's message) in `cause`.
 */
export function describeError(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    if (typeof e !== 'object') {
      parts.push(String(e));
      break;
    }
    const rec = e as { message?: unknown; status?: unknown; status_code?: unknown; code?: unknown; cause?: unknown };
    const status = typeof rec.status === 'number' ? rec.status : typeof rec.status_code === 'number' ? rec.status_code : undefined;
    const msg = typeof rec.message === 'string' ? rec.message : '';
    const code = typeof rec.code === 'string' && !msg.includes(rec.code) ? ` (${rec.code})` : '';
    parts.push(`${status !== undefined && !msg.startsWith(String(status)) ? `HTTP ${status}: ` : ''}${msg}${code}`);
    e = rec.cause;
  }
  return parts.filter(Boolean).join(' <- ') || 'unknown error';
}

/** Splits `items` into consecutive chunks of at most `size`. */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
