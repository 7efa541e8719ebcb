import { useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { parseSearchParams, SEARCH_FILTER_KEYS, SEARCH_LIMIT, SEARCH_MAX_LIMIT, searchQueryString, type SearchParams } from '../api/search.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatCount, pluralOf } from '../lib/format.ts';
import { shownData } from '../lib/useFetched.ts';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { SearchForm } from './search/SearchForm.tsx';
import { SearchHit } from './search/SearchHit.tsx';
import { useDocumentOptions } from './search/useDocumentOptions.ts';
import { useSearch } from './search/useSearch.ts';

/** /search — the query and filters live in the query string, so a search can be shared or bookmarked. */
export function SearchPage() {
  const { t, locale } = useI18n();
  const [urlParams, setUrlParams] = useSearchParams();
  const params = useMemo(() => parseSearchParams(urlParams), [urlParams]);
  const documents = useDocumentOptions();
  const docs = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const state = useSearch(params);

  usePageTitle(params.q ? t('search.pageTitle', { q: params.q }) : t('search.title'));

  const update = (next: SearchParams, replace: boolean) => setUrlParams(new URLSearchParams(searchQueryString(next)), { replace });
  const filtered = SEARCH_FILTER_KEYS.some((k) => params[k]);
  const shown = shownData(state);
  const limit = params.limit ?? SEARCH_LIMIT;

  return (
    <div className="page search-page">
      <h1 className="page-title">{t('search.title')}</h1>
      <p className="lead">{t('search.lead')}</p>
      <SearchForm params={params} documents={documents} onChange={update} />
      <section className="search-results" aria-labelledby="search-results-title" aria-busy={state.status === 'loading'} data-state={state.status}>
        <div className="section-head">
          <h2 id="search-results-title" className="visually-hidden">
            {t('search.results')}
          </h2>
          <p className="muted count" role="status">
            {state.status === 'loading' && t('search.loading')}
            {state.status === 'ready' &&
              `${t(`search.count.${pluralOf(state.data.hits.length, locale)}`, { n: formatCount(state.data.hits.length, locale) })} · ${t('search.took', { ms: formatCount(Math.round(state.data.tookMs), locale) })}`}
          </p>
        </div>
        {state.status === 'idle' && <p className="empty">{t('search.empty')}</p>}
        {state.status === 'error' && <ErrorNotice error={state.error} />}
        {state.status === 'ready' && state.data.hits.length === 0 && (
          <div className="empty">
            <p>{t(filtered ? 'search.noResult.filtered' : 'search.noResult', { q: params.q })}</p>
            {filtered && (
              <button type="button" className="button" onClick={() => update({ q: params.q }, true)}>
                {t('filters.reset')}
              </button>
            )}
          </div>
        )}
        {shown && shown.hits.length > 0 && (
          <ol className={`hit-list${state.status === 'loading' ? ' is-stale' : ''}`}>
            {shown.hits.map((h) => (
              <SearchHit key={`${h.documentId}:${h.sentenceIdx}`} hit={h} docs={docs} />
            ))}
          </ol>
        )}
        {state.status === 'ready' && state.data.hits.length >= limit && limit < SEARCH_MAX_LIMIT && (
          <p className="more">
            <button type="button" className="button" onClick={() => update({ ...params, limit: Math.min(limit * 2, SEARCH_MAX_LIMIT) }, true)}>
              {t('search.more')}
            </button>
          </p>
        )}
      </section>
    </div>
  );
}
