import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import type { EntityDto } from '../../../api/schemas/claims.ts';
import { entityPageUrl } from '../api/claims.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { shownData } from '../lib/useFetched.ts';
import { formatCount, pluralOf } from '../lib/format.ts';
import { useEntityList } from './claims/useEntities.ts';

export const ENTITY_KINDS: ReadonlyArray<EntityDto['kind']> = ['country', 'organisation', 'coalition', 'mission', 'programme', 'group', 'person', 'place'];

/** /entities — every recognised entity, filtered by kind and name (both kept in the query string). */
export function EntitiesPage() {
  const { t, lang, locale } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const kind = ENTITY_KINDS.find((k) => k === params.get('kind'));
  const q = params.get('q')?.trim() || undefined;
  const [typed, setTyped] = useState(q ?? '');
  const state = useEntityList(kind, q);
  const shown = shownData(state);

  usePageTitle(t('entities.title'));

  const update = (next: { kind?: string | undefined; q?: string | undefined }) => {
    const p = new URLSearchParams();
    if (next.kind) p.set('kind', next.kind);
    if (next.q?.trim()) p.set('q', next.q.trim());
    setParams(p, { replace: true });
  };
  // Filter as the user types, a moment after the last key (one request per pause, not per key).
  useEffect(() => {
    if (typed.trim() === (q ?? '')) return;
    const timer = setTimeout(() => update({ kind, q: typed }), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  // Back/forward changes the URL: the field follows (unless it already says the same).
  useEffect(() => setTyped((cur) => (cur.trim() === (q ?? '') ? cur : (q ?? ''))), [q]);

  const other = lang === 'fr' ? 'en' : 'fr';
  return (
    <div className="page entities-page">
      <h1 className="page-title">{t('entities.title')}</h1>
      <p className="lead">{t('entities.lead')}</p>
      <form className="filters" role="search" aria-label={t('entities.title')} onSubmit={(e) => {
          e.preventDefault();
          update({ kind, q: typed });
        }}
      >
        <fieldset>
          <legend className="visually-hidden">{t('claims.filters')}</legend>
          <div className="field field-wide">
            <label htmlFor={`${id}-q`}>{t('entities.search')}</label>
            <input id={`${id}-q`} type="search" value={typed} maxLength={200} autoComplete="off" onChange={(e) => setTyped(e.target.value)} data-testid="entity-search" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('entities.kind')}</label>
            <select id={`${id}-kind`} value={kind ?? ''} onChange={(e) => update({ kind: e.target.value || undefined, q: typed })}>
              <option value="">{t('entities.anyKind')}</option>
              {ENTITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`entities.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      </form>
      <section aria-labelledby="entities-list-title" aria-busy={state.status === 'loading'} data-state={state.status}>
        <div className="section-head">
          <h2 id="entities-list-title">{t('entities.caption')}</h2>
          <p className="muted count" role="status">
            {state.status === 'loading' && t('entities.loading')}
            {state.status === 'ready' && t(`entities.count.${pluralOf(state.data.total, locale)}`, { n: formatCount(state.data.total, locale) })}
          </p>
        </div>
        {state.status === 'error' && <ErrorNotice error={state.error} />}
        {state.status === 'ready' && state.data.items.length === 0 && <p className="empty">{t(kind || q ? 'entities.noMatch' : 'entities.empty')}</p>}
        {shown && shown.items.length > 0 && (
          <table className={`doc-table entity-table${state.status === 'loading' ? ' is-stale' : ''}`} data-testid="entity-table">
            <caption className="visually-hidden">{t('entities.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('entities.col.name')}</th>
                <th scope="col">{t('entities.col.kind')}</th>
                <th scope="col">{t('entities.col.id')}</th>
                <th scope="col" className="num">
                  {t('entities.col.claims')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.items.map((e) => (
                <tr key={e.id} data-entity-id={e.id}>
                  <th scope="row" className="doc-title-cell">
                    <Link href={entityPageUrl(e.id)} lang={lang}>
                      {e.names[lang]}
                    </Link>
                    {e.names[other] !== e.names[lang] && (
                      <span className="doc-authors" lang={other}>
                        {e.names[other]}
                      </span>
                    )}
                  </th>
                  <td data-label={t('entities.col.kind')}>{t(`entities.kind.${e.kind}`)}</td>
                  <td data-label={t('entities.col.id')}>
                    <code>{e.id}</code>
                  </td>
                  <td data-label={t('entities.col.claims')} className="num">
                    {formatCount(e.claimCount, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
