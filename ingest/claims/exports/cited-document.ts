import type { Claim } from '../model.ts';

/** What exports need to know of a citing document (the API and CLI read it from the store). */
export interface CitedDocument {
  id: string;
  title: string;
  authors: string[];
  publisher: string | null;
  /** ISO date and how much of it is known. */
  publishedOn: string | null;
  datePrecision: 'day' | 'month' | 'year' | null;
  lang: 'fr' | 'en' | 'und';
  kind: string | null;
  /** The clean text the citation offsets point into (for quote context). */
  cleanText: string;
}

/** Where exported links point: `baseUrl` is the app's origin (`http://127.0.0.1:8787`). */
export interface ExportContext {
  baseUrl: string;
  documents: ReadonlyMap<string, CitedDocument>;
}

export const readerLink = (documentId: string, sentenceIdx: number): string => `/documents/${documentId}#s-${sentenceIdx}`;
export const textUrl = (baseUrl: string, documentId: string): string => `${baseUrl}/api/documents/${documentId}/text`;
export const claimUrl = (baseUrl: string, claimId: string): string => `${baseUrl}/claims/${claimId}`;

export function citedDocument(ctx: ExportContext, id: string): CitedDocument {
  const d = ctx.documents.get(id);
  if (!d) throw new Error(`export: document ${id} was not loaded`);
  return d;
}

/** Date parts as far as they are known: [2025, 3] for "March 2025". */
export function dateParts(d: Pick<CitedDocument, 'publishedOn' | 'datePrecision'>): number[] | null {
  if (!d.publishedOn) return null;
  const [y, m, day] = d.publishedOn.split('-').map(Number);
  const parts = [y!, m!, day!];
  return parts.slice(0, d.datePrecision === 'year' ? 1 : d.datePrecision === 'month' ? 2 : 3);
}

const PREDICATE_WORDS: Record<Claim['predicate'], string> = {
  member_of: 'is a member of',
  participates_in: 'takes part in',
  willing_to_deploy: 'is willing to deploy troops to',
  excluded_from: 'is excluded from',
  not_member_of: 'is not a member of',
  member_count: 'number of members',
  participant_count: 'number of participants',
  soldiers_trained: 'soldiers trained',
  troops: 'troops',
  amount: 'amount',
  count: 'count',
  meeting: 'meeting',
  founded: 'founded',
  status: 'status',
  supports: 'supports',
  opposes: 'opposes',
  demands: 'demands',
  refuses: 'refuses',
  proposes: 'proposes',
  says: 'says',
};

/** A one-line English statement of a claim, for annotation bodies and ClaimReview.claimReviewed. */
export function describeClaim(c: Pick<Claim, 'type' | 'subject' | 'predicate' | 'object' | 'value' | 'modality' | 'attribution'>): string {
  const what = c.value ? (c.value.kind === 'number' ? `${c.value.amount}${c.value.unit ? ` ${c.value.unit}` : ''} (“${c.value.text}”)` : `“${c.value.text}”`) : '';
  const core =
    c.type === 'quantity' || c.type === 'event'
      ? `${c.subject.name} — ${PREDICATE_WORDS[c.predicate]}${c.object ? ` ${c.object.name}` : ''}${what ? `: ${what}` : ''}`
      : `${c.subject.name} ${PREDICATE_WORDS[c.predicate]}${c.object ? ` ${c.object.name}` : ''}${what ? ` ${what}` : ''}`;
  const by = c.attribution ? `, according to ${c.attribution.name}` : '';
  return `${core}${by}${c.modality === 'asserted' ? '' : ` [${c.modality}]`}`;
}
