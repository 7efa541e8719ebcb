/** 32-bit FNV-1a hash of a string (UTF-16 code units): fast, deterministic, no dependency. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Signed feature hashing (Weinberger et al. 2009): each feature adds ±weight to one of `dim`
 * slots; the sign, taken from another hash bit, makes collisions cancel out on average
 * instead of inflating the cosine of unrelated texts. The result is L2-normalised; a text
 * with no features gets the zero vector (callers decide what that means).
 */
export function hashFeatures(features: ReadonlyMap<string, number>, dim: number): number[] {
  const v = new Float64Array(dim);
  for (const [key, w] of features) {
    const h = fnv1a(key);
    const slot = h % dim;
    // The top bit is independent enough of `h % dim` for the dimensions used (powers of 2 up to 2^16).
    v[slot] = (v[slot] as number) + (h & 0x80000000 ? -w : w);
  }
  let norm = 0;
  for (let i = 0; i < dim; i++) norm += (v[i] as number) ** 2;
  norm = Math.sqrt(norm);
  const out = new Array<number>(dim);
  for (let i = 0; i < dim; i++) out[i] = norm > 0 ? (v[i] as number) / norm : 0;
  return out;
}

/** Cosine of two vectors of the same length (0 when either is zero). */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
