import { useEffect, useState } from 'react';
import type { ClaimListDto } from '../../../../api/schemas/claims.ts';
import { claimQueryString, listClaims, type ClaimFilters } from '../../api/claims.ts';

export type ClaimsState =
  | { status: 'loading'; previous: ClaimListDto | null }
  | { status: 'ready'; result: ClaimListDto }
  | { status: 'error'; error: unknown };

/**
 * Lists claims whenever the filters change. The last page stays on screen, dimmed, while the
 * next one loads (the facets do not jump); a newer request aborts an older one.
 */
export function useClaims(filters: ClaimFilters): ClaimsState {
  const [state, setState] = useState<ClaimsState>({ status: 'loading', previous: null });
  // One string as the dependency: the filters object is rebuilt on every render.
  const key = claimQueryString(filters);

  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => ({ status: 'loading', previous: s.status === 'ready' ? s.result : s.status === 'loading' ? s.previous : null }));
    listClaims(filters, ctrl.signal).then(
      (result) => setState({ status: 'ready', result }),
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => ctrl.abort();
    // `key` stands for `filters`: same string, same request.
  }, [key]);

  return state;
}
