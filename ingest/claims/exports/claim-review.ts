import type { Claim } from '../model.ts';
import { citedDocument, claimUrl, describeClaim, readerLink, type ExportContext } from './cited-document.ts';

export interface ClaimReviewJsonLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished?: string;
  author: { '@type': 'Person'; name: string };
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: number; worstRating: number; alternateName: 'True' | 'False' };
  reviewBody?: string;
  itemReviewed: {
    '@type': 'Claim';
    datePublished?: string;
    author?: { '@type': 'Person' | 'Organization'; name: string };
    firstAppearance: Appearance;
    appearance: Appearance[];
  };
}

interface Appearance {
  '@type': 'CreativeWork';
  url: string;
  name: string;
  headline: string;
  text: string;
  inLanguage?: string;
  datePublished?: string;
  author?: Array<{ '@type': 'Person'; name: string }>;
  publisher?: { '@type': 'Organization'; name: string };
}

/** Thrown when asked to review-publish a claim nobody has reviewed. */
export class NotReviewedError extends Error {
  constructor(readonly claimId: string) {
    super(`Claim ${claimId} has not been reviewed (confirm or reject it first).`);
  }
}

/**
 * schema.org ClaimReview (JSON-LD) of a reviewed claim: confirmed → rated True (5/5), rejected →
 * False (1/5); the reviewer is the author; each citation is an appearance of the claim.
 */
export function claimReview(claim: Claim, ctx: ExportContext, reviewedAt?: Date | null): ClaimReviewJsonLd {
  if (claim.status === 'extracted' || !claim.reviewer) throw new NotReviewedError(claim.id);
  const accurate = claim.status === 'confirmed';
  const appearances = claim.citations.map((cit): Appearance => {
    const d = citedDocument(ctx, cit.documentId);
    return {
      '@type': 'CreativeWork',
      url: `${ctx.baseUrl}${readerLink(d.id, cit.sentenceIdx)}`,
      name: d.title,
      headline: d.title,
      text: cit.quote,
      ...(d.lang !== 'und' ? { inLanguage: d.lang } : {}),
      ...(d.publishedOn ? { datePublished: d.publishedOn } : {}),
      ...(d.authors.length ? { author: d.authors.map((name) => ({ '@type': 'Person' as const, name })) } : {}),
      ...(d.publisher ? { publisher: { '@type': 'Organization' as const, name: d.publisher } } : {}),
    };
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimUrl(ctx.baseUrl, claim.id),
    claimReviewed: describeClaim(claim),
    ...(reviewedAt ? { datePublished: reviewedAt.toISOString().slice(0, 10) } : {}),
    author: { '@type': 'Person', name: claim.reviewer },
    reviewRating: { '@type': 'Rating', ratingValue: accurate ? 5 : 1, bestRating: 5, worstRating: 1, alternateName: accurate ? 'True' : 'False' },
    ...(claim.note ? { reviewBody: claim.note } : {}),
    itemReviewed: {
      '@type': 'Claim',
      ...(claim.documentDate ? { datePublished: claim.documentDate } : {}),
      ...(claim.attribution ? { author: { '@type': claim.attribution.id.startsWith('person:') ? 'Person' : 'Organization', name: claim.attribution.name } } : {}),
      firstAppearance: appearances[0]!,
      appearance: appearances,
    },
  };
}
