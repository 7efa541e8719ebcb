import { useEffect, useState } from 'react';
import type { EntityDetailDto, EntityListDto } from '../../../../api/schemas/claims.ts';
import { getEntity, listEntities } from '../../api/claims.ts';

export type Loaded<T> = { status: 'loading'; previous: T | null } | { status: 'ready'; data: T } | { status: 'error'; error: unknown };

/** Runs `load` when `key` changes; keeps the last answer while the next loads; aborts stale requests. */
function useLoaded<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading', previous: null });
  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => ({ status: 'loading', previous: s.status === 'ready' ? s.data : s.status === 'loading' ? s.previous : null }));
    load(ctrl.signal).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => ctrl.abort();
    // `key` stands for the arguments `load` closes over.
  }, [key]);
  return state;
}

/** The entity list for a kind and a name search. */
export const useEntityList = (kind: string | undefined, q: string | undefined): Loaded<EntityListDto> =>
  useLoaded(`${kind ?? ''}\u0000${q ?? ''}`, (signal) => listEntities({ kind, q }, signal));

/** One entity with its claims. */
export const useEntity = (id: string): Loaded<EntityDetailDto> => useLoaded(id, (signal) => getEntity(id, signal));
