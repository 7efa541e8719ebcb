import type { Claim } from '../claims/model.ts';
import { compareTimes } from './claim-time.ts';
import { liveClaims } from './claim-sources.ts';
import { toPoint, type ClaimPoint } from './point.ts';

/** How the actor is involved: the one holding the stance, or the one saying the claim. */
export type StanceRole = 'subject' | 'speaker';

export interface StancePoint extends ClaimPoint {
  role: StanceRole;
}

export interface Stances {
  actor: string;
  /** Oldest first; undated ones last. */
  points: StancePoint[];
}

/**
 * An actor's positions over time: its stance and quote claims, plus any claim it is the
 * attributed speaker of (an expert's "devrait être permanente" is his position on the coalition).
 */
export function actorStances(claims: readonly Claim[], actor: string): Stances {
  const points: StancePoint[] = [];
  for (const c of liveClaims(claims)) {
    if ((c.type === 'stance' || c.type === 'quote') && c.subject.id === actor) points.push({ ...toPoint(c), role: 'subject' });
    else if (c.attribution?.id === actor) points.push({ ...toPoint(c), role: 'speaker' });
  }
  points.sort((a, b) => compareTimes(a.time, b.time) || a.claim.id.localeCompare(b.claim.id));
  return { actor, points };
}
