import { z } from 'zod';
import type { ClaimRecord } from '../../store/claims.repo.ts';
import { Citation, Claim } from '../model.ts';
import { readerLink } from './cited-document.ts';

/**
 * The documented JSON of `npm run concorde -- claims --format json`: an array of claims, each
 * with every citation and the citing document's title, language and date.
 */
export const ExportedCitation = Citation.extend({
  documentTitle: z.string(),
  lang: z.enum(['fr', 'en', 'und']),
  documentDate: z.string().nullable(),
  /** Reader path: `/documents/<id>#s-<sentenceIdx>`. */
  link: z.string(),
});
export type ExportedCitation = z.infer<typeof ExportedCitation>;

export const ExportedClaim = Claim.extend({
  /** ISO timestamp of the last review, or null. */
  reviewedAt: z.string().nullable(),
  citations: z.array(ExportedCitation).min(1),
});
export type ExportedClaim = z.infer<typeof ExportedClaim>;

export const ClaimsExport = z.array(ExportedClaim);

export function exportClaim(r: ClaimRecord): ExportedClaim {
  const { key: _key, reviewedAt, citations, ...claim } = r;
  return {
    ...claim,
    reviewedAt: reviewedAt?.toISOString() ?? null,
    citations: citations.map((c) => ({ ...c, link: readerLink(c.documentId, c.sentenceIdx) })),
  };
}
