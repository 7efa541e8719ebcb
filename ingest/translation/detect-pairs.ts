import { PAIR_THRESHOLD, scorePair, type PairEvidence } from './pair-score.ts';
import type { DocSketch } from './types.ts';

/** A proposed translation pair; `a` comes before `b` in the input list. */
export interface DetectedPair {
  a: string;
  b: string;
  score: number;
  evidence: PairEvidence;
}

export interface DetectPairsOptions {
  /** Minimum score; default PAIR_THRESHOLD. */
  threshold?: number;
  /** Each document in at most one pair (best scores first). Default true: a text has one translation per language. */
  oneToOne?: boolean;
}

/**
 * Translation pairs among `docs`: every French/English couple is scored with scorePair; those
 * at or above the threshold are proposed, best first, each document used once unless
 * `oneToOne` is false. Quadratic in the number of documents (fingerprints are cached).
 */
export function detectPairs(docs: readonly DocSketch[], opts: DetectPairsOptions = {}): DetectedPair[] {
  const threshold = opts.threshold ?? PAIR_THRESHOLD;
  const candidates: DetectedPair[] = [];
  docs.forEach((a, i) => {
    for (const b of docs.slice(i + 1)) {
      if (a.lang === b.lang) continue;
      const { score, evidence } = scorePair(a, b);
      if (score >= threshold) candidates.push({ a: a.id, b: b.id, score, evidence });
    }
  });
  candidates.sort((x, y) => y.score - x.score);
  if (opts.oneToOne === false) return candidates;
  const used = new Set<string>();
  return candidates.filter((p) => {
    if (used.has(p.a) || used.has(p.b)) return false;
    used.add(p.a);
    used.add(p.b);
    return true;
  });
}
