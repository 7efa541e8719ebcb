/** Keys seen more often than this on a side are too common to anchor anything. */
const MAX_ANCHOR_DF = 32;

/**
 * Sure anchors: a rare key (a name, a number, an uncommon word) that occurs as many times in
 * the source as in the target proposes its k-th source unit with its k-th target unit. The
 * longest chain of proposals increasing on both sides keeps the consistent ones: a stray
 * proposal can join the chain only where it breaks nothing. O(k log k) for k proposals.
 */
export function findAnchors(src: Int32Array[], tgt: Int32Array[], srcDf: Int32Array, tgtDf: Int32Array): [number, number][] {
  const usable = (k: number): boolean => srcDf[k] === tgtDf[k] && (srcDf[k] as number) > 0 && (srcDf[k] as number) <= MAX_ANCHOR_DF;
  const occurrences = (units: Int32Array[]): Map<number, number[]> => {
    const where = new Map<number, number[]>();
    units.forEach((ks, u) => {
      for (const k of ks) {
        if (!usable(k)) continue;
        const l = where.get(k);
        if (l) l.push(u);
        else where.set(k, [u]);
      }
    });
    return where;
  };
  const inSrc = occurrences(src);
  const inTgt = occurrences(tgt);
  const seen = new Set<number>();
  const props: [number, number][] = [];
  for (const [k, ss] of inSrc) {
    const ts = inTgt.get(k) as number[];
    ss.forEach((s, r) => {
      const t = ts[r] as number;
      const id = s * (tgt.length + 1) + t;
      if (seen.has(id)) return;
      seen.add(id);
      props.push([s, t]);
    });
  }
  return dropOutliers(longestChain(props), src.length, tgt.length);
}

/** Longest chain of points strictly increasing in both coordinates (patience sorting). */
export function longestChain(points: [number, number][]): [number, number][] {
  // Same s: larger t first, so two points of one row never both enter the chain.
  const pts = [...points].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const tails: number[] = []; // index into pts of the smallest tail of each chain length
  const prev = new Int32Array(pts.length).fill(-1);
  for (let p = 0; p < pts.length; p++) {
    const t = (pts[p] as [number, number])[1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pts[tails[mid] as number] as [number, number])[1] < t) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[p] = tails[lo - 1] as number;
    tails[lo] = p;
  }
  const out: [number, number][] = [];
  let k = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
  while (k >= 0) {
    out.push(pts[k] as [number, number]);
    k = prev[k] as number;
  }
  return out.reverse();
}

/**
 * Removes chain points that stray from the line joining their neighbours (a coincidental
 * pair that happened to fit the chain). Tolerance grows with the distance between the
 * neighbours, as real insertions and omissions bend the path more over longer stretches.
 */
export function dropOutliers(chain: [number, number][], n: number, m: number): [number, number][] {
  let pts = chain;
  for (let round = 0; round < 2; round++) {
    const kept: [number, number][] = [];
    for (let k = 0; k < pts.length; k++) {
      const [s, t] = pts[k] as [number, number];
      const [s0, t0] = kept[kept.length - 1] ?? [0, 0];
      const [s1, t1] = pts[k + 1] ?? [n, m];
      const expected = s1 === s0 ? t : t0 + ((t1 - t0) * (s - s0)) / (s1 - s0);
      if (Math.abs(t - expected) <= 3 + 0.15 * Math.max(s1 - s0, t1 - t0)) kept.push([s, t]);
    }
    pts = kept;
  }
  return pts;
}
