import type { DocumentDetail } from '../../../../api/schemas/documents.ts';
import { getDocument } from '../../api/client.ts';
import { useFetched, type Fetched } from '../../lib/useFetched.ts';

/** Loads one document with its blocks and sentences. */
export const useDocument = (id: string): Fetched<DocumentDetail> => useFetched(id, (signal) => getDocument(id, signal));
