/**
 * A band of the (n+1) x (m+1) alignment lattice: row i (source prefix length) holds the
 * columns lo[i]..hi[i] (target prefix lengths). Rows are stored back to back, so memory is
 * the sum of row widths: linear in the document length for a fixed width.
 */
export interface Band {
  n: number;
  m: number;
  lo: Int32Array;
  hi: Int32Array;
  /** off[i] = index of cell (i, lo[i]); off[n + 1] = number of cells. */
  off: Int32Array;
}

/** Number of cells of a band. */
export const bandCells = (b: Band): number => b.off[b.n + 1] as number;

/** Cell index of (i, j), or -1 when outside the band. */
export function cellIndex(b: Band, i: number, j: number): number {
  if (i < 0 || i > b.n) return -1;
  const lo = b.lo[i] as number;
  if (j < lo || j > (b.hi[i] as number)) return -1;
  return (b.off[i] as number) + j - lo;
}

/**
 * The band of half-width `width` around a monotone chain of lattice points (a guide from
 * anchors, or a previous alignment path). Rows between two points follow the straight line
 * joining them, so long insertions on one side stay inside the band. `width` may vary by row.
 */
export function bandAround(points: ReadonlyArray<readonly [number, number]>, n: number, m: number, width: number | Int32Array): Band {
  const rowMin = new Float64Array(n + 1).fill(Infinity);
  const rowMax = new Float64Array(n + 1).fill(-Infinity);
  const pts: [number, number][] = [[0, 0], ...points.map((p) => [p[0], p[1]] as [number, number]), [n, m]];
  for (let k = 1; k < pts.length; k++) {
    const [i0, j0] = pts[k - 1] as [number, number];
    const [i1, j1] = pts[k] as [number, number];
    if (i1 < i0 || j1 < j0) continue; // not monotone: ignore the point
    if (i1 === i0) {
      rowMin[i0] = Math.min(rowMin[i0] as number, j0);
      rowMax[i0] = Math.max(rowMax[i0] as number, j1);
      continue;
    }
    for (let i = Math.ceil(i0); i <= Math.floor(i1); i++) {
      const ja = j0 + ((j1 - j0) * (i - 0.5 - i0)) / (i1 - i0);
      const jb = j0 + ((j1 - j0) * (i + 0.5 - i0)) / (i1 - i0);
      rowMin[i] = Math.min(rowMin[i] as number, Math.max(j0, ja));
      rowMax[i] = Math.max(rowMax[i] as number, Math.min(j1, jb));
    }
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const w = typeof width === 'number' ? width : (width[i] as number);
    lo[i] = Math.max(0, Math.floor(rowMin[i] as number) - w);
    hi[i] = Math.min(m, Math.ceil(rowMax[i] as number) + w);
  }
  // Monotone edges keep every cell reachable: lo never decreases, hi never decreases.
  lo[0] = 0;
  hi[n] = m;
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i] as number, lo[i + 1] as number);
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i] as number, hi[i - 1] as number);
  for (let i = 0; i <= n; i++) if ((hi[i] as number) < (lo[i] as number)) hi[i] = lo[i] as number;
  const off = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) off[i + 1] = (off[i] as number) + (hi[i] as number) - (lo[i] as number) + 1;
  return { n, m, lo, hi, off };
}
