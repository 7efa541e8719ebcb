import { type Band, bandCells, cellIndex } from './band.ts';

/** Bead shapes: [source units, target units]. */
export const SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3], [3, 2], [2, 3], [4, 1], [1, 4],
];

/** The common shapes only (up to 3 units per bead): the cheaper first pass uses them. */
export const SMALL_SHAPES = SHAPES.slice(0, 8);

/** Cost of the bead that covers source i0..i0+a-1 and target j0..j0+b-1 (nats, lower is better). */
export type BeadCost = (i0: number, j0: number, a: number, b: number) => number;

/** One bead of a path. */
export interface Bead {
  i0: number;
  j0: number;
  a: number;
  b: number;
  cost: number;
}

/**
 * Costs of every bead that ends inside the band and starts inside it: entry
 * cell * shapes.length + shape, Infinity when the bead leaves the band. Computed once for the
 * forward and the backward passes of `posteriors`.
 */
export function beadCosts(band: Band, cost: BeadCost, shapes = SHAPES): Float32Array {
  const { n, lo, hi, off } = band;
  const S = shapes.length;
  const out = new Float32Array(bandCells(band) * S).fill(Infinity);
  const SA = Int32Array.from(shapes, (x) => x[0]);
  const SB = Int32Array.from(shapes, (x) => x[1]);
  for (let i = 0; i <= n; i++) {
    const l = lo[i] as number;
    const h = hi[i] as number;
    for (let j = l; j <= h; j++) {
      const k = (off[i] as number) + j - l;
      for (let s = 0; s < S; s++) {
        const a = SA[s] as number;
        const b = SB[s] as number;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0 || pj < (lo[pi] as number) || pj > (hi[pi] as number)) continue;
        out[k * S + s] = cost(pi, pj, a, b);
      }
    }
  }
  return out;
}

/** Best path through the band, and the rows where it runs along the band's border. */
export interface ViterbiResult {
  beads: Bead[];
  edgeRows: number[];
}

/**
 * Minimum-cost monotone path from (0,0) to (n,m) inside the band (dynamic programming). Bead
 * costs are computed on the fly: memory is two numbers per cell.
 */
export function viterbi(band: Band, cost: BeadCost, shapes = SHAPES): ViterbiResult {
  const { n, m, lo, hi, off } = band;
  const S = shapes.length;
  const cells = bandCells(band);
  const best = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells);
  const SA = Int32Array.from(shapes, (x) => x[0]);
  const SB = Int32Array.from(shapes, (x) => x[1]);
  const stepCost = new Float64Array(cells);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    const l = lo[i] as number;
    const h = hi[i] as number;
    for (let j = l; j <= h; j++) {
      const k = (off[i] as number) + j - l;
      if (k === 0) continue;
      let bestC = Infinity;
      let bestStep = 0;
      let bestS = 0;
      for (let s = 0; s < S; s++) {
        const a = SA[s] as number;
        const b = SB[s] as number;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0) continue;
        const pl = lo[pi] as number;
        if (pj < pl || pj > (hi[pi] as number)) continue;
        const prev = best[(off[pi] as number) + pj - pl] as number;
        if (prev === Infinity) continue;
        const c = cost(pi, pj, a, b);
        if (prev + c < bestC) {
          bestC = prev + c;
          bestStep = c;
          bestS = s;
        }
      }
      best[k] = bestC;
      back[k] = bestS;
      stepCost[k] = bestStep;
    }
  }
  const beads: Bead[] = [];
  const edgeRows: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = cellIndex(band, i, j);
    const s = back[k] as number;
    const a = SA[s] as number;
    const b = SB[s] as number;
    if (((lo[i] as number) > 0 && j <= (lo[i] as number) + 1) || ((hi[i] as number) < m && j >= (hi[i] as number) - 1)) edgeRows.push(i);
    beads.push({ i0: i - a, j0: j - b, a, b, cost: stepCost[k] as number });
    i -= a;
    j -= b;
  }
  beads.reverse();
  return { beads, edgeRows };
}

/**
 * Posterior probability of each bead of `path`, by the forward-backward algorithm over the
 * band with costs turned into probabilities exp(-cost / temperature).
 */
export function posteriors(band: Band, cost: BeadCost, path: Bead[], temperature: number, shapes = SHAPES): Float64Array {
  const costs = beadCosts(band, cost, shapes);
  const { n, lo, hi, off } = band;
  const S = shapes.length;
  const cells = bandCells(band);
  const fwd = new Float64Array(cells).fill(Infinity);
  const bwd = new Float64Array(cells).fill(Infinity);
  const T = temperature;
  const SA = Int32Array.from(shapes, (x) => x[0]);
  const SB = Int32Array.from(shapes, (x) => x[1]);
  const terms = new Float64Array(S);
  // Soft minimum of terms[0..cnt) in cost space: -T log sum exp(-x/T), one log per cell.
  const softmin = (cnt: number): number => {
    let mn = Infinity;
    for (let q = 0; q < cnt; q++) if ((terms[q] as number) < mn) mn = terms[q] as number;
    if (mn === Infinity) return Infinity;
    let sum = 0;
    for (let q = 0; q < cnt; q++) sum += Math.exp((mn - (terms[q] as number)) / T);
    return mn - T * Math.log(sum);
  };
  fwd[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i] as number; j <= (hi[i] as number); j++) {
      const k = (off[i] as number) + j - (lo[i] as number);
      if (k === 0) continue;
      let cnt = 0;
      for (let s = 0; s < S; s++) {
        const c = costs[k * S + s] as number;
        if (c === Infinity) continue;
        const pi = i - (SA[s] as number);
        const f = fwd[(off[pi] as number) + j - (SB[s] as number) - (lo[pi] as number)] as number;
        if (f !== Infinity) terms[cnt++] = f + c;
      }
      fwd[k] = softmin(cnt);
    }
  }
  bwd[cells - 1] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i] as number; j >= (lo[i] as number); j--) {
      const k = (off[i] as number) + j - (lo[i] as number);
      if (k === cells - 1) continue;
      let cnt = 0;
      for (let s = 0; s < S; s++) {
        const ni = i + (SA[s] as number);
        if (ni > n) continue;
        const nj = j + (SB[s] as number);
        const nl = lo[ni] as number;
        if (nj < nl || nj > (hi[ni] as number)) continue;
        const nk = (off[ni] as number) + nj - nl;
        const c = costs[nk * S + s] as number;
        if (c === Infinity || bwd[nk] === Infinity) continue;
        terms[cnt++] = (bwd[nk] as number) + c;
      }
      bwd[k] = softmin(cnt);
    }
  }
  const z = fwd[cells - 1] as number;
  const out = new Float64Array(path.length);
  path.forEach((p, k) => {
    const from = cellIndex(band, p.i0, p.j0);
    const to = cellIndex(band, p.i0 + p.a, p.j0 + p.b);
    const c = (fwd[from] as number) + cost(p.i0, p.j0, p.a, p.b) + (bwd[to] as number) - z;
    out[k] = Math.min(1, Math.max(0, Math.exp(-c / T)));
  });
  return out;
}
