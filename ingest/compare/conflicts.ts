import type { Claim } from '../claims/model.ts';
import { compareTimes, effectiveTime, samePeriod, type EffectiveTime } from './claim-time.ts';
import { differentSources, liveClaims } from './claim-sources.ts';
import { sameMeasure } from './measures.ts';
import { incompatibleStatuses, membershipStatusOf } from './membership-status.ts';
import { isTentative, reasonFor, type Reason, type ReasonCode } from './reasons.ts';
import { comparableUnits, compatibleNumbers } from './tolerance.ts';

/** A change happened between two periods; a contradiction is two sources disagreeing about one. */
export type ConflictKind = 'change' | 'contradiction';

export interface ConflictSide {
  claim: Claim;
  time: EffectiveTime | null;
}

export interface Conflict {
  /** Stable: the two claim ids, sorted. */
  id: string;
  kind: ConflictKind;
  reason: Reason;
  /** The earlier side first. */
  a: ConflictSide;
  b: ConflictSide;
}

/** Membership predicates whose modality matters (willingness is itself conditional). */
const FACT_PREDICATES = new Set(['member_of', 'participates_in', 'excluded_from', 'not_member_of', 'status', 'founded']);

const normText = (s: string) => s.normalize('NFKC').toLowerCase().trim();

/**
 * What is wrong between two claims if both were true in the same period, and whether a
 * difference over time is still worth reporting (a figure that moved). Null when they agree
 * or are about different things.
 */
function disagreement(x: Claim, y: Claim): { same: ReasonCode | null; apart: ReasonCode | null } | null {
  if (x.subject.id !== y.subject.id) return null;
  // Membership: in vs out of the same coalition, whatever the exact predicates.
  const sx = membershipStatusOf(x.predicate);
  const sy = membershipStatusOf(y.predicate);
  if (sx && sy && x.object && y.object && x.object.id === y.object.id && incompatibleStatuses(sx, sy)) {
    return { same: 'membership_in_vs_out', apart: 'membership_changed' };
  }
  if (!sameMeasure(x.predicate, y.predicate) || x.object?.id !== y.object?.id) return null;
  if (x.value?.kind === 'number' && y.value?.kind === 'number') {
    if (!comparableUnits(x.value, y.value)) return null;
    const moved = x.value.amount !== y.value.amount;
    return { same: compatibleNumbers(x.value, y.value) ? null : 'value_mismatch', apart: moved ? 'value_changed' : null };
  }
  // Same fact, one source states it, the other says it should be so — which implies it is not
  // yet. A mere hypothesis ("si la coalition se formalisait… la France") implies nothing either way.
  const sameText = x.value?.kind === 'text' && y.value?.kind === 'text' ? normText(x.value.text) === normText(y.value.text) : !x.value && !y.value;
  const proposedVsAsserted = (x.modality === 'proposed' && !isTentative(y)) || (y.modality === 'proposed' && !isTentative(x));
  if (sameText && x.predicate === y.predicate && FACT_PREDICATES.has(x.predicate) && proposedVsAsserted) {
    return { same: 'status_asserted_vs_proposed', apart: 'status_proposed_then_asserted' };
  }
  return null;
}

/**
 * Compares two claims. Different periods: a change (when something moved). Same period:
 * a contradiction only between different sources — one document saying two figures for
 * one period is almost always two different things counted, not a disagreement.
 * Undated claims cannot be told apart from a change and are not compared.
 */
export function compareClaims(x: Claim, y: Claim): Conflict | null {
  const d = disagreement(x, y);
  if (!d) return null;
  const tx = effectiveTime(x);
  const ty = effectiveTime(y);
  if (!tx || !ty) return null;
  const [a, b] = compareTimes(tx, ty) <= 0 ? [{ claim: x, time: tx }, { claim: y, time: ty }] : [{ claim: y, time: ty }, { claim: x, time: tx }];
  let kind: ConflictKind;
  let code: ReasonCode | null;
  if (samePeriod(tx, ty)) {
    if (!differentSources(x, y)) return null;
    [kind, code] = ['contradiction', d.same];
  } else {
    [kind, code] = ['change', d.apart];
  }
  if (!code) return null;
  const id = [x.id, y.id].sort().join('~');
  return { id, kind, reason: reasonFor(code, a, b), a, b };
}

export interface ConflictFilter {
  subject?: string | undefined;
  kind?: ConflictKind | undefined;
}

/** Every conflicting pair among the claims, contradictions first, then by time. */
export function findConflicts(claims: readonly Claim[], filter: ConflictFilter = {}): Conflict[] {
  const bySubject = new Map<string, Claim[]>();
  for (const c of liveClaims(claims)) {
    if (filter.subject && c.subject.id !== filter.subject) continue;
    const group = bySubject.get(c.subject.id);
    if (group) group.push(c);
    else bySubject.set(c.subject.id, [c]);
  }
  const out: Conflict[] = [];
  for (const group of bySubject.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const c = compareClaims(group[i]!, group[j]!);
        if (c && (!filter.kind || c.kind === filter.kind)) out.push(c);
      }
    }
  }
  const rank = (k: ConflictKind) => (k === 'contradiction' ? 0 : 1);
  return out.sort((p, q) => rank(p.kind) - rank(q.kind) || compareTimes(p.a.time, q.a.time) || p.id.localeCompare(q.id));
}
