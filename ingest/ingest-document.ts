import { isIngestError } from './errors.ts';
import { yieldToEventLoop } from './event-loop.ts';
import type { OcrReport } from './model/document.ts';
import { runPipeline, sha256Hex, type PipelineInput, type ProgressFn } from './pipeline.ts';
import type { Db, Queryable } from './store/db.ts';
import { findIdBySha, insertDocument, insertSource } from './store/documents.repo.ts';

export type IngestOutcome =
  /** `ocr`: the pages whose text was machine-read, when OCR ran. */
  | { status: 'ingested'; documentId: string; title: string; pages: number; sentences: number; ocr?: OcrReport }
  | { status: 'duplicate'; documentId: string };

const UNIQUE_VIOLATION = '23505';

/**
 * Ingests one file: the pipeline runs outside the database, then the document and all its
 * segments are written in one transaction. `inTx` runs in that same transaction (the job's end).
 */
export async function ingestDocument(
  db: Db,
  input: PipelineInput,
  onProgress: ProgressFn = () => {},
  inTx: (q: Queryable, outcome: IngestOutcome) => Promise<void> = async () => {},
): Promise<IngestOutcome> {
  const sha = sha256Hex(input.bytes);
  const existing = await findIdBySha(db, sha);
  if (existing) {
    const outcome: IngestOutcome = { status: 'duplicate', documentId: existing };
    await db.tx((q) => inTx(q, outcome));
    return outcome;
  }
  const doc = await runPipeline({ ...input, sha256: sha }, onProgress);
  onProgress('storing', 0.95);
  await yieldToEventLoop();
  try {
    return await db.tx(async (q) => {
      const documentId = await insertDocument(q, doc, input.filename);
      await insertSource(q, documentId, doc.mime, input.bytes);
      const outcome: IngestOutcome = { status: 'ingested', documentId, title: doc.meta.title, pages: doc.pageCount, sentences: doc.sentences.length };
      if (doc.meta.ocr) outcome.ocr = doc.meta.ocr;
      await inTx(q, outcome);
      return outcome;
    });
  } catch (err) {
    // Another worker stored the same bytes between our check and our insert.
    if ((err as { code?: string }).code === UNIQUE_VIOLATION) {
      const id = await findIdBySha(db, sha);
      if (id) {
        const outcome: IngestOutcome = { status: 'duplicate', documentId: id };
        await db.tx((q) => inTx(q, outcome));
        return outcome;
      }
    }
    throw err;
  }
}

/** A message for people: the file name, and the reason when it is one we know. */
export function describeFailure(filename: string, err: unknown): { code: string; message: string } {
  if (isIngestError(err)) return { code: err.code, message: err.message.includes(filename) ? err.message : `${filename}: ${err.message}` };
  const e = err instanceof Error ? err : new Error(String(err));
  return { code: 'INTERNAL', message: `${filename}: unexpected error (${e.message})` };
}

