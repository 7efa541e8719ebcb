import type { BeadStats } from './bead-cost.ts';
import { galeChurchCost } from './gale-church.ts';

/** Features of the confidence model, in the order of CONFIDENCE_COEFS. */
export function confidenceFeatures(posterior: number, a: number, b: number, st: BeadStats, ratio: number): number[] {
  const p = Math.min(1 - 1e-4, Math.max(1e-4, posterior));
  const isNull = a === 0 || b === 0 ? 1 : 0;
  const dice = isNull ? 0 : (2 * st.shared) / Math.max(1, st.srcKeys + st.tgtKeys);
  const evidence = isNull ? 0 : Math.log1p(Math.min(st.srcKeys, st.tgtKeys));
  const gc = isNull ? 0 : Math.min(10, galeChurchCost(st.srcLen, st.tgtLen, ratio, 6.8));
  // Weighted share: rare shared keys (names, numbers) count more than function-word groups.
  const wdice = isNull ? 0 : (2 * st.sharedWeight) / Math.max(1, st.srcWeight + st.tgtWeight);
  return [1, Math.log(p / (1 - p)), dice, dice * evidence, evidence, gc, isNull, a + b > 2 ? 1 : 0, wdice, wdice * evidence];
}

/**
 * Logistic model turning the path posterior and the bead's own evidence into the probability
 * that the link is exactly right. The posterior alone says how sure the path is relative to its
 * neighbours, and two unrelated texts still give a confident path; so the shared-key ratios
 * (plain and idf-weighted), the amount of evidence and the length fit come in too. Fitted by
 * logistic regression on the links of TransRead EN-FR and the Text+Berg dev set, plus the same
 * documents against a scrambled target (so that links between unrelated sentences are seen and
 * scored low). bench/align.bench.ts prints the calibration it reaches on the test sets.
 */
export const CONFIDENCE_COEFS = [-0.081, 0.436, 1.831, -0.697, -0.661, -0.379, -2.617, -0.784, 2.119, 0.977];

/** Calibrated confidence of a link in [0, 1]. */
export function calibratedConfidence(features: number[], coefs: readonly number[] = CONFIDENCE_COEFS): number {
  let z = 0;
  for (let k = 0; k < features.length; k++) z += (features[k] as number) * (coefs[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
