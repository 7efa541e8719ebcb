import { useEffect, useState } from 'react';
import type { DocumentDetail } from '../../../../api/schemas/documents.ts';
import { getDocument } from '../../api/client.ts';

export type DocumentState = { status: 'loading' } | { status: 'ready'; doc: DocumentDetail } | { status: 'error'; error: unknown };

/** Loads one document with its blocks and sentences. */
export function useDocument(id: string): DocumentState {
  const [state, setState] = useState<DocumentState>({ status: 'loading' });
  useEffect(() => {
    const ctrl = new AbortController();
    setState({ status: 'loading' });
    getDocument(id, ctrl.signal).then(
      (doc) => setState({ status: 'ready', doc }),
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => ctrl.abort();
  }, [id]);
  return state;
}
