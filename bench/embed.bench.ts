/**
 * Cross-lingual retrieval bench of the embedders (ingest/embed): precision@1 of finding a
 * sentence's translation among all sentences of the other language, for the concept embedder
 * (unfitted and with idf fitted on the collection) and the 5-letter-prefix TF-IDF baseline.
 * 1. The sample brief (corpus/reference 000 FR / 001 EN), gold pairs from the sentence aligner.
 * 2. Tatoeba FR-EN (../shared/alignment-bench/tatoeba-en-fr, 1,000 pairs), skipped when absent.
 * Run: npx tsx bench/embed.bench.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConceptEmbedder } from '../ingest/embed/concept-embedder.ts';
import { goldPairs } from '../ingest/embed/gold-pairs.ts';
import { prefixTfidf } from '../ingest/embed/prefix-baseline.ts';
import { dot, precisionAt1, sparseDot } from '../ingest/embed/retrieval.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TATOEBA = process.env.TATOEBA_DIR ?? path.resolve(HERE, '../../shared/alignment-bench/tatoeba-en-fr');

/** P@1 of every system on French queries `fr` against English docs `en`, gold[i] = index of fr[i]'s translation. */
function score(label: string, fr: string[], en: string[], gold: number[]): void {
  const corpus = [...fr, ...en];
  const rows: [string, number][] = [];
  for (const fitted of [false, true]) {
    const e = new ConceptEmbedder();
    if (fitted) e.fit(corpus);
    const t0 = performance.now();
    const q = fr.map((t) => e.embed(t));
    const d = en.map((t) => e.embed(t));
    const ms = performance.now() - t0;
    rows.push([`concept${fitted ? ' + idf fit' : ''} (${Math.round(corpus.length / (ms / 1000))} sent/s)`, precisionAt1(gold, d.length, (i, j) => dot(q[i] as number[], d[j] as number[]))]);
  }
  const bq = prefixTfidf(fr, corpus);
  const bd = prefixTfidf(en, corpus);
  rows.push(['prefix-5 TF-IDF baseline', precisionAt1(gold, bd.length, (i, j) => sparseDot(bq[i] as Map<string, number>, bd[j] as Map<string, number>))]);
  console.log(`\n${label}: ${gold.length} French queries, ${en.length} English candidates`);
  for (const [name, p] of rows) console.log(`  P@1 ${p.toFixed(3)}  ${name}`);
}

const ref = (f: string): string => fs.readFileSync(path.resolve(HERE, '../corpus/reference', f), 'utf8');
const brief = goldPairs(ref('000_f3baa790e8b846bd.txt'), ref('001_aa096a18e0aa19e6.txt'));
const qs = brief.pairs.map(([i]) => brief.fr[i] as string);
score(`Sample brief (${brief.fr.length} FR / ${brief.en.length} EN sentences, ${brief.oneToOne} 1-1 links, ${brief.pairs.length} kept)`, qs, brief.en, brief.pairs.map(([, j]) => j));

if (!fs.existsSync(path.join(TATOEBA, 'tatoeba.fra-eng.fra'))) {
  console.log(`\nTatoeba skipped: ${TATOEBA} not found (set TATOEBA_DIR).`);
} else {
  const lines = (ext: string): string[] => fs.readFileSync(path.join(TATOEBA, `tatoeba.fra-eng.${ext}`), 'utf8').split('\n').filter((l, k, a) => k < a.length - 1 || l !== '');
  const fr = lines('fra');
  const en = lines('eng');
  score('Tatoeba FR-EN', fr, en, fr.map((_, i) => i));
}
