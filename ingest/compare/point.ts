import type { Claim, ClaimValue } from '../claims/model.ts';
import { effectiveTime, type EffectiveTime } from './claim-time.ts';
import { intervalOf } from './tolerance.ts';

/** A figure as the chart draws it: the stated amount and the range its wording allows. */
export interface PlottedNumber {
  amount: number;
  approx: Extract<ClaimValue, { kind: 'number' }>['approx'];
  /** Finite ends of the allowed range (a half-line "plus de 30" has low 30 and high null). */
  low: number | null;
  high: number | null;
  unit: string | null;
  text: string;
}

/** One claim placed in time, with everything needed to show and cite it. */
export interface ClaimPoint {
  claim: Claim;
  /** Where it sits on the time axis (the text's time, else the document date); null if neither. */
  time: EffectiveTime | null;
  /** Set for numeric values. */
  number: PlottedNumber | null;
  exact: boolean;
}

export function toPoint(claim: Claim): ClaimPoint {
  const v = claim.value;
  let number: PlottedNumber | null = null;
  if (v?.kind === 'number') {
    const r = intervalOf(v.amount, v.approx);
    number = {
      amount: v.amount,
      approx: v.approx,
      low: Number.isFinite(r.low) ? r.low : null,
      high: Number.isFinite(r.high) ? r.high : null,
      unit: v.unit ?? null,
      text: v.text,
    };
  }
  return { claim, time: effectiveTime(claim), number, exact: number ? number.approx === 'exact' : true };
}
