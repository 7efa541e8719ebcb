/** Every way ingestion can fail on purpose. The API maps these codes to HTTP statuses in one place. */
export type IngestErrorCode =
  | 'UNSUPPORTED_FORMAT'
  | 'EMPTY_FILE'
  | 'TOO_LARGE'
  | 'PARSE_FAILED'
  | 'ENCRYPTED_PDF'
  | 'NO_TEXT_LAYER'
  | 'BAD_ENCODING'
  | 'LANG_UNSUPPORTED'
  | 'NO_CONTENT'
  | 'DUPLICATE'
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'DB_LOCKED';

/** A failure with a stable code and a message a person can act on. */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    readonly details: { file?: string; stage?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
  }
}

export const isIngestError = (e: unknown): e is IngestError => e instanceof IngestError;
