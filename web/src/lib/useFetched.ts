import { useEffect, useState } from 'react';

export type Fetched<T> = { status: 'idle' } | { status: 'loading'; previous: T | null } | { status: 'ready'; data: T } | { status: 'error'; error: unknown };

/** What is shown before the first answer: nothing to load, or loading with nothing to show yet. */
const initial = <T,>(key: string | null): Fetched<T> => (key === null ? { status: 'idle' } : { status: 'loading', previous: null });

/**
 * Loads `load()` whenever `key` changes (null = nothing to load), aborting the previous request.
 * The last answer stays available (`previous`) while the next one loads, so pages can keep it on
 * screen, dimmed. `key` is one string standing for everything `load` closes over.
 */
export function useFetched<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Fetched<T> {
  return useFetchedWithUpdate(key, load)[0];
}

/** Changes the loaded answer in place (after an edit the server took), without loading it again. */
export type UpdateFetched<T> = (change: (data: T) => T) => void;

/**
 * `useFetched`, plus `update` to change the answer on screen. An update made for an earlier key
 * (a reply arriving after the user moved on) or before the answer is ready is dropped.
 */
export function useFetchedWithUpdate<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): [Fetched<T>, UpdateFetched<T>] {
  // The state remembers which key it answers, so the render right after the key changes (before
  // the effect runs) says "loading" instead of passing the old answer off as the new one.
  const [state, setState] = useState<{ key: string | null; fetched: Fetched<T> }>(() => ({ key, fetched: initial(key) }));
  useEffect(() => {
    if (key === null) {
      setState({ key, fetched: { status: 'idle' } });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ key, fetched: { status: 'loading', previous: shownData(s.fetched) } }));
    load(ctrl.signal).then(
      (data) => {
        if (!ctrl.signal.aborted) setState({ key, fetched: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ key, fetched: { status: 'error', error } });
      },
    );
    return () => ctrl.abort();
    // `load` is rebuilt each render; `key` names what it loads.
  }, [key]);
  const update: UpdateFetched<T> = (change) =>
    setState((s) => (s.key === key && s.fetched.status === 'ready' ? { key, fetched: { status: 'ready', data: change(s.fetched.data) } } : s));
  if (state.key === key) return [state.fetched, update];
  return [key === null ? { status: 'idle' } : { status: 'loading', previous: shownData(state.fetched) }, update];
}

/** What to show now: the answer, or while the next one loads the previous answer (null before any). */
export const shownData = <T,>(state: Fetched<T>): T | null => (state.status === 'ready' ? state.data : state.status === 'loading' ? state.previous : null);
