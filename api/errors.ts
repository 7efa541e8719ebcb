import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { isIngestError, type IngestErrorCode } from '../ingest/errors.ts';

/** An error the API means to return: status, stable code, and words for people. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
  ) {
    super(detail ?? title);
  }
}

const INGEST_STATUS: Record<IngestErrorCode, [ContentfulStatusCode, string]> = {
  UNSUPPORTED_FORMAT: [415, 'Unsupported file type'],
  EMPTY_FILE: [422, 'Empty file'],
  TOO_LARGE: [413, 'File too large'],
  PARSE_FAILED: [422, 'The file could not be read'],
  ENCRYPTED_PDF: [422, 'Encrypted PDF'],
  NO_TEXT_LAYER: [422, 'No text layer'],
  BAD_ENCODING: [422, 'Unreadable text encoding'],
  LANG_UNSUPPORTED: [422, 'Unsupported language'],
  NO_CONTENT: [422, 'No readable text'],
  DUPLICATE: [409, 'Already present'],
  NOT_FOUND: [404, 'Not found'],
  INVALID_INPUT: [400, 'Invalid request'],
  DB_LOCKED: [503, 'Database in use'],
};

export const PROBLEM_TYPE = 'https://concorde.invalid/problems/';

/** Writes RFC 9457 problem details. */
export function problem(c: Context, status: ContentfulStatusCode, code: string, title: string, detail?: string): Response {
  const body = { type: PROBLEM_TYPE + code.toLowerCase().replace(/_/g, '-'), title, status, code, ...(detail ? { detail } : {}), instance: c.req.path };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json' });
}

/** The one place where errors become HTTP responses. Unknown errors are logged and become a 500. */
export function onError(err: Error, c: Context, log: (msg: string) => void = console.error): Response {
  if (err instanceof AppError) return problem(c, err.status, err.code, err.title, err.detail);
  if (isIngestError(err)) {
    const [status, title] = INGEST_STATUS[err.code];
    return problem(c, status, err.code, title, err.message);
  }
  if (err instanceof ZodError) {
    return problem(c, 400, 'INVALID_INPUT', 'Invalid request', err.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
  }
  if (err instanceof HTTPException) {
    return problem(c, err.status as ContentfulStatusCode, `HTTP_${err.status}`, err.message || 'Request failed');
  }
  log(`unhandled error on ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
  return problem(c, 500, 'INTERNAL', 'Internal error', 'Something went wrong on our side; the error was logged.');
}

export const notFound = (what: string, id: string): AppError => new AppError(404, 'NOT_FOUND', 'Not found', `No ${what} with id ${id}.`);
