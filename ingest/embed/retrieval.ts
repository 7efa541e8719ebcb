/**
 * Precision@1 of cross-lingual retrieval: for each query i, is doc `gold[i]` the doc with the
 * highest `sim(i, j)` among `docCount` docs? Ties count as misses, so a degenerate embedder
 * (all vectors equal) cannot score by luck.
 */
export function precisionAt1(gold: readonly number[], docCount: number, sim: (query: number, doc: number) => number): number {
  if (gold.length === 0) return 0;
  let hits = 0;
  gold.forEach((target, i) => {
    const best = sim(i, target);
    for (let j = 0; j < docCount; j++) if (j !== target && sim(i, j) >= best) return;
    hits++;
  });
  return hits / gold.length;
}

/** Dot product of two dense vectors (the cosine when both are unit length). */
export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += (a[k] as number) * (b[k] as number);
  return s;
}

/** Dot product of two sparse vectors. */
export function sparseDot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) s += x * (big.get(k) ?? 0);
  return s;
}
