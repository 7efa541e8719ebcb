import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { ClaimDto } from '../../../../api/schemas/claims.ts';
import { listClaims } from '../../api/claims.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { LangBadge } from '../../components/LangBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ModalityBadge } from './Badges.tsx';
import { useDocDate } from './DocDates.tsx';
import { formatTime, objectText, predicateLabel, sameValue } from './format.ts';

type OthersState = { status: 'loading' } | { status: 'ready'; items: ClaimDto[] } | { status: 'error'; error: unknown };

/** The most claims of one subject and predicate fetched for the panel. */
const OTHERS_LIMIT = 200;

/**
 * Claims with the same subject and predicate cited from other documents than this claim's.
 * Those saying something else (another object, another value) are marked: that is where a
 * fact-checker looks for disagreement.
 */
export function OtherSources({ claim }: { claim: ClaimDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  const formatDocDate = useDocDate();
  const [state, setState] = useState<OthersState>({ status: 'loading' });
  const docs = claim.citations.map((c) => c.documentId).join(',');

  useEffect(() => {
    const ctrl = new AbortController();
    const own = new Set(docs.split(','));
    setState({ status: 'loading' });
    listClaims({ subject: claim.subject.id, predicate: claim.predicate }, ctrl.signal, OTHERS_LIMIT).then(
      (list) => setState({ status: 'ready', items: list.items.filter((c) => c.id !== claim.id && c.citations.some((x) => !own.has(x.documentId))) }),
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => ctrl.abort();
  }, [claim.id, claim.subject.id, claim.predicate, docs]);

  return (
    <section className="card other-sources" aria-labelledby="others-title" aria-busy={state.status === 'loading'} data-testid="other-sources">
      <h2 id="others-title">{t('trace.others')}</h2>
      <p className="hint">{t('trace.others.lead')}</p>
      {state.status === 'loading' && <p className="muted">{t('trace.others.loading')}</p>}
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      {state.status === 'ready' && state.items.length === 0 && <p className="muted">{t('trace.others.none')}</p>}
      {state.status === 'ready' && state.items.length > 0 && (
        <ul className="others-list">
          {state.items.map((o) => {
            const same = sameValue(claim, o);
            const first = o.citations[0];
            const date = formatDocDate(o.documentDate, first?.documentId);
            return (
              <li key={o.id} className={`other ${same ? 'is-same' : 'is-different'}`} data-same={same}>
                <span className={`other-verdict ${same ? 'verdict-same' : 'verdict-different'}`}>{t(same ? 'trace.others.same' : 'trace.others.different')}</span>
                <Link href={`/claims/${o.id}`} className="other-value">
                  {objectText(o, i18n) ?? (o.time ? formatTime(o.time, i18n) : predicateLabel(o.predicate, i18n))}
                </Link>
                {same && o.modality !== claim.modality && <span className="other-verdict verdict-modality">{t('trace.others.modality')}</span>}
                <ModalityBadge modality={o.modality} />
                {o.attribution && <span className="claim-attribution">{t('trace.according', { name: o.attribution.name })}</span>}
                {first && (
                  <span className="other-source">
                    <LangBadge lang={first.lang} /> {first.documentTitle}
                    {date && (
                      <>
                        {' · '}
                        <time dateTime={o.documentDate ?? undefined}>{date}</time>
                      </>
                    )}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
