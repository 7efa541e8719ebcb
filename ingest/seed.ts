import path from 'node:path';
import { afterIngest, type AfterIngest } from './after-ingest.ts';
import { expandPaths, ingestFiles } from './ingest-files.ts';
import type { Db } from './store/db.ts';
import { countDocuments } from './store/documents.repo.ts';

/** Ingests the sample corpus into an empty database (first start); does nothing otherwise. */
export async function seedCorpus(db: Db, corpusDir: string, maxBytes: number, log: (msg: string) => void, after: AfterIngest = afterIngest(db, undefined, log)): Promise<void> {
  if ((await countDocuments(db)) > 0) return;
  log(`Empty database: ingesting the sample corpus from ${corpusDir}…`);
  const t0 = performance.now();
  const results = await ingestFiles(db, expandPaths([corpusDir]), { maxBytes }, {
    afterIngest: after,
    onFileDone: (r) => log(`  ${path.basename(r.file)}: ${r.status}${r.status === 'failed' ? ` (${r.reason})` : ` in ${r.ms} ms`}`),
  });
  const ok = results.filter((r) => r.status !== 'failed').length;
  log(`Sample corpus: ${ok}/${results.length} documents in ${Math.round(performance.now() - t0)} ms.`);
}
