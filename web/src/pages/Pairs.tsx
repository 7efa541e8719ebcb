import { useEffect, useId, useState } from 'react';
import { useLocation } from 'wouter';
import type { PairDto } from '../../../api/schemas/alignment.ts';
import { setPairStatus } from '../api/pairs.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ReviewerField } from '../components/ReviewerField.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatCount, pluralOf } from '../lib/format.ts';
import { useReviewer } from '../lib/reviewer.ts';
import { DeclarePairForm } from './pairs/DeclarePairForm.tsx';
import { PairTable } from './pairs/PairTable.tsx';
import { usePairs } from './pairs/usePairs.ts';

/** /pairs — the language versions known to Concorde, their review progress, and a form to declare one. */
export function PairsPage() {
  const { t, locale } = useI18n();
  const id = useId();
  const reviewerId = `${id}-reviewer`;
  const reviewer = useReviewer();
  const { state, replace } = usePairs();
  const [, navigate] = useLocation();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    document.title = `${t('pairs.title')} — ${t('app.name')}`;
    return () => {
      document.title = t('app.name');
    };
  }, [t]);

  const onStatus = async (pair: PairDto, status: 'confirmed' | 'rejected') => {
    const author = reviewer.require(reviewerId);
    if (!author) return;
    setBusyId(pair.id);
    setActionError(null);
    try {
      replace(await setPairStatus(pair.id, status, author));
      setAnnounce(t(status === 'confirmed' ? 'pairs.didConfirm' : 'pairs.didReject', { title: pair.src.title }));
    } catch (e) {
      setActionError(e);
    } finally {
      setBusyId(null);
    }
  };

  const n = state.items.length;
  return (
    <div className="page pairs">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('pairs.title')}</h1>
          <p className="lead">{t('pairs.intro')}</p>
        </div>
        <ReviewerField id={reviewerId} value={reviewer.name} missing={reviewer.missing} onChange={reviewer.setName} />
      </div>
      <section className="pairs-list" aria-labelledby={`${id}-list`} aria-busy={state.status === 'loading'}>
        <div className="section-head">
          <h2 id={`${id}-list`}>{t('pairs.caption')}</h2>
          {state.status === 'ready' && <p className="muted count">{t(`pairs.count.${pluralOf(n, locale)}`, { n: formatCount(n, locale) })}</p>}
        </div>
        {state.status === 'error' && <ErrorNotice error={state.error} />}
        {actionError !== null && <ErrorNotice error={actionError} />}
        {state.status === 'loading' && n === 0 && <p className="muted">{t('pairs.loading')}</p>}
        {state.status === 'ready' && n === 0 && <p className="empty">{t('pairs.empty')}</p>}
        {n > 0 && <PairTable items={state.items} busyId={busyId} onStatus={(p, s) => void onStatus(p, s)} />}
        <p className="visually-hidden" role="status">
          {announce}
        </p>
      </section>
      <DeclarePairForm onCreated={(pair) => navigate(`/pairs/${pair.id}`)} />
    </div>
  );
}
