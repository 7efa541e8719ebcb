import { STOPWORDS } from '../align/stopwords.ts';
import { tokenize } from '../align/tokenize.ts';

/**
 * The comparison baseline: TF-IDF over accent-stripped 5-letter word prefixes (content words,
 * numbers as written), idf fitted on `corpus`, L2-normalised sparse vectors. What plain
 * cognate matching achieves without any lexicon.
 */
export function prefixTfidf(texts: string[], corpus: string[] = texts): Map<string, number>[] {
  const keysOf = (t: string): string[] =>
    tokenize(t)
      .filter((k) => k.kind === 'number' || (k.kind === 'word' && !STOPWORDS.fr.has(k.norm) && !STOPWORDS.en.has(k.norm)))
      .map((k) => k.norm.slice(0, 5));
  const df = new Map<string, number>();
  for (const t of corpus) for (const k of new Set(keysOf(t))) df.set(k, (df.get(k) ?? 0) + 1);
  const n = corpus.length;
  return texts.map((t) => {
    const v = new Map<string, number>();
    for (const k of keysOf(t)) v.set(k, (v.get(k) ?? 0) + 1 + Math.log((n + 1) / ((df.get(k) ?? 0) + 1)));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [k, x] of v) v.set(k, x / norm);
    return v;
  });
}
