import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { DocumentSummary } from '../../../../api/schemas/documents.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatPublished } from '../../lib/format.ts';
import { useDocumentOptions } from '../search/useDocumentOptions.ts';

/**
 * Claims carry their documents' dates as plain ISO days, but "2025-03-01" may stand for
 * "March 2025". The library knows each document's precision: a page that shows claims loads
 * the list once (it also fills the document filter) and formats every date at its precision.
 */
const LibraryContext = createContext<DocumentSummary[]>([]);

export function LibraryDocumentsProvider({ children }: { children: ReactNode }) {
  const documents = useDocumentOptions();
  return <LibraryContext value={documents}>{children}</LibraryContext>;
}

/** The library's documents, sorted by title (empty until loaded, or if the list failed). */
export const useLibraryDocuments = (): DocumentSummary[] => useContext(LibraryContext);

/** Formats a document's date ("mars 2025", "18 January 2026"); day precision while the library is not known. */
export function useDocDate(): (iso: string | null, documentId: string | undefined) => string | null {
  const { locale } = useI18n();
  const documents = useContext(LibraryContext);
  const precisions = useMemo(() => new Map(documents.map((d) => [d.id, d.datePrecision] as const)), [documents]);
  return useCallback((iso, documentId) => formatPublished(iso, (documentId && precisions.get(documentId)) || 'day', locale), [precisions, locale]);
}
