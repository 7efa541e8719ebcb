/**
 * The default claim extractor on real publisher PDFs: ingests every PDF of a folder with the real
 * pipeline, runs the rules and prints, per PDF, the sentences, the claims per type and whether
 * every citation is exact. For reviewing precision by hand, CLAIMS_REAL_LIST=1 also prints each
 * claim with its quote.
 *
 *   npx tsx bench/claims-real.bench.ts [folder]     (default tests/fixtures/real; ../shared/corpus-real has eight)
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractClaims } from '../ingest/claims/extract/extract-claims.ts';
import type { ExtractionInput } from '../ingest/claims/model.ts';
import { runPipeline } from '../ingest/pipeline.ts';

const dir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../tests/fixtures/real'));
const list = process.env.CLAIMS_REAL_LIST === '1';

for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.pdf')).sort()) {
  const doc = await runPipeline({ bytes: new Uint8Array(fs.readFileSync(path.join(dir, f))), filename: f });
  const input: ExtractionInput = {
    documentId: f,
    lang: doc.lang === 'en' ? 'en' : 'fr',
    documentDate: null,
    cleanText: doc.cleanText,
    blocks: doc.blocks,
    sentences: doc.sentences.filter((s) => s.text.length > 0),
  };
  const drafts = await extractClaims(input);
  const byType: Record<string, number> = {};
  for (const d of drafts) byType[d.type] = (byType[d.type] ?? 0) + 1;
  const exact = drafts.filter((d) => doc.cleanText.slice(d.citation.start, d.citation.end) === d.citation.quote).length;
  console.log(`${f} (${doc.lang}): ${input.sentences.length} sentences → ${drafts.length} claims ${JSON.stringify(byType)}, exact citations ${exact}/${drafts.length}`);
  if (!list) continue;
  for (const d of drafts) {
    const what = d.object?.id ?? (d.value ? JSON.stringify(d.value) : '');
    console.log(`  - ${d.type} ${d.subject.id} ${d.predicate} ${what} [${d.modality}]\n      | ${d.citation.quote.replace(/\s+/g, ' ').slice(0, 240)}`);
  }
}
