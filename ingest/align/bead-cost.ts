import type { BeadCost } from './banded-dp.ts';
import { galeChurchCost } from './gale-church.ts';
import type { PairTable } from './lexical-score.ts';
import type { ScoreWeights } from './types.ts';

/** Defaults tuned on the Text+Berg dev set and TransRead (see bench/align.bench.ts). */
export const DEFAULT_WEIGHTS: ScoreWeights = {
  length: 1,
  lexical: 0.8,
  matchBias: 0,
  sizeBias: 1,
  miss: 0.2,
  variance: 5.8,
  skip: 6.5,
  merge: 3,
  merge22: 5.5,
  merge31: 6,
  mergeLarge: 8,
  learnt: 0.15,
  idfCap: 4,
  temperature: 1,
};

/** What a bead cost needs: the pair table of the band, unit lengths and matchable-key counts. */
export interface BeadCostInput {
  pairs: PairTable;
  srcLens: Float64Array;
  tgtLens: Float64Array;
  srcCount: Float64Array;
  tgtCount: Float64Array;
  srcWeight: Float64Array;
  tgtWeight: Float64Array;
  ratio: number;
}

/**
 * Cost of a bead in nats: a prior on its shape, the Gale-Church length cost, minus a lexical
 * log-likelihood ratio. Every shared key adds its idf minus a bias; every key that could have
 * matched but did not costs `miss`. Merged units add up their pairwise evidence.
 */
export function beadCostFn(input: BeadCostInput, w: ScoreWeights): BeadCost {
  const { pairs, srcLens, tgtLens, srcCount, tgtCount, ratio } = input;
  const { lo, hi, off, w: pw, c: pc } = pairs;
  const penalty = (a: number, b: number): number => {
    if (a === 1 && b === 1) return 0;
    if (a === 0 || b === 0) return w.skip;
    if (a + b === 3) return w.merge;
    if (a === 2 && b === 2) return w.merge22;
    if (a + b === 4) return w.merge31;
    return w.mergeLarge;
  };
  // Per-shape constants, indexed a * 8 + b: the shape prior and the per-match bias.
  const PEN = new Float64Array(64);
  const BIAS = new Float64Array(64);
  for (let a = 0; a < 8; a++) {
    for (let b = 0; b < 8; b++) {
      PEN[a * 8 + b] = penalty(a, b);
      // A key is likelier to occur by chance in a longer bead: each match is worth log(a*b)/2 less.
      BIAS[a * 8 + b] = a * b > 0 ? w.matchBias + (w.sizeBias * Math.log(a * b)) / 2 : 0;
    }
  }
  const prefix = (xs: Float64Array): Float64Array => {
    const out = new Float64Array(xs.length + 1);
    for (let k = 0; k < xs.length; k++) out[k + 1] = (out[k] as number) + (xs[k] as number);
    return out;
  };
  const sLen = prefix(srcLens);
  const tLen = prefix(tgtLens);
  const sCnt = prefix(srcCount);
  const tCnt = prefix(tgtCount);
  return (i0, j0, a, b) => {
    if (a === 0 || b === 0) return w.skip;
    const ls = (sLen[i0 + a] as number) - (sLen[i0] as number);
    const ks = (sCnt[i0 + a] as number) - (sCnt[i0] as number);
    const lt = (tLen[j0 + b] as number) - (tLen[j0] as number);
    const kt = (tCnt[j0 + b] as number) - (tCnt[j0] as number);
    let mw = 0;
    let mc = 0;
    for (let s = i0; s < i0 + a; s++) {
      const l = lo[s] as number;
      const h = hi[s] as number;
      const base = (off[s] as number) - l;
      for (let t = j0; t < j0 + b; t++) {
        if (t < l || t > h) continue;
        mw += pw[base + t] as number;
        mc += pc[base + t] as number;
      }
    }
    const cap = Math.min(ks, kt);
    if (mc > cap && mc > 0) {
      mw *= cap / mc;
      mc = cap;
    }
    const lex = mw - (BIAS[a * 8 + b] as number) * mc - (w.miss * (ks - mc + (kt - mc))) / 2;
    return (PEN[a * 8 + b] as number) + w.length * galeChurchCost(ls, lt, ratio, w.variance) - w.lexical * lex;
  };
}

/** Raw evidence of one bead: lengths, matchable keys per side, shared keys (count and weight). */
export interface BeadStats {
  srcLen: number;
  tgtLen: number;
  srcKeys: number;
  tgtKeys: number;
  shared: number;
  sharedWeight: number;
  srcWeight: number;
  tgtWeight: number;
}

/** The evidence behind a bead's cost, for the confidence model. */
export function beadStats(input: BeadCostInput, i0: number, j0: number, a: number, b: number): BeadStats {
  const { lo, hi, off, w: pw, c: pc } = input.pairs;
  const st: BeadStats = { srcLen: 0, tgtLen: 0, srcKeys: 0, tgtKeys: 0, shared: 0, sharedWeight: 0, srcWeight: 0, tgtWeight: 0 };
  for (let s = i0; s < i0 + a; s++) {
    st.srcLen += input.srcLens[s] as number;
    st.srcKeys += input.srcCount[s] as number;
    st.srcWeight += input.srcWeight[s] as number;
  }
  for (let t = j0; t < j0 + b; t++) {
    st.tgtLen += input.tgtLens[t] as number;
    st.tgtKeys += input.tgtCount[t] as number;
    st.tgtWeight += input.tgtWeight[t] as number;
  }
  for (let s = i0; s < i0 + a; s++) {
    for (let t = j0; t < j0 + b; t++) {
      if (s >= lo.length || t < (lo[s] as number) || t > (hi[s] as number)) continue;
      st.sharedWeight += pw[(off[s] as number) + t - (lo[s] as number)] as number;
      st.shared += pc[(off[s] as number) + t - (lo[s] as number)] as number;
    }
  }
  st.shared = Math.min(st.shared, st.srcKeys, st.tgtKeys);
  st.sharedWeight = Math.min(st.sharedWeight, st.srcWeight, st.tgtWeight);
  return st;
}
