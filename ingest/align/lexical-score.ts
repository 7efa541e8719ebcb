import type { Band } from './band.ts';

/** Key weights and per-unit totals for one bitext. */
export interface KeyWeights {
  /** Per key: idf-like weight when the key occurs on both sides, else 0 (it can never match). */
  weight: Float64Array;
  /** Per source / target unit: number of its keys that could match. */
  srcCount: Float64Array;
  tgtCount: Float64Array;
  /** Per source / target unit: summed weight of those keys. */
  srcWeight: Float64Array;
  tgtWeight: Float64Array;
  /** Per key: number of source / target units holding it. */
  srcDf: Int32Array;
  tgtDf: Int32Array;
}

/**
 * Weights each key by how rare it is in the two documents (an idf capped at `cap`): a shared
 * rare name or number is strong evidence, a shared frequent function-word group is weak.
 * Keys numbered from `scaleFrom` on (the learnt ones) are scaled by `scale`.
 */
export function keyWeights(src: Int32Array[], tgt: Int32Array[], numKeys: number, cap: number, scaleFrom = numKeys, scale = 1): KeyWeights {
  const srcDf = new Int32Array(numKeys);
  const tgtDf = new Int32Array(numKeys);
  for (const ks of src) for (const k of ks) srcDf[k]!++;
  for (const ks of tgt) for (const k of ks) tgtDf[k]!++;
  const total = src.length + tgt.length + 2;
  const weight = new Float64Array(numKeys);
  for (let k = 0; k < numKeys; k++) {
    const a = srcDf[k] as number;
    const b = tgtDf[k] as number;
    if (a > 0 && b > 0) weight[k] = Math.min(cap, Math.log(total / (a + b))) * (k >= scaleFrom ? scale : 1);
  }
  const count = (units: Int32Array[]): [Float64Array, Float64Array] => {
    const c = new Float64Array(units.length);
    const w = new Float64Array(units.length);
    units.forEach((ks, u) => {
      for (const k of ks) {
        const x = weight[k] as number;
        if (x > 0) {
          c[u] = (c[u] as number) + 1;
          w[u] = (w[u] as number) + x;
        }
      }
    });
    return [c, w];
  };
  const [srcCount, srcWeight] = count(src);
  const [tgtCount, tgtWeight] = count(tgt);
  return { weight, srcCount, tgtCount, srcWeight, tgtWeight, srcDf, tgtDf };
}

/**
 * Shared evidence of every source/target pair that a bead inside `band` can contain: summed
 * weight and number of shared keys. Row s covers the targets reachable from the band rows
 * s - span .. s + span; a row costs one pass over each target's keys (a marker array holds
 * the source's keys), so the table is linear in the band size.
 */
export interface PairTable {
  lo: Int32Array;
  hi: Int32Array;
  off: Int32Array;
  w: Float32Array;
  c: Float32Array;
}

export function pairTable(band: Band, src: Int32Array[], tgt: Int32Array[], weight: Float64Array, span = 4): PairTable {
  const { n, m } = band;
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  const off = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) {
    lo[s] = band.lo[Math.max(0, s - span)] as number;
    hi[s] = Math.min(m - 1, (band.hi[Math.min(n, s + span)] as number) - 1);
    off[s + 1] = (off[s] as number) + Math.max(0, (hi[s] as number) - (lo[s] as number) + 1);
  }
  const size = off[n] as number;
  const w = new Float32Array(size);
  const c = new Float32Array(size);
  const mark = new Float64Array(weight.length);
  for (let s = 0; s < n; s++) {
    const ks = src[s] as Int32Array;
    for (const k of ks) mark[k] = weight[k] as number;
    const base = (off[s] as number) - (lo[s] as number);
    for (let t = lo[s] as number; t <= (hi[s] as number); t++) {
      let sw = 0;
      let sc = 0;
      for (const k of tgt[t] as Int32Array) {
        const x = mark[k] as number;
        if (x > 0) {
          sw += x;
          sc++;
        }
      }
      w[base + t] = sw;
      c[base + t] = sc;
    }
    for (const k of ks) mark[k] = 0;
  }
  return { lo, hi, off, w, c };
}
