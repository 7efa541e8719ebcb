import type { BlockDto } from '../../../../api/schemas/documents.ts';

/** A detected language, as the API reports it. */
export type DetectedLang = BlockDto['lang'];
