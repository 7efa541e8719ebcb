import { readerLink } from '../../ingest/claims/exports/cited-document.ts';
import { pureCitation, type ClaimRecord, type ReviewRow, type StoredCitation } from '../../ingest/store/claims.repo.ts';
import type { EntityRow } from '../../ingest/store/entities.repo.ts';
import type { SentenceRow } from '../../ingest/store/segments.repo.ts';
import type { CitationDto, ClaimDto, EntityDto, SentenceDto } from '../schemas/claims.ts';
import { namedEntities } from './entity-names.ts';

export const presentCitation = (c: StoredCitation): CitationDto => ({
  ...pureCitation(c),
  documentTitle: c.documentTitle,
  lang: c.lang,
  documentDate: c.documentDate,
  link: readerLink(c.documentId, c.sentenceIdx),
});

export function presentClaim(r: ClaimRecord): ClaimDto {
  const { key: _key, reviewedAt, citations, ...claim } = r;
  return {
    ...namedEntities(claim),
    reviewedAt: reviewedAt?.toISOString() ?? null,
    langs: [...new Set(citations.map((c) => c.lang))].sort(),
    citations: citations.map(presentCitation),
  };
}

export const presentSentence = (s: SentenceRow): SentenceDto => ({ idx: s.idx, start: s.char_start, end: s.char_end, page: s.page_start, text: s.text });

export const presentReview = (r: ReviewRow) => ({ at: r.at.toISOString(), reviewer: r.reviewer, fromStatus: r.from_status, toStatus: r.to_status, note: r.note });

export const presentEntity = (e: EntityRow): EntityDto => ({
  id: e.id,
  kind: e.kind,
  names: { fr: e.name_fr, en: e.name_en },
  aliases: e.aliases,
  members: e.members,
  claimCount: e.claim_count,
});
