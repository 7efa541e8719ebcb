import { useId, type ReactNode } from 'react';
import { useSearchParams } from 'wouter';
import type { AnalysisClaimDto, CompareDto } from '../../../api/schemas/analysis.ts';
import { isDocumentId, listDocuments } from '../api/client.ts';
import { DocumentOptions } from '../components/DocumentOptions.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { withParam } from '../lib/search-params.ts';
import { ModalityBadge } from './claims/Badges.tsx';
import { claimSummary } from './claims/format.ts';
import { getComparison } from './analysis/api.ts';
import { ClaimSources, CitationLine } from './analysis/ClaimSources.tsx';
import { ConflictCard } from './analysis/ConflictCard.tsx';
import { useFetched, shownData } from '../lib/useFetched.ts';

/** /compare?a=&b= — claims in both documents, only in one, or in conflict; per aligned passage for a pair. */
export function ComparePage() {
  const { t } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const a = isDocumentId(params.get('a') ?? '') ? params.get('a')! : '';
  const b = isDocumentId(params.get('b') ?? '') ? params.get('b')! : '';
  const docs = useFetched('docs', (signal) => listDocuments({}, signal));
  const ready = a && b && a !== b;
  const state = useFetched(ready ? `${a}\u0000${b}` : null, (signal) => getComparison(a, b, signal));
  const cmp = shownData(state);

  usePageTitle(t('compare.title'));

  const set = (key: 'a' | 'b', value: string) => setParams(withParam(params, key, value), { replace: true });
  const items = docs.status === 'ready' ? docs.data.items : [];
  const picker = (key: 'a' | 'b', value: string) => (
    <div className="field field-wide">
      <label htmlFor={`${id}-${key}`}>{t(key === 'a' ? 'compare.a' : 'compare.b')}</label>
      <select id={`${id}-${key}`} value={value} onChange={(e) => set(key, e.target.value)} data-testid={`compare-${key}`}>
        <option value="">—</option>
        <DocumentOptions documents={items} selected={value} />
      </select>
    </div>
  );

  return (
    <div className="page analysis-page compare-page">
      <h1 className="page-title">{t('compare.title')}</h1>
      <p className="lead">{t('compare.lead')}</p>
      <form className="an-controls" onSubmit={(e) => e.preventDefault()}>
        {picker('a', a)}
        {picker('b', b)}
      </form>
      {docs.status === 'error' && <ErrorNotice error={docs.error} />}
      {!ready && <p className="empty">{t('compare.pick')}</p>}
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      {state.status === 'loading' && !cmp && <p className="muted" role="status">{t('an.loading')}</p>}
      {ready && cmp && <ComparisonView cmp={cmp} />}
    </div>
  );
}

function ComparisonView({ cmp }: { cmp: CompareDto }) {
  const { t } = useI18n();
  return (
    <div className="an-compare" data-testid="comparison">
      <p className="muted" role="status">
        {t('compare.counts', { both: cmp.both.length, onlyA: cmp.onlyA.length, onlyB: cmp.onlyB.length, conflicts: cmp.conflicts.length })}
      </p>
      {cmp.conflicts.length > 0 && (
        <section className="an-compare-conflicts" aria-labelledby="cmp-conflicts" data-testid="compare-conflicts">
          <h2 id="cmp-conflicts">{t('compare.conflicts')}</h2>
          <ol className="an-conflict-list">
            {cmp.conflicts.map((c) => (
              <li key={c.id}>
                <ConflictCard conflict={c} />
              </li>
            ))}
          </ol>
        </section>
      )}
      <Columns part={cmp} a={cmp.a.title} b={cmp.b.title} testIds />
      {cmp.passages && (
        <section aria-labelledby="cmp-passages" className="an-passages">
          <h2 id="cmp-passages">{t('compare.byPassage')}</h2>
          <p className="muted">{t('compare.pair', { n: cmp.passages.filter((p) => p.passage).length })}</p>
          {cmp.passages.map((p) => (
            <details key={p.passage?.id ?? 'outside'} className="an-passage">
              <summary>
                {p.passage ? t('compare.passage', { a: p.passage.a.map((i) => i + 1).join(', '), b: p.passage.b.map((i) => i + 1).join(', ') }) : t('compare.outside')} —{' '}
                {t('compare.counts', { both: p.both.length, onlyA: p.onlyA.length, onlyB: p.onlyB.length, conflicts: p.conflicts.length })}
              </summary>
              <Columns part={p} a={cmp.a.title} b={cmp.b.title} />
            </details>
          ))}
        </section>
      )}
    </div>
  );
}

type Part = Pick<CompareDto, 'both' | 'onlyA' | 'onlyB'>;

/** Three columns: both, only A, only B. */
function Columns({ part, a, b, testIds = false }: { part: Part; a: string; b: string; testIds?: boolean }) {
  const { t } = useI18n();
  const col = (key: string, title: string, sub: string, children: ReactNode[]) => (
    <section className={`an-col an-col-${key}`} data-testid={testIds ? `compare-${key}` : undefined} aria-label={title}>
      <h3>
        {title} <span className="muted">({children.length})</span>
      </h3>
      <p className="muted an-col-doc">{sub}</p>
      {children.length ? <ul className="an-claims">{children}</ul> : <p className="muted">{t('compare.none')}</p>}
    </section>
  );
  return (
    <div className="an-columns">
      {col(
        'both',
        t('compare.both'),
        `${a} · ${b}`,
        part.both.map((s) => (
          <li key={`${s.a.id}:${s.b.id}`} data-claim={s.a.id}>
            <ClaimLine claim={s.a} />
            {s.a.id === s.b.id ? (
              <ClaimSources claim={s.a} />
            ) : (
              <>
                <ClaimSources claim={s.a} />
                {s.b.citations.map((c) => (
                  <CitationLine key={`${c.documentId}:${c.start}`} citation={c} />
                ))}
              </>
            )}
          </li>
        )),
      )}
      {col('onlyA', t('compare.onlyA'), a, part.onlyA.map((c) => <OnlyItem key={c.id} claim={c} />))}
      {col('onlyB', t('compare.onlyB'), b, part.onlyB.map((c) => <OnlyItem key={c.id} claim={c} />))}
    </div>
  );
}

function ClaimLine({ claim }: { claim: AnalysisClaimDto }) {
  const i18n = useI18n();
  return (
    <p className="an-claim-line">
      <strong>{claimSummary(claim, i18n)}</strong> <ModalityBadge modality={claim.modality} />
    </p>
  );
}

function OnlyItem({ claim }: { claim: AnalysisClaimDto }) {
  return (
    <li data-claim={claim.id}>
      <ClaimLine claim={claim} />
      <ClaimSources claim={claim} />
    </li>
  );
}
