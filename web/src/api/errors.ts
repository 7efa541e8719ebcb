import type { Problem } from '../../../api/schemas/documents.ts';
import type { I18n } from '../i18n/I18nProvider.tsx';

/** Codes the UI adds to the server's: no answer at all, or an answer that is not problem+json. */
export type ClientErrorCode = 'NETWORK' | 'SERVER' | 'UNKNOWN';

/** One failed API call: the server's problem details (RFC 9457), or a client-side failure. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }

  /** Builds the error from a status and a body that may or may not be problem+json. */
  static fromBody(status: number, contentType: string | null, body: string): ApiError {
    if (contentType?.includes('json')) {
      try {
        const p = JSON.parse(body) as Partial<Problem>;
        return new ApiError(status, p.code ?? codeForStatus(status), p.title ?? `HTTP ${status}`, p.detail);
      } catch {
        // A JSON content type with a broken body: fall back to the status.
      }
    }
    return new ApiError(status, codeForStatus(status), `HTTP ${status}`, body.trim().slice(0, 300) || undefined);
  }

  /** Reads a failed `fetch` response. */
  static async fromResponse(res: Response): Promise<ApiError> {
    const body = await res.text().catch(() => '');
    return ApiError.fromBody(res.status, res.headers.get('content-type'), body);
  }

  /** A request that never got an answer. */
  static network(cause?: unknown): ApiError {
    const e = new ApiError(0, 'NETWORK', 'Network error');
    if (cause !== undefined) Object.defineProperty(e, 'cause', { value: cause });
    return e;
  }
}

/** Statuses some layers answer without a problem body (proxies, body-size limits). */
const codeForStatus = (status: number): string => {
  if (status === 413) return 'TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_FORMAT';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'DUPLICATE';
  if (status === 400 || status === 422) return 'INVALID_INPUT';
  if (status >= 500) return 'SERVER';
  return 'UNKNOWN';
};

/** What the UI shows for an error: a translated sentence and, when useful, the server's own words. */
export interface ErrorMessage {
  code: string;
  message: string;
  detail?: string;
}

/**
 * Turns any thrown value into a message in the interface language. Known codes get our own
 * wording; the server's `detail` is kept as a second line because it names the specific cause.
 */
export function handleError(err: unknown, i18n: Pick<I18n, 't' | 'tMaybe'>): ErrorMessage {
  if (err instanceof ApiError) {
    const known = i18n.tMaybe(`err.${err.code}`, { status: err.status });
    const message = known ?? (err.title && !err.title.startsWith('HTTP ') ? err.title : i18n.t('err.SERVER', { status: err.status }));
    const detail = err.detail && err.detail !== message ? err.detail : undefined;
    return detail ? { code: err.code, message, detail } : { code: err.code, message };
  }
  if (err instanceof DOMException && err.name === 'AbortError') return { code: 'ABORTED', message: '' };
  const detail = err instanceof Error ? err.message : undefined;
  return detail ? { code: 'UNKNOWN', message: i18n.t('err.UNKNOWN'), detail } : { code: 'UNKNOWN', message: i18n.t('err.UNKNOWN') };
}
