import { useEffect, useState } from 'react';
import type { SearchResponse } from '../../../../api/schemas/search.ts';
import { searchPassages, searchQueryString, type SearchParams } from '../../api/search.ts';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; previous: SearchResponse | null }
  | { status: 'ready'; result: SearchResponse }
  | { status: 'error'; error: unknown };

/**
 * Runs the search whenever its parameters change (nothing while the query is empty). The last
 * answer stays visible, dimmed, while the next one loads; a newer search aborts an older one.
 */
export function useSearch(params: SearchParams): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  // One string as the dependency: the params object is rebuilt on every render.
  const key = searchQueryString(params);

  useEffect(() => {
    if (!params.q) {
      setState({ status: 'idle' });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ status: 'loading', previous: s.status === 'ready' ? s.result : s.status === 'loading' ? s.previous : null }));
    searchPassages(params, ctrl.signal).then(
      (result) => setState({ status: 'ready', result }),
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => ctrl.abort();
    // `key` stands for `params`: same string, same search.
  }, [key]);

  return state;
}
