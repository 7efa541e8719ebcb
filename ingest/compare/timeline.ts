import type { Claim, Predicate } from '../claims/model.ts';
import { compareTimes } from './claim-time.ts';
import { liveClaims } from './claim-sources.ts';
import { measureFamily } from './measures.ts';
import { toPoint, type ClaimPoint } from './point.ts';

export interface Timeline {
  subject: string;
  predicate: Predicate;
  /** The predicates drawn: the one asked for and those measuring the same thing (see measures.ts). */
  predicates: readonly Predicate[];
  /** Dated points, oldest first. */
  points: ClaimPoint[];
  /** Claims with neither a time in the text nor a document date: listed, not plotted. */
  undated: ClaimPoint[];
}

/**
 * The values of one subject's predicate over time, from every source, with the predicates that
 * measure the same thing (a coalition's members and the countries at its summit). A claim from
 * an aligned pair is one point with both citations.
 */
export function buildTimeline(claims: readonly Claim[], subject: string, predicate: Predicate): Timeline {
  const predicates = measureFamily(predicate);
  const points = liveClaims(claims)
    .filter((c) => c.subject.id === subject && predicates.includes(c.predicate))
    .map(toPoint);
  const dated = points.filter((p) => p.time !== null);
  dated.sort((a, b) => compareTimes(a.time, b.time) || (a.number?.amount ?? 0) - (b.number?.amount ?? 0) || a.claim.id.localeCompare(b.claim.id));
  return { subject, predicate, predicates, points: dated, undated: points.filter((p) => p.time === null) };
}
