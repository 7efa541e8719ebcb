import { fingerprint, type Fingerprint } from './fingerprint.ts';
import type { DocSketch } from './types.ts';

/** Per-feature similarities in [0, 1]; `null` when a feature says nothing for this pair. */
export interface PairEvidence {
  numbers: number | null;
  dates: number | null;
  names: number | null;
  structure: number | null;
  length: number;
  /** French letters / English letters (translations from English run ~1.1-1.2). */
  lengthRatio: number;
  /** Figures, dates and names both documents share (at most 12 each), for display. */
  shared: { numbers: string[]; dates: string[]; names: number };
}

export interface PairScore {
  score: number;
  evidence: PairEvidence;
}

/** Score from which two documents are proposed as a translation pair (see detectPairs). */
export const PAIR_THRESHOLD = 0.45;

/** Weights inside the content (figures, dates, names) and shape (structure, length) groups. */
const WEIGHTS = { numbers: 3, dates: 1, names: 3, structure: 1, length: 2 };
/** Expected French/English length ratio and its tolerance (in log units). */
const FR_EN_RATIO = 1.15;
const RATIO_SIGMA = 0.2;

const cache = new WeakMap<DocSketch, Fingerprint>();
const fp = (d: DocSketch): Fingerprint => {
  let f = cache.get(d);
  if (!f) cache.set(d, (f = fingerprint(d)));
  return f;
};

/**
 * How likely `a` and `b` are translations of each other, from what survives translation:
 * figures, dates, names and acronyms (counted, so a topic's common names are not enough), the
 * count of headings, footnotes and paragraphs, and the length ratio. Documents in the same
 * language score 0. Evidence lists each feature so the UI can explain a proposal.
 */
export function scorePair(a: DocSketch, b: DocSketch): PairScore {
  const fa = fp(a);
  const fb = fp(b);
  const [fr, en] = fa.lang === 'fr' ? [fa, fb] : [fb, fa];
  const lengthRatio = en.letters > 0 ? fr.letters / en.letters : 0;
  const length = lengthRatio > 0 ? Math.exp(-(Math.log(lengthRatio / FR_EN_RATIO) ** 2) / (2 * RATIO_SIGMA ** 2)) : 0;
  const numbers = ruzicka(fa.numbers, fb.numbers, 3);
  const dates = ruzicka(fa.dates, fb.dates, 1);
  const names = nameSimilarity(fa, fb);
  const structure = structureSimilarity(fa, fb);
  const evidence: PairEvidence = {
    numbers,
    dates,
    names,
    structure,
    length,
    lengthRatio,
    shared: {
      numbers: sharedKeys(fa.numbers, fb.numbers),
      dates: sharedKeys(fa.dates, fb.dates),
      names: [...fa.names].filter((k) => fb.names.has(k)).length,
    },
  };
  if (fa.lang === fb.lang) return { score: 0, evidence };
  // Content is necessary, shape only confirms it: two texts of the same length and layout on
  // the same topic share shape, not figures and names. Without any content evidence, shape alone
  // cannot reach the threshold.
  const content = weightedMean([[numbers, WEIGHTS.numbers], [dates, WEIGHTS.dates], [names, WEIGHTS.names]]);
  const shape = weightedMean([[structure, WEIGHTS.structure], [length, WEIGHTS.length]]) ?? 0;
  const score = content === null ? 0.5 * shape * PAIR_THRESHOLD : content * (0.5 + 0.5 * shape);
  return { score, evidence };
}

function weightedMean(items: [number | null, number][]): number | null {
  let sum = 0;
  let weight = 0;
  for (const [v, w] of items) {
    if (v === null) continue;
    sum += v * w;
    weight += w;
  }
  return weight > 0 ? sum / weight : null;
}

/**
 * Weighted Jaccard of two count maps, or null when together they hold fewer than `min`
 * items (too little to judge: a text without figures is not evidence against a pair).
 */
function ruzicka(a: Map<string, number>, b: Map<string, number>, min: number): number | null {
  let lo = 0;
  let hi = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0;
    const y = b.get(k) ?? 0;
    lo += Math.min(x, y);
    hi += Math.max(x, y);
  }
  return hi < min ? null : lo / hi;
}

/** Names either document mentions, counted in both texts wherever they occur. */
function nameSimilarity(a: Fingerprint, b: Fingerprint): number | null {
  const keys = new Set([...a.names, ...b.names]);
  const ca = new Map<string, number>();
  const cb = new Map<string, number>();
  for (const k of keys) {
    ca.set(k, a.keyCounts.get(k) ?? 0);
    cb.set(k, b.keyCounts.get(k) ?? 0);
  }
  return ruzicka(ca, cb, 5);
}

/** Headings, footnotes and paragraphs; a count of zero on one side is treated as "not detected". */
function structureSimilarity(a: Fingerprint, b: Fingerprint): number | null {
  const sims: number[] = [];
  for (const k of ['headings', 'footnotes', 'paragraphs'] as const) {
    const x = a[k];
    const y = b[k];
    if (x === 0 || y === 0) continue;
    sims.push(Math.min(x, y) / Math.max(x, y));
  }
  if (a.pageCount > 0 && b.pageCount > 0 && Math.max(a.pageCount, b.pageCount) > 1) sims.push(Math.min(a.pageCount, b.pageCount) / Math.max(a.pageCount, b.pageCount));
  return sims.length === 0 ? null : sims.reduce((s, x) => s + x, 0) / sims.length;
}

function sharedKeys(a: Map<string, number>, b: Map<string, number>): string[] {
  return [...a.keys()].filter((k) => b.has(k)).slice(0, 12);
}
