import { useCallback, useEffect, useState } from 'react';
import type { PairDto } from '../../../../api/schemas/alignment.ts';
import { listPairs } from '../../api/pairs.ts';

export type PairsState = { status: 'loading'; items: PairDto[] } | { status: 'ready'; items: PairDto[] } | { status: 'error'; items: PairDto[]; error: unknown };

/** Loads the pairs; `reload` fetches again and `replace` puts one updated pair in place. */
export function usePairs() {
  const [state, setState] = useState<PairsState>({ status: 'loading', items: [] });
  const [key, setKey] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => ({ status: 'loading', items: s.items }));
    listPairs(ctrl.signal).then(
      (res) => setState({ status: 'ready', items: res.items }),
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState((s) => ({ status: 'error', items: s.items, error }));
      },
    );
    return () => ctrl.abort();
  }, [key]);

  const reload = useCallback(() => setKey((k) => k + 1), []);
  const replace = useCallback((pair: PairDto) => setState((s) => ({ ...s, items: s.items.map((p) => (p.id === pair.id ? pair : p)) })), []);
  return { state, reload, replace };
}
