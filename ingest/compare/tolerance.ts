import type { Approx, ClaimValue } from '../claims/model.ts';

type NumberValue = Extract<ClaimValue, { kind: 'number' }>;

/**
 * How far an approximate figure reaches — the one place this is decided.
 * "une trentaine" / "about 30" / "près de 30" covers 30 ± 20% (24–36): a reporter who writes
 * "une trentaine" of a 35-country summit is not wrong, but one who writes it of 40 is.
 * at_least / more_than are half-lines upward from the figure, at_most / less_than downward;
 * exact figures are points.
 */
export const ABOUT_TOLERANCE = 0.2;

/** The values a figure allows, with open ends for strict bounds ("plus de 30" excludes 30). */
export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

export function intervalOf(amount: number, approx: Approx): Interval {
  const spread = Math.abs(amount) * ABOUT_TOLERANCE;
  switch (approx) {
    case 'exact':
      return { low: amount, high: amount, lowOpen: false, highOpen: false };
    case 'about':
      return { low: amount - spread, high: amount + spread, lowOpen: false, highOpen: false };
    case 'at_least':
      return { low: amount, high: Infinity, lowOpen: false, highOpen: true };
    case 'more_than':
      return { low: amount, high: Infinity, lowOpen: true, highOpen: true };
    case 'at_most':
      return { low: -Infinity, high: amount, lowOpen: true, highOpen: false };
    case 'less_than':
      return { low: -Infinity, high: amount, lowOpen: true, highOpen: true };
  }
}

function intersects(a: Interval, b: Interval): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  // Touching ends: they meet only if both ends at the touching point are closed.
  if (a.high === b.low) return !a.highOpen && !b.lowOpen;
  if (b.high === a.low) return !b.highOpen && !a.lowOpen;
  return true;
}

/** Units that count states: "pays", "nations", "États membres" are the same thing counted. */
const STATE_UNITS = new Set(['countries', 'country', 'nations', 'states', 'member_states']);

/** Can the two figures be compared at all (same unit, or a unit missing)? */
export function comparableUnits(a: NumberValue, b: NumberValue): boolean {
  if (!a.unit || !b.unit || a.unit === b.unit) return true;
  return STATE_UNITS.has(a.unit) && STATE_UNITS.has(b.unit);
}

/** Could both figures be true of the same thing at the same time? */
export function compatibleNumbers(a: NumberValue, b: NumberValue): boolean {
  return intersects(intervalOf(a.amount, a.approx), intervalOf(b.amount, b.approx));
}
