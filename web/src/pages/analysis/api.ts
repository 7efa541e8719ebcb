import type { CompareDto, ConflictListDto, MembershipDto, StancesDto, TimelineDto } from '../../../../api/schemas/analysis.ts';
import { getJson } from '../../api/client.ts';

/** Fetch wrappers of the analysis endpoints (issue #5). */

export const getTimeline = (subject: string, predicate: string, signal?: AbortSignal): Promise<TimelineDto> =>
  getJson<TimelineDto>(`/api/timeline?${new URLSearchParams({ subject, predicate })}`, signal);

export const getStances = (actor: string, signal?: AbortSignal): Promise<StancesDto> =>
  getJson<StancesDto>(`/api/actors/${encodeURIComponent(actor)}/stances`, signal);

export function getMembership(group: string, date: string | null, signal?: AbortSignal): Promise<MembershipDto> {
  const q = new URLSearchParams({ group });
  if (date) q.set('date', date);
  return getJson<MembershipDto>(`/api/membership?${q}`, signal);
}

export function getConflicts(filters: { subject?: string | undefined; kind?: string | undefined }, signal?: AbortSignal): Promise<ConflictListDto> {
  const q = new URLSearchParams();
  if (filters.subject) q.set('subject', filters.subject);
  if (filters.kind) q.set('kind', filters.kind);
  return getJson<ConflictListDto>(`/api/conflicts${q.size ? `?${q}` : ''}`, signal);
}

export const getComparison = (a: string, b: string, signal?: AbortSignal): Promise<CompareDto> =>
  getJson<CompareDto>(`/api/compare?${new URLSearchParams({ a, b })}`, signal);
