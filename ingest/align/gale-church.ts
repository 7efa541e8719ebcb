/**
 * Gale & Church (1993) length model: the length of a translation is about `ratio` times the
 * length of its source, with a variance proportional to the length. The cost is
 * -log P(|delta| >= observed), in nats, so that it adds to other log-probability costs.
 */
export function galeChurchCost(srcLen: number, tgtLen: number, ratio: number, variance: number): number {
  if (srcLen === 0 && tgtLen === 0) return 0;
  // Symmetric mean length, as in later implementations, so that neither side is privileged.
  const mean = (srcLen + tgtLen / ratio) / 2;
  const delta = (tgtLen - srcLen * ratio) / Math.sqrt(variance * Math.max(mean, 1));
  return -logErfc(Math.abs(delta) / Math.SQRT2);
}

/** log(erfc(x)) for x >= 0, accurate enough for costs and stable for large x. */
export function logErfc(x: number): number {
  if (x < 0) return Math.log(2 - Math.exp(logErfc(-x)));
  // Numerical Recipes erfcc (Chebyshev), relative error < 1.2e-7, evaluated in log space.
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -x * x -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) + poly;
}

/** Ratio of total target to total source characters, the expected length ratio of a bead. */
export function lengthRatio(srcLens: ArrayLike<number>, tgtLens: ArrayLike<number>): number {
  let s = 0;
  let t = 0;
  for (let i = 0; i < srcLens.length; i++) s += srcLens[i] as number;
  for (let i = 0; i < tgtLens.length; i++) t += tgtLens[i] as number;
  return s > 0 && t > 0 ? t / s : 1;
}
