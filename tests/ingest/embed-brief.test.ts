import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConceptEmbedder } from '../../ingest/embed/concept-embedder.ts';
import { goldPairs } from '../../ingest/embed/gold-pairs.ts';
import { prefixTfidf } from '../../ingest/embed/prefix-baseline.ts';
import { dot, precisionAt1, sparseDot } from '../../ingest/embed/retrieval.ts';

// The sample policy brief: 000 is the French original, 001 its English translation.
const read = (f: string) => fs.readFileSync(new URL(`../../corpus/reference/${f}`, import.meta.url), 'utf8');
const gold = goldPairs(read('000_f3baa790e8b846bd.txt'), read('001_aa096a18e0aa19e6.txt'));
const queries = gold.pairs.map(([i]) => gold.fr[i] as string);
const targets = gold.pairs.map(([, j]) => j);

describe('cross-lingual retrieval on the sample brief', () => {
  it('has enough sure 1-1 gold pairs, and they are translations', () => {
    console.log(`brief: ${gold.fr.length} FR / ${gold.en.length} EN sentences, ${gold.oneToOne} 1-1 links, ${gold.pairs.length} kept (confidence >= 0.9, both >= 30 chars)`);
    expect(gold.pairs.length).toBeGreaterThanOrEqual(50);
    // Spot checks read from the two texts.
    const en = (prefix: string) => gold.en.findIndex((s) => s.startsWith(prefix));
    const fr = (prefix: string) => gold.fr.findIndex((s) => s.startsWith(prefix));
    expect(gold.pairs).toContainEqual([fr('Depuis au moins 2022'), en('Since at least 2022')]);
    expect(gold.pairs).toContainEqual([fr("Un objectif plus large est d'ancrer"), en('A broader objective is to anchor')]);
  });

  it('finds the English translation of each French sentence first (P@1), above the prefix baseline', () => {
    const e = new ConceptEmbedder();
    const q = queries.map((t) => e.embed(t));
    const d = gold.en.map((t) => e.embed(t));
    const p = precisionAt1(targets, d.length, (i, j) => dot(q[i] as number[], d[j] as number[]));
    const bq = prefixTfidf(queries, [...queries, ...gold.en]);
    const bd = prefixTfidf(gold.en, [...queries, ...gold.en]);
    const base = precisionAt1(targets, bd.length, (i, j) => sparseDot(bq[i] as Map<string, number>, bd[j] as Map<string, number>));
    console.log(`brief P@1: concept ${p.toFixed(3)}, prefix-5 TF-IDF baseline ${base.toFixed(3)}`);
    expect(p).toBeGreaterThanOrEqual(0.98);
    expect(p).toBeGreaterThan(base);
  });

  it('does not find them when the embedder only sees the English side shuffled (sanity)', () => {
    // Guards against a degenerate P@1: wrong gold indexes must score near zero.
    const e = new ConceptEmbedder();
    const q = queries.map((t) => e.embed(t));
    const d = gold.en.map((t) => e.embed(t));
    const shifted = targets.map((j) => (j + 7) % gold.en.length);
    expect(precisionAt1(shifted, d.length, (i, j) => dot(q[i] as number[], d[j] as number[]))).toBeLessThan(0.1);
  });
});
