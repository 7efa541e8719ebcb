import { useCallback, useEffect, useRef, useState } from 'react';
import type { AlignmentDto } from '../../../../api/schemas/alignment.ts';
import { getAlignment } from '../../api/pairs.ts';

export type AlignmentState = { status: 'loading' } | { status: 'ready'; data: AlignmentDto } | { status: 'error'; error: unknown };

/**
 * Loads a pair's alignment and runs edits on it. Every edit answers the whole alignment, which
 * replaces the shown one; `revision` counts successful edits so the history can refresh. One edit
 * at a time: a second one while `busy` is ignored rather than queued.
 */
export function useAlignment(pairId: string) {
  const [state, setState] = useState<AlignmentState>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [revision, setRevision] = useState(0);
  const busyRef = useRef(false);

  useEffect(() => {
    const ctrl = new AbortController();
    setState({ status: 'loading' });
    getAlignment(pairId, ctrl.signal).then(
      (data) => setState({ status: 'ready', data }),
      (e: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'error', error: e });
      },
    );
    return () => ctrl.abort();
  }, [pairId]);

  const run = useCallback(async (edit: () => Promise<AlignmentDto>): Promise<AlignmentDto | null> => {
    if (busyRef.current) return null;
    busyRef.current = true;
    setBusy(true);
    setError(null);
    try {
      const data = await edit();
      setState({ status: 'ready', data });
      setRevision((r) => r + 1);
      return data;
    } catch (e) {
      setError(e);
      return null;
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { state, busy, error, clearError, revision, run };
}
