import type { AlignmentDto, EditDto, PairDto } from '../../../api/schemas/alignment.ts';
import { getJson, sendJson } from './client.ts';

/** Client for the language pairs and the alignment review routes (/api/pairs…). */

const base = (pairId: string) => `/api/pairs/${encodeURIComponent(pairId)}`;
const linkPath = (pairId: string, linkId: string, action: string) => `${base(pairId)}/links/${encodeURIComponent(linkId)}/${action}`;

/** Every known pair (detected, confirmed or rejected). */
export const listPairs = (signal?: AbortSignal): Promise<{ items: PairDto[] }> => getJson<{ items: PairDto[] }>('/api/pairs', signal);

/** Declares two library documents to be versions of one work; the server aligns them at once. */
export const createPair = (srcId: string, tgtId: string): Promise<PairDto> => sendJson<PairDto>('POST', '/api/pairs', { srcId, tgtId });

/** Confirms or rejects a detected pair. */
export const setPairStatus = (pairId: string, status: 'confirmed' | 'rejected', author: string): Promise<PairDto> =>
  sendJson<PairDto>('PATCH', base(pairId), { status, author });

/** The pair with its links in reading order. */
export const getAlignment = (pairId: string, signal?: AbortSignal): Promise<AlignmentDto> => getJson<AlignmentDto>(`${base(pairId)}/alignment`, signal);

/** The edit history of a pair, as the server orders it. */
export const listEdits = (pairId: string, signal?: AbortSignal): Promise<{ items: EditDto[] }> => getJson<{ items: EditDto[] }>(`${base(pairId)}/edits`, signal);

export type ReviewAction = 'confirm' | 'reject' | 'reset';

/** Every edit below answers the whole alignment after the change. */
export const reviewLink = (pairId: string, linkId: string, action: ReviewAction, author: string, note?: string): Promise<AlignmentDto> =>
  sendJson<AlignmentDto>('POST', linkPath(pairId, linkId, 'review'), note ? { action, author, note } : { action, author });

export const mergeLink = (pairId: string, linkId: string, direction: 'next' | 'previous', author: string): Promise<AlignmentDto> =>
  sendJson<AlignmentDto>('POST', linkPath(pairId, linkId, 'merge'), { direction, author });

/** Keeps the first `srcAt` source and `tgtAt` target sentences; the rest become a new link after it. */
export const splitLink = (pairId: string, linkId: string, srcAt: number, tgtAt: number, author: string): Promise<AlignmentDto> =>
  sendJson<AlignmentDto>('POST', linkPath(pairId, linkId, 'split'), { srcAt, tgtAt, author });

/** Sets exactly which sentences (by index) the link holds. */
export const relinkLink = (pairId: string, linkId: string, src: number[], tgt: number[], author: string): Promise<AlignmentDto> =>
  sendJson<AlignmentDto>('POST', linkPath(pairId, linkId, 'relink'), { src, tgt, author });

/** Re-runs the aligner; confirmed links are kept. */
export const realign = (pairId: string, author: string): Promise<AlignmentDto> => sendJson<AlignmentDto>('POST', `${base(pairId)}/realign`, { author });

export type ExportFormat = 'tmx' | 'tsv' | 'json';
export const EXPORT_FORMATS: ExportFormat[] = ['tmx', 'tsv', 'json'];

/** Download URL of the alignment (the server sends it as an attachment). */
export const exportUrl = (pairId: string, format: ExportFormat): string => `${base(pairId)}/export?format=${format}`;
