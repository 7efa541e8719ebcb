import { Link } from 'wouter';
import { ApiError } from '../../api/errors.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';

/**
 * A claim or entity page that could not load: "not found" for a missing id (a malformed id is
 * refused as invalid input; to the reader it is simply not there), the error otherwise, and a way back.
 */
export function LoadFailed({ error, notFound, backHref, backLabel }: { error: unknown; notFound: string; backHref: string; backLabel: string }) {
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return (
    <div className="page narrow">
      {missing ? (
        <div className="notice notice-error" role="alert" data-code="NOT_FOUND">
          <p className="notice-message">{notFound}</p>
        </div>
      ) : (
        <ErrorNotice error={error} />
      )}
      <p>
        <Link href={backHref}>← {backLabel}</Link>
      </p>
    </div>
  );
}
