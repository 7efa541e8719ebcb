import type { ClaimDetailDto, ClaimDto, ClaimListDto, EntityDetailDto, EntityListDto } from '../../../api/schemas/claims.ts';
import { getJson, isDocumentId, sendJson } from './client.ts';

/** Client for the claims and entities routes (/api/claims…, /api/entities…). */

export const CLAIM_TYPES = ['membership', 'quantity', 'event', 'stance', 'quote'] as const;
type ClaimTypeName = ClaimDto['type'];
type PredicateName = ClaimDto['predicate'];
export type ReviewStatusName = ClaimDto['status'];
export const REVIEW_STATUSES: readonly ReviewStatusName[] = ['extracted', 'confirmed', 'rejected'];

/** Predicates per type, in the order the model lists them (for the predicate filter). */
export const PREDICATES_BY_TYPE: Record<ClaimTypeName, readonly PredicateName[]> = {
  membership: ['member_of', 'participates_in', 'willing_to_deploy', 'excluded_from', 'not_member_of'],
  quantity: ['member_count', 'participant_count', 'soldiers_trained', 'troops', 'amount', 'count'],
  event: ['meeting', 'founded', 'status'],
  stance: ['supports', 'opposes', 'demands', 'refuses', 'proposes'],
  quote: ['says'],
};
const ALL_PREDICATES = Object.values(PREDICATES_BY_TYPE).flat();

/** Rows per page of the explorer. */
export const CLAIMS_PAGE_SIZE = 50;

/** The explorer's filters and page, as kept in the query string; empty values are left out. */
export interface ClaimFilters {
  type?: ClaimTypeName;
  predicate?: PredicateName;
  subject?: string;
  object?: string;
  doc?: string;
  lang?: 'fr' | 'en';
  from?: string;
  to?: string;
  status?: ReviewStatusName;
  offset?: number;
}

/** The filter keys, in the order they appear in URLs. */
export const CLAIM_FILTER_KEYS = ['type', 'predicate', 'subject', 'object', 'doc', 'lang', 'from', 'to', 'status'] as const;
export type ClaimFilterKey = (typeof CLAIM_FILTER_KEYS)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENTITY_ID = /^[a-z]+:[A-Za-z0-9][A-Za-z0-9-]*$/;
const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined => (v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined);

/**
 * Reads the explorer's state from a query string, dropping values the API would refuse (an old
 * or hand-edited link then still lists claims, without the bad filter).
 */
export function parseClaimParams(params: URLSearchParams): ClaimFilters {
  const out: ClaimFilters = {};
  const type = oneOf(CLAIM_TYPES, params.get('type'));
  if (type) out.type = type;
  const predicate = oneOf(ALL_PREDICATES, params.get('predicate'));
  if (predicate) out.predicate = predicate;
  for (const key of ['subject', 'object'] as const) {
    const v = params.get(key);
    if (v && ENTITY_ID.test(v)) out[key] = v;
  }
  const doc = params.get('doc');
  if (doc && isDocumentId(doc)) out.doc = doc;
  const lang = oneOf(['fr', 'en'] as const, params.get('lang'));
  if (lang) out.lang = lang;
  for (const key of ['from', 'to'] as const) {
    const v = params.get(key);
    if (v && DATE.test(v)) out[key] = v;
  }
  const status = oneOf(REVIEW_STATUSES, params.get('status'));
  if (status) out.status = status;
  const offset = Number(params.get('offset'));
  if (Number.isInteger(offset) && offset > 0) out.offset = offset;
  return out;
}

/** The query string of the explorer (without "?"), in a stable order; offset 0 is left out. */
export function claimQueryString(f: ClaimFilters): string {
  const q = new URLSearchParams();
  for (const k of CLAIM_FILTER_KEYS) {
    const v = f[k];
    if (v) q.set(k, v);
  }
  if (f.offset) q.set('offset', String(f.offset));
  return q.toString();
}

/** Address of the explorer with these filters, e.g. from an entity page. */
export const claimsPageUrl = (f: ClaimFilters): string => {
  const qs = claimQueryString(f);
  return qs ? `/claims?${qs}` : '/claims';
};

/** One page of claims matching the filters, with facet counts over the whole filtered set. */
export const listClaims = (f: ClaimFilters, signal?: AbortSignal, limit: number = CLAIMS_PAGE_SIZE): Promise<ClaimListDto> => {
  const qs = claimQueryString(f);
  return getJson<ClaimListDto>(`/api/claims?${qs ? `${qs}&` : ''}limit=${limit}`, signal);
};

const claimPath = (id: string) => `/api/claims/${encodeURIComponent(id)}`;

/** A claim with each citation in context (neighbouring sentences, aligned translation) and its review history. */
export const getClaim = (id: string, signal?: AbortSignal): Promise<ClaimDetailDto> => getJson<ClaimDetailDto>(claimPath(id), signal);

/** Records a review; the server answers the updated claim. */
export const reviewClaim = (id: string, status: ReviewStatusName, reviewer: string, note: string | null): Promise<ClaimDetailDto> =>
  sendJson<ClaimDetailDto>('PATCH', claimPath(id), note ? { status, reviewer, note } : { status, reviewer });

/** Download addresses of a claim's exports. */
export const claimExportUrls = (id: string) => ({
  annotations: `${claimPath(id)}/annotations`,
  csl: `${claimPath(id)}/cite?format=csl`,
  ris: `${claimPath(id)}/cite?format=ris`,
  claimReview: `${claimPath(id)}/claimreview`,
});

/** Entities, optionally of one kind and matching a name. */
export const listEntities = (filters: { kind?: string; q?: string }, signal?: AbortSignal): Promise<EntityListDto> => {
  const q = new URLSearchParams({ limit: '1000' });
  if (filters.kind) q.set('kind', filters.kind);
  if (filters.q) q.set('q', filters.q);
  return getJson<EntityListDto>(`/api/entities?${q.toString()}`, signal);
};

/** One entity with its names, members and every claim that names it. */
export const getEntity = (id: string, signal?: AbortSignal): Promise<EntityDetailDto> =>
  getJson<EntityDetailDto>(`/api/entities/${entitySegment(id)}`, signal);

/** An entity id as a path segment: the colon of `country:GB` is kept readable (it is legal in a path). */
const entitySegment = (id: string): string => encodeURIComponent(id).replace(/%3A/gi, ':');

/** Address of an entity's page. */
export const entityPageUrl = (id: string): string => `/entities/${entitySegment(id)}`;

/**
 * The reader link of a citation (`/documents/<id>#s-<n>`) with the quoted characters, so the
 * reader highlights the exact words within the sentence: `/documents/<id>?hl=<start>-<end>#s-<n>`.
 */
export function quoteLink(link: string, start: number, end: number): string {
  const hash = link.indexOf('#');
  const [base, fragment] = hash === -1 ? [link, ''] : [link.slice(0, hash), link.slice(hash)];
  return `${base}${base.includes('?') ? '&' : '?'}hl=${start}-${end}${fragment}`;
}
