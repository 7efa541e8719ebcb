import type { Bead } from './banded-dp.ts';
import type { KeyTable, SideFeatures } from './features.ts';

/** Options of the learnt dictionary. */
export interface LearnOptions {
  /** Minimum co-occurrences of a word pair. */
  minCount: number;
  /** Minimum Dice coefficient 2 c(x,y) / (c(x) + c(y)). */
  minDice: number;
  /** At most this many linked pairs are counted (evenly sampled), to bound the time. */
  maxPairs: number;
  /** Words seen in more than this share of the pairs are ignored (too frequent to tell). */
  maxShare: number;
  /** Pairs the other evidence already links (cognates, lexicon) are not learnt again. */
  related?: (x: number, y: number) => boolean;
}

/**
 * Word associations learnt from sure 1-1 links of a first pass (hunalign's idea): a source
 * word and a target word that keep occurring in linked sentences are probably translations.
 * Returns [source word, target word, dice] triples, each word in at most one triple, best first.
 */
export function learnAssociations(
  srcWords: Int32Array[],
  tgtWords: Int32Array[],
  pairs: ReadonlyArray<readonly [number, number]>,
  opts: LearnOptions,
): [number, number, number][] {
  const step = Math.max(1, Math.ceil(pairs.length / opts.maxPairs));
  const cx = new Map<number, number>();
  const cy = new Map<number, number>();
  const cxy = new Map<number, number>();
  let used = 0;
  for (let p = 0; p < pairs.length; p += step) {
    const [s, t] = pairs[p] as readonly [number, number];
    used++;
    for (const x of srcWords[s] as Int32Array) cx.set(x, (cx.get(x) ?? 0) + 1);
    for (const y of tgtWords[t] as Int32Array) cy.set(y, (cy.get(y) ?? 0) + 1);
  }
  const maxC = Math.max(opts.minCount, opts.maxShare * used);
  const SHIFT = 2 ** 22;
  for (let p = 0; p < pairs.length; p += step) {
    const [s, t] = pairs[p] as readonly [number, number];
    const ys = (tgtWords[t] as Int32Array).filter((y) => {
      const c = cy.get(y) ?? 0;
      return c >= opts.minCount && c <= maxC;
    });
    for (const x of srcWords[s] as Int32Array) {
      const c = cx.get(x) ?? 0;
      if (c < opts.minCount || c > maxC) continue;
      for (const y of ys) {
        const key = x * SHIFT + y;
        cxy.set(key, (cxy.get(key) ?? 0) + 1);
      }
    }
  }
  const cand: [number, number, number][] = [];
  for (const [key, c] of cxy) {
    if (c < opts.minCount) continue;
    const x = Math.floor(key / SHIFT);
    const y = key - x * SHIFT;
    const dice = (2 * c) / ((cx.get(x) ?? 0) + (cy.get(y) ?? 0));
    if (dice >= opts.minDice && !opts.related?.(x, y)) cand.push([x, y, dice]);
  }
  // Greedy one-to-one: strongest associations first, ties broken by ids for determinism.
  cand.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedX = new Set<number>();
  const usedY = new Set<number>();
  const out: [number, number, number][] = [];
  for (const c of cand) {
    if (usedX.has(c[0]) || usedY.has(c[1])) continue;
    usedX.add(c[0]);
    usedY.add(c[1]);
    out.push(c);
  }
  return out;
}

/** Bead cost (nats) under which a 1-1 link may teach the learnt dictionary. */
const SURE_COST = 0;
const is11 = (b: Bead | undefined): boolean => b !== undefined && b.a === 1 && b.b === 1;

/**
 * Links to learn from: cheap 1-1 beads between two other 1-1 beads (hunalign's heuristic;
 * cheaper than posteriors and about as selective). Returns [source, target] unit pairs.
 */
export function sureLinks(beads: Bead[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 1; k + 1 < beads.length; k++) {
    const x = beads[k] as Bead;
    if (is11(x) && x.cost < SURE_COST && is11(beads[k - 1]) && is11(beads[k + 1])) out.push([x.i0, x.j0]);
  }
  return out;
}

/** Whether a source and a target word already share a key (cognate shape, lexicon group). */
export function sharesKey(S: SideFeatures, T: SideFeatures): (x: number, y: number) => boolean {
  return (x, y) => {
    const ys = T.vocabKeys[y] as Int32Array;
    for (const k of S.vocabKeys[x] as Int32Array) if (ys.includes(k)) return true;
    return false;
  };
}

/** Adds one key per learnt word pair to the units that hold its words. */
export function addLearntKeys(S: SideFeatures, T: SideFeatures, learnt: [number, number, number][], table: KeyTable): void {
  const bySrc = new Int32Array(S.vocab.length).fill(-1);
  const byTgt = new Int32Array(T.vocab.length).fill(-1);
  for (const [x, y] of learnt) {
    const k = table.id(`L:${x}`);
    bySrc[x] = k;
    byTgt[y] = k;
  }
  // Learnt keys are the newest ids: appending them (sorted) keeps each unit's keys sorted.
  const extend = (side: SideFeatures, by: Int32Array): void => {
    side.keys = side.keys.map((ks, u) => {
      const extra: number[] = [];
      for (const w of side.words[u] as Int32Array) {
        const k = by[w] as number;
        if (k >= 0) extra.push(k);
      }
      if (extra.length === 0) return ks;
      const out = new Int32Array(ks.length + extra.length);
      out.set(ks);
      out.set(extra.sort((p, q) => p - q), ks.length);
      return out;
    });
  };
  extend(S, bySrc);
  extend(T, byTgt);
}
