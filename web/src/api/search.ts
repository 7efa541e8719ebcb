import type { SearchResponse } from '../../../api/schemas/search.ts';
import { getJson, isDocumentId } from './client.ts';

/** Block kinds the search can be narrowed to (the API's `kind` values). */
export const SEARCH_KINDS = ['body', 'title', 'heading', 'footnote', 'sidebar', 'quote', 'caption', 'boilerplate'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Default and largest number of hits the API returns in one answer. */
export const SEARCH_LIMIT = 20;
export const SEARCH_MAX_LIMIT = 100;

/** A search as kept in the page's query string; empty filters are left out. */
export interface SearchParams {
  q: string;
  lang?: 'fr' | 'en';
  doc?: string;
  from?: string;
  to?: string;
  kind?: SearchKind;
  limit?: number;
}

/** The filter keys, in the order they appear in URLs. */
export const SEARCH_FILTER_KEYS = ['lang', 'doc', 'from', 'to', 'kind'] as const;
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a search from a query string, dropping values the API would refuse (a hand-edited or
 * old URL then still searches, without the bad filter).
 */
export function parseSearchParams(params: URLSearchParams): SearchParams {
  const out: SearchParams = { q: (params.get('q') ?? '').trim() };
  const lang = params.get('lang');
  if (lang === 'fr' || lang === 'en') out.lang = lang;
  const doc = params.get('doc');
  if (doc && isDocumentId(doc)) out.doc = doc;
  const from = params.get('from');
  if (from && DATE.test(from)) out.from = from;
  const to = params.get('to');
  if (to && DATE.test(to)) out.to = to;
  const kind = params.get('kind');
  if (kind && (SEARCH_KINDS as readonly string[]).includes(kind)) out.kind = kind as SearchKind;
  const limit = Number(params.get('limit'));
  if (Number.isInteger(limit) && limit > SEARCH_LIMIT) out.limit = Math.min(limit, SEARCH_MAX_LIMIT);
  return out;
}

/** The query string of a search (without "?"), in a stable order. */
export function searchQueryString(p: SearchParams): string {
  const q = new URLSearchParams();
  if (p.q) q.set('q', p.q);
  for (const k of SEARCH_FILTER_KEYS) {
    const v = p[k];
    if (v) q.set(k, v);
  }
  if (p.limit && p.limit !== SEARCH_LIMIT) q.set('limit', String(p.limit));
  return q.toString();
}

/** Address of the results page for a query, e.g. from the header box. */
export const searchPageUrl = (p: SearchParams): string => `/search?${searchQueryString(p)}`;

/** Runs a hybrid search (full text in both languages + cross-lingual vectors). */
export const searchPassages = (p: SearchParams, signal?: AbortSignal): Promise<SearchResponse> =>
  getJson<SearchResponse>(`/api/search?${searchQueryString({ ...p, limit: p.limit ?? SEARCH_LIMIT })}`, signal);
