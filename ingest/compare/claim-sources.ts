import type { Claim } from '../claims/model.ts';

/** The documents citing a claim (an aligned pair's claim has two). */
const sourcesOf = (c: Pick<Claim, 'citations'>): Set<string> => new Set(c.citations.map((x) => x.documentId));

/** Two claims come from different sources when no document cites both. */
export function differentSources(a: Pick<Claim, 'citations'>, b: Pick<Claim, 'citations'>): boolean {
  const sa = sourcesOf(a);
  return b.citations.every((x) => !sa.has(x.documentId));
}

/** Rejected claims are kept for the audit trail but never analysed. */
export const liveClaims = <C extends Pick<Claim, 'status'>>(claims: readonly C[]): C[] => claims.filter((c) => c.status !== 'rejected');
