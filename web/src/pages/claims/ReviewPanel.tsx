import { useId, useState } from 'react';
import type { ClaimDetailDto, ClaimDto } from '../../../../api/schemas/claims.ts';
import { reviewClaim, type ReviewStatusName } from '../../api/claims.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { ReviewerField } from '../../components/ReviewerField.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useReviewer } from '../../lib/reviewer.ts';
import { ClaimStatusBadge } from './Badges.tsx';

/** The review fields of a claim, which is all a review changes. */
type ReviewFields = Pick<ClaimDto, 'status' | 'reviewer' | 'note' | 'reviewedAt'>;
const reviewFields = (c: ReviewFields): ReviewFields => ({ status: c.status, reviewer: c.reviewer, note: c.note, reviewedAt: c.reviewedAt });

interface Props {
  claim: ClaimDetailDto;
  /** Applies a change to the claim shown on the page. */
  onChange: (update: (claim: ClaimDetailDto) => ClaimDetailDto) => void;
}

/**
 * Confirm or reject the claim under the reviewer's name, with an optional note. The new status
 * shows at once; if the server refuses, the previous one comes back and the error is shown.
 */
export function ReviewPanel({ claim, onChange }: Props) {
  const { t, locale } = useI18n();
  const reviewerId = `${useId()}-reviewer`;
  const noteId = `${useId()}-note`;
  const reviewer = useReviewer();
  const [note, setNote] = useState(claim.note ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [announce, setAnnounce] = useState('');

  const review = async (status: ReviewStatusName) => {
    const name = reviewer.require(reviewerId);
    if (!name || saving) return;
    const before = reviewFields(claim);
    const text = note.trim() || null;
    onChange((c) => ({ ...c, status, reviewer: name, note: text }));
    setSaving(true);
    setError(null);
    setAnnounce(t('trace.review.saving'));
    try {
      const after = await reviewClaim(claim.id, status, name, text);
      onChange(() => after);
      setAnnounce(t(`trace.review.saved.${status}`));
    } catch (e) {
      onChange((c) => ({ ...c, ...before }));
      setError(e);
      setAnnounce(t('trace.review.failed'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card review-panel" aria-labelledby="review-title" data-testid="review-panel" data-status={claim.status}>
      <h2 id="review-title">{t('trace.review')}</h2>
      <p className="review-state">
        <span className="review-label">{t('trace.review.status')}</span> <ClaimStatusBadge status={claim.status} />
        {claim.status !== 'extracted' && claim.reviewer && (
          <span className="review-by" data-testid="review-by">
            {' '}
            {t('trace.review.by', { name: claim.reviewer })}
          </span>
        )}
        {claim.status !== 'extracted' && claim.reviewedAt && (
          <time className="muted" dateTime={claim.reviewedAt}>
            {' · '}
            {formatDateTime(claim.reviewedAt, locale)}
          </time>
        )}
      </p>
      {claim.note && (
        <p className="review-note">
          <span className="review-label">{t('trace.review.noteShown')}</span> {claim.note}
        </p>
      )}
      <ReviewerField id={reviewerId} value={reviewer.name} missing={reviewer.missing} onChange={reviewer.setName} />
      <div className="field">
        <label htmlFor={noteId}>{t('trace.review.note')}</label>
        <textarea id={noteId} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="review-actions">
        <button type="button" className="button act-confirm" aria-pressed={claim.status === 'confirmed'} disabled={saving} onClick={() => void review('confirmed')}>
          <span aria-hidden="true">✓</span> {t('trace.review.confirm')}
        </button>
        <button type="button" className="button act-reject" aria-pressed={claim.status === 'rejected'} disabled={saving} onClick={() => void review('rejected')}>
          <span aria-hidden="true">✗</span> {t('trace.review.reject')}
        </button>
        {claim.status !== 'extracted' && (
          <button type="button" className="button-quiet" disabled={saving} onClick={() => void review('extracted')}>
            {t('trace.review.reset')}
          </button>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      {error !== null && <ErrorNotice error={error} />}
    </section>
  );
}
