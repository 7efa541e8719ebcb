import type { Embedder } from '../embed/embedder.ts';
import { yieldToEventLoop } from '../event-loop.ts';
import type { Db } from '../store/db.ts';
import { listSentences } from '../store/segments.repo.ts';
import { buildVectorIndex, documentsMissingVectors, ensureVectorTable, insertVectors } from '../store/vectors.repo.ts';

const BATCH = 256;
/** Vectors per INSERT (see embedDocument). */
const INSERT_CHUNK = 16;

/** Embeds every sentence of one document (stored 16 vectors per statement: see below). */
export async function embedDocument(db: Db, embedder: Embedder, documentId: string): Promise<number> {
  const sentences = await listSentences(db, documentId);
  const rows: { idx: number; vector: number[] }[] = [];
  for (let i = 0; i < sentences.length; i += BATCH) {
    const batch = sentences.slice(i, i + BATCH);
    const vectors = await embedder.embedDocuments(batch.map((s) => s.text));
    batch.forEach((s, k) => rows.push({ idx: s.idx, vector: vectors[k]! }));
    await yieldToEventLoop();
  }
  // Each vector costs the HNSW index ~6 ms on embedded PGlite: one statement for a 50-page
  // document held the database and the event loop for ~5 s. Small statements let requests in
  // between; a document left half embedded (a crash) is completed at the next start, since
  // documentsMissingVectors looks for sentences without a vector.
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await insertVectors(db, documentId, rows.slice(i, i + INSERT_CHUNK));
    await yieldToEventLoop();
  }
  return rows.length;
}

/**
 * Makes the vector table match the configured embedder and embeds every document still
 * without vectors (all of them after a provider change), then rebuilds the HNSW index.
 */
export async function prepareVectors(db: Db, embedder: Embedder, onProgress: (done: number, total: number) => void = () => {}): Promise<{ recreated: boolean; embedded: number }> {
  const { recreated } = await ensureVectorTable(db, embedder.id, embedder.dimensions);
  const missing = await documentsMissingVectors(db);
  onProgress(0, missing.length);
  for (const [i, id] of missing.entries()) {
    await embedDocument(db, embedder, id);
    onProgress(i + 1, missing.length);
  }
  if (recreated || missing.length) await buildVectorIndex(db);
  return { recreated, embedded: missing.length };
}
