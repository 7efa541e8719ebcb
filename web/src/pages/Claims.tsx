import { useMemo, useRef } from 'react';
import { useSearchParams } from 'wouter';
import type { ClaimListDto } from '../../../api/schemas/claims.ts';
import { CLAIM_FILTER_KEYS, CLAIMS_PAGE_SIZE, claimQueryString, parseClaimParams, type ClaimFilterKey, type ClaimFilters } from '../api/claims.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { shownData } from '../lib/useFetched.ts';
import { formatCount, pluralOf } from '../lib/format.ts';
import { ClaimFilterForm } from './claims/ClaimFilterForm.tsx';
import { ClaimTable } from './claims/ClaimTable.tsx';
import { LibraryDocumentsProvider, useLibraryDocuments } from './claims/DocDates.tsx';
import { FacetPanel } from './claims/FacetPanel.tsx';
import { Pager } from './claims/Pager.tsx';
import { useClaims } from './claims/useClaims.ts';

/** Names of the entities a list mentions, for the filter chips. */
const namesOf = (list: ClaimListDto | null): Map<string, string> => {
  const names = new Map<string, string>();
  if (!list) return names;
  for (const f of list.facets.subject) if (f.label) names.set(f.value, f.label);
  for (const c of list.items) {
    names.set(c.subject.id, c.subject.name);
    if (c.object) names.set(c.object.id, c.object.name);
  }
  return names;
};

/** /claims — the claims explorer. Filters and page live in the query string, so a view can be shared. */
export function ClaimsPage() {
  return (
    <LibraryDocumentsProvider>
      <ClaimsView />
    </LibraryDocumentsProvider>
  );
}

function ClaimsView() {
  const { t, locale } = useI18n();
  const [urlParams, setUrlParams] = useSearchParams();
  const filters = useMemo(() => parseClaimParams(urlParams), [urlParams]);
  const documents = useLibraryDocuments();
  const state = useClaims(filters);
  const shown = shownData(state);
  const names = useMemo(() => namesOf(shown), [shown]);
  const tableTop = useRef<HTMLDivElement>(null);

  usePageTitle(t('claims.title'));

  /** Any filter change starts again at the first page; replacing the entry keeps Back useful. */
  const update = (next: ClaimFilters) => setUrlParams(new URLSearchParams(claimQueryString({ ...next, offset: undefined })), { replace: true });
  const pick = (key: ClaimFilterKey, value: string | undefined) => update({ ...filters, [key]: value });
  const goTo = (offset: number) => {
    setUrlParams(new URLSearchParams(claimQueryString({ ...filters, offset })));
    tableTop.current?.scrollIntoView({ block: 'start' });
  };
  const filtered = CLAIM_FILTER_KEYS.some((k) => filters[k]);
  const total = state.status === 'ready' ? state.data.total : null;

  return (
    <div className="page wide claims-page">
      <h1 className="page-title">{t('claims.title')}</h1>
      <p className="lead">{t('claims.lead')}</p>
      <ClaimFilterForm filters={filters} documents={documents} entityNames={names} onChange={update} />
      <div className="claims-layout">
        {shown && <FacetPanel facets={shown.facets} filters={filters} onPick={pick} />}
        <section className="claims-results" aria-labelledby="claims-results-title" aria-busy={state.status === 'loading'} data-state={state.status} ref={tableTop}>
          <div className="section-head">
            <h2 id="claims-results-title">{t('claims.caption')}</h2>
            <p className="muted count" role="status">
              {state.status === 'loading' && t('claims.loading')}
              {total !== null && t(`claims.count.${pluralOf(total, locale)}`, { n: formatCount(total, locale) })}
            </p>
          </div>
          {state.status === 'error' && <ErrorNotice error={state.error} />}
          {state.status === 'ready' && state.data.items.length === 0 && (
            <div className="empty">
              <p>{t(filtered ? 'claims.noMatch' : 'claims.empty')}</p>
              {filtered && (
                <button type="button" className="button" onClick={() => update({})}>
                  {t('claims.filter.reset')}
                </button>
              )}
            </div>
          )}
          {shown && shown.items.length > 0 && (
            <div className={state.status === 'loading' ? 'is-stale' : undefined}>
              <ClaimTable items={shown.items} caption={t('claims.caption')} />
              <Pager offset={shown.offset} limit={CLAIMS_PAGE_SIZE} shown={shown.items.length} total={shown.total} onOffset={goTo} />
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
