import { z } from '@hono/zod-openapi';

/** Shapes several resources share, written once so the API refuses the same inputs everywhere. */

/** A document id: the first 16 hex digits of the sha256 of its bytes. */
export const DOCUMENT_ID_PATTERN = /^[0-9a-f]{16}$/;
export const DocumentId = z.string().regex(DOCUMENT_ID_PATTERN, 'a document id is 16 hex digits');

/** A document's language: French, English, or undetermined. */
export const DocLang = z.enum(['fr', 'en', 'und']);
