import { useEffect, useState } from 'react';
import type { ClaimDetailDto } from '../../../../api/schemas/claims.ts';
import { getClaim } from '../../api/claims.ts';

type ClaimState = { status: 'loading' } | { status: 'ready'; claim: ClaimDetailDto } | { status: 'error'; error: unknown };

/** Loads one claim with its citations in context; `replace` lets the review panel update it in place. */
export function useClaim(id: string) {
  const [state, setState] = useState<ClaimState>({ status: 'loading' });
  useEffect(() => {
    const ctrl = new AbortController();
    setState({ status: 'loading' });
    getClaim(id, ctrl.signal).then(
      (claim) => setState({ status: 'ready', claim }),
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => ctrl.abort();
  }, [id]);
  const replace = (update: (claim: ClaimDetailDto) => ClaimDetailDto) => setState((s) => (s.status === 'ready' ? { status: 'ready', claim: update(s.claim) } : s));
  return { state, replace };
}
