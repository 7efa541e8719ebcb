import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatPercent } from '../../lib/format.ts';
import type { UploadState } from './useUpload.ts';

/** Progress bar, stage and outcome of the current upload. */
export function UploadStatus({ state }: { state: UploadState }) {
  const { t, tMaybe, locale } = useI18n();
  if (state.phase === 'idle') return null;

  let fraction = 1;
  let label = '';
  if (state.phase === 'uploading') {
    fraction = state.fraction;
    label = t('upload.state.uploading');
  } else if (state.phase === 'processing') {
    fraction = state.job.progress;
    const stage = state.job.stage;
    label =
      state.job.state === 'queued' || !stage
        ? t('upload.state.queued')
        : t('upload.state.running', { stage: tMaybe(`stage.${stage}`) ?? stage });
  }
  const pct = formatPercent(fraction, locale);
  const showBar = state.phase !== 'error' && state.phase !== 'duplicate';

  return (
    <div className="upload-status" data-testid="upload-status" data-state={state.phase}>
      {showBar && (
        <div className="progress-row">
          <div
            className={`progress progress-${state.phase}`}
            role="progressbar"
            aria-label={t('upload.progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(fraction * 100)}
            aria-valuetext={`${pct} — ${label || t('upload.state.done', { name: '' })}`}
          >
            <div className="progress-fill" style={{ width: `${Math.round(fraction * 1000) / 10}%` }} />
          </div>
          <span className="progress-pct" aria-hidden="true">
            {pct}
          </span>
        </div>
      )}
      {(state.phase === 'uploading' || state.phase === 'processing') && (
        <p className="progress-label" role="status">
          {label}
        </p>
      )}
      {state.phase === 'done' && (
        <div className="notice notice-success" role="status">
          <p className="notice-message">{t('upload.state.done', { name: state.filename })}</p>
          <Link href={`/documents/${state.documentId}`} className="button">
            {t('upload.open')} →
          </Link>
        </div>
      )}
      {state.phase === 'duplicate' && (
        <div className="notice notice-info" role="status">
          <p className="notice-message">{t('upload.state.duplicate')}</p>
          {state.title && <p className="notice-detail">{state.title}</p>}
          <Link href={`/documents/${state.documentId}`} className="button">
            {t('upload.openExisting')} →
          </Link>
        </div>
      )}
      {state.phase === 'error' && <ErrorNotice error={state.error} />}
    </div>
  );
}
