import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../../api/schemas/documents.ts';
import { listDocuments, type DocumentFilters } from '../../api/client.ts';

export type DocumentsState =
  | { status: 'loading'; items: DocumentSummary[] }
  | { status: 'ready'; items: DocumentSummary[]; total: number }
  | { status: 'error'; items: DocumentSummary[]; error: unknown };

/**
 * Loads the document list for the filters; `reloadKey` forces a refresh (after an upload).
 * Previous items stay visible while the next page of results loads. Also remembers every kind
 * seen so the kind filter keeps its options when a filter narrows the list.
 */
export function useDocuments(filters: DocumentFilters, reloadKey: number) {
  const [state, setState] = useState<DocumentsState>({ status: 'loading', items: [] });
  const [kinds, setKinds] = useState<string[]>([]);
  const { lang, kind, from, to } = filters;

  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => ({ status: 'loading', items: s.items }));
    listDocuments({ lang, kind, from, to }, ctrl.signal).then(
      (list) => {
        setState({ status: 'ready', items: list.items, total: list.total });
        setKinds((prev) => {
          const next = new Set(prev);
          for (const d of list.items) if (d.kind) next.add(d.kind);
          return next.size === prev.length ? prev : [...next].sort((a, b) => a.localeCompare(b));
        });
      },
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState((s) => ({ status: 'error', items: s.items, error }));
      },
    );
    return () => ctrl.abort();
  }, [lang, kind, from, to, reloadKey]);

  return { state, kinds };
}
