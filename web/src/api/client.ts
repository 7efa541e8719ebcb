import type { DocumentDetail, DocumentList, JobDto } from '../../../api/schemas/documents.ts';
import { authHeaders } from '../lib/api-token.ts';
import { ApiError } from './errors.ts';

/** GETs JSON from the API; any non-2xx answer becomes an ApiError. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { accept: 'application/json', ...authHeaders() }, signal: signal ?? null });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw ApiError.network(e);
  }
  if (!res.ok) throw await ApiError.fromResponse(res);
  return (await res.json()) as T;
}

/** Sends a JSON body (POST, PATCH…) and reads the JSON answer; any non-2xx answer becomes an ApiError. */
export async function sendJson<T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: { accept: 'application/json', 'content-type': 'application/json', ...authHeaders() },
      body: JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw ApiError.network(e);
  }
  if (!res.ok) throw await ApiError.fromResponse(res);
  return (await res.json()) as T;
}

/** Library filters, as sent to GET /api/documents (empty values are left out). */
export interface DocumentFilters {
  lang?: string;
  kind?: string;
  from?: string;
  to?: string;
}

/** The most the API returns in one list; the library shows them all and says when there are more. */
export const LIST_LIMIT = 1000;

/** Lists documents matching the filters. */
export function listDocuments(filters: DocumentFilters, signal?: AbortSignal): Promise<DocumentList> {
  const q = new URLSearchParams({ limit: String(LIST_LIMIT) });
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
  const qs = q.toString();
  return getJson<DocumentList>(`/api/documents${qs ? `?${qs}` : ''}`, signal);
}

/** Whether a string has the shape of a document id (as the API checks it), e.g. in a hand-edited URL. */
export const isDocumentId = (s: string): boolean => /^[0-9a-f]{16}$/.test(s);

/** One document with its blocks and sentences. */
export const getDocument = (id: string, signal?: AbortSignal): Promise<DocumentDetail> =>
  getJson<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`, signal);

/** The state of an ingestion job. */
export const getJob = (id: string, signal?: AbortSignal): Promise<JobDto> =>
  getJson<JobDto>(`/api/jobs/${encodeURIComponent(id)}`, signal);

/** URL of the clean text, for the "plain text" link. */
export const documentTextUrl = (id: string): string => `/api/documents/${encodeURIComponent(id)}/text`;
