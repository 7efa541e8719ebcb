import { useEffect, useId, useState, type FormEvent } from 'react';
import type { DocumentSummary } from '../../../../api/schemas/documents.ts';
import { SEARCH_FILTER_KEYS, SEARCH_KINDS, type SearchParams } from '../../api/search.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DateRangeFields } from '../../components/DateRangeFields.tsx';
import { DocumentOptions } from '../../components/DocumentOptions.tsx';

interface Props {
  params: SearchParams;
  documents: DocumentSummary[];
  /** A new query (new history entry); `replace` for filter changes. */
  onChange: (next: SearchParams, replace: boolean) => void;
}

/** The query field (applied on Enter) and the filters (applied at once, as in the library). */
export function SearchForm({ params, documents, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [q, setQ] = useState(params.q);
  useEffect(() => setQ(params.q), [params.q]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onChange({ ...params, q: q.trim(), limit: undefined }, false);
  };
  const set = (key: 'lang' | 'doc' | 'from' | 'to' | 'kind') => (e: { target: { value: string } }) =>
    onChange({ ...params, [key]: e.target.value || undefined, limit: undefined }, true);
  const active = SEARCH_FILTER_KEYS.some((k) => params[k]);

  return (
    <form className="search-form" role="search" aria-label={t('search.title')} onSubmit={submit}>
      <div className="search-query">
        <label htmlFor={`${id}-q`}>{t('search.query')}</label>
        <div className="search-query-row">
          <input id={`${id}-q`} type="search" name="q" value={q} onChange={(e) => setQ(e.target.value)} maxLength={500} autoComplete="off" enterKeyHint="search" data-testid="search-query" />
          <button type="submit" className="button button-primary">
            {t('search.submit')}
          </button>
        </div>
      </div>
      <fieldset className="search-filters">
        <legend>{t('search.filters')}</legend>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('search.lang')}</label>
          <select id={`${id}-lang`} value={params.lang ?? ''} onChange={set('lang')} data-testid="search-lang">
            <option value="">{t('filters.any')}</option>
            <option value="fr">{t('lang.fr')}</option>
            <option value="en">{t('lang.en')}</option>
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-doc`}>{t('search.doc')}</label>
          <select id={`${id}-doc`} value={params.doc ?? ''} onChange={set('doc')}>
            <option value="">{t('search.anyDoc')}</option>
            <DocumentOptions documents={documents} selected={params.doc} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('search.kind')}</label>
          <select id={`${id}-kind`} value={params.kind ?? ''} onChange={set('kind')}>
            <option value="">{t('search.anyKind')}</option>
            {SEARCH_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`search.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <DateRangeFields id={id} from={params.from} to={params.to} labels={{ from: t('filters.from'), to: t('filters.to') }} onChangeOf={set} />
        <button type="button" className="button-quiet" disabled={!active} onClick={() => onChange({ q: params.q }, true)}>
          {t('filters.reset')}
        </button>
      </fieldset>
    </form>
  );
}
