import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../../api/schemas/documents.ts';
import { listDocuments } from '../../api/client.ts';

/**
 * The library's documents, for the search's document filter. A failure leaves the list empty:
 * the filter is a convenience and the search itself still works.
 */
export function useDocumentOptions(): DocumentSummary[] {
  const [items, setItems] = useState<DocumentSummary[]>([]);
  useEffect(() => {
    const ctrl = new AbortController();
    listDocuments({}, ctrl.signal).then(
      (list) => setItems([...list.items].sort((a, b) => (a.title || a.filename).localeCompare(b.title || b.filename))),
      () => setItems([]),
    );
    return () => ctrl.abort();
  }, []);
  return items;
}
