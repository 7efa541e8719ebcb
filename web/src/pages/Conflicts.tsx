import { useId } from 'react';
import { useSearchParams } from 'wouter';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { withParam } from '../lib/search-params.ts';
import { formatCount, pluralOf } from '../lib/format.ts';
import { getConflicts } from './analysis/api.ts';
import { ConflictCard } from './analysis/ConflictCard.tsx';
import { useFetched, shownData } from '../lib/useFetched.ts';

const KINDS = ['change', 'contradiction'] as const;

/** /conflicts?kind=&subject= — changes over time and contradictions between sources, each with both citations and why. */
export function ConflictsPage() {
  const { t, locale } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const kind = KINDS.find((k) => k === params.get('kind'));
  const subject = params.get('subject') ?? undefined;
  const state = useFetched(`${kind ?? ''}\u0000${subject ?? ''}`, (signal) => getConflicts({ kind, subject }, signal));
  // Subjects to filter by come from the unfiltered list, so the picker does not shrink to the current choice.
  const all = useFetched('all', (signal) => getConflicts({}, signal));
  const subjects = all.status === 'ready' ? [...new Map(all.data.items.map((c) => [c.a.claim.subject.id, c.a.claim.subject.name])).entries()] : [];
  const list = shownData(state);

  usePageTitle(t('conflicts.title'));

  const set = (key: 'kind' | 'subject', value: string) => setParams(withParam(params, key, value), { replace: true });

  return (
    <div className="page analysis-page conflicts-page">
      <h1 className="page-title">{t('conflicts.title')}</h1>
      <p className="lead">{t('conflicts.lead')}</p>
      <form className="an-controls" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-k`}>{t('conflicts.kind')}</label>
          <select id={`${id}-k`} value={kind ?? ''} onChange={(e) => set('kind', e.target.value)} data-testid="conflicts-kind">
            <option value="">{t('conflicts.kind.all')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`conflicts.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-s`}>{t('conflicts.subject')}</label>
          <select id={`${id}-s`} value={subject ?? ''} onChange={(e) => set('subject', e.target.value)}>
            <option value="">{t('conflicts.anySubject')}</option>
            {subject && !subjects.some(([s]) => s === subject) && <option value={subject}>{subject}</option>}
            {subjects.map(([s, name]) => (
              <option key={s} value={s}>{`${name} (${s})`}</option>
            ))}
          </select>
        </div>
      </form>
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      <p className="muted count" role="status" data-testid="conflicts-state" data-state={state.status}>
        {state.status === 'loading' && t('an.loading')}
        {state.status === 'ready' && t(`conflicts.count.${pluralOf(state.data.total, locale)}`, { n: formatCount(state.data.total, locale) })}
      </p>
      {list && list.items.length === 0 && <p className="empty">{t('conflicts.empty')}</p>}
      {list && list.items.length > 0 && (
        <ol className="an-conflict-list" data-testid="conflicts">
          {list.items.map((c) => (
            <li key={c.id}>
              <ConflictCard conflict={c} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
