import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'wouter';
import type { DocumentFilters } from '../api/client.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatCount } from '../lib/format.ts';
import { DocumentTable } from './library/DocumentTable.tsx';
import { Filters } from './library/Filters.tsx';
import { UploadForm } from './library/UploadForm.tsx';
import { useDocuments } from './library/useDocuments.ts';

const FILTER_KEYS = ['lang', 'kind', 'from', 'to'] as const;

/** Upload form, filters (kept in the query string so a filtered view can be shared) and the list. */
export function LibraryPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const [reloadKey, setReloadKey] = useState(0);

  const filters = useMemo<DocumentFilters>(
    () => Object.fromEntries(FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)]] : []))),
    [params],
  );
  const setFilters = (next: DocumentFilters) => {
    const q = new URLSearchParams();
    for (const k of FILTER_KEYS) if (next[k]) q.set(k, next[k]);
    setParams(q, { replace: true });
  };
  const { state, kinds } = useDocuments(filters, reloadKey);
  const refresh = useCallback(() => setReloadKey((k) => k + 1), []);
  const filtered = Object.keys(filters).length > 0;

  return (
    <div className="page library">
      <h1 className="page-title">{t('lib.title')}</h1>
      <UploadForm kinds={kinds} onFinished={refresh} />
      <section className="library-list" aria-labelledby="library-list-title" aria-busy={state.status === 'loading'}>
        <div className="section-head">
          <h2 id="library-list-title">{t('lib.caption')}</h2>
          {state.status === 'ready' && <p className="muted count">{t(new Intl.PluralRules(locale).select(state.total) === 'one' ? 'lib.count.one' : 'lib.count.other', { n: formatCount(state.total, locale) })}</p>}
        </div>
        <Filters filters={filters} kinds={kinds} onChange={setFilters} />
        {state.status === 'error' && <ErrorNotice error={state.error} />}
        {state.status === 'loading' && state.items.length === 0 && <p className="muted">{t('lib.loading')}</p>}
        {state.status === 'ready' && state.items.length === 0 && <p className="empty">{t(filtered ? 'lib.noMatch' : 'lib.empty')}</p>}
        {state.items.length > 0 && <DocumentTable items={state.items} />}
        {state.status === 'ready' && state.total > state.items.length && (
          <p className="muted">{t('lib.partial', { shown: formatCount(state.items.length, locale), total: formatCount(state.total, locale) })}</p>
        )}
      </section>
    </div>
  );
}
