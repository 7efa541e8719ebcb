import { useId } from 'react';
import { useSearchParams } from 'wouter';
import { withParam } from '../../lib/search-params.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { getStances } from './api.ts';
import { TimelineTable } from './TimelineTable.tsx';
import { useFetched } from '../../lib/useFetched.ts';

/** An actor's stances over time (GET /api/actors/:id/stances); the actor is kept in the URL (`actor=`). */
export function ActorStances({ actors }: { actors: Array<{ id: string; name: string; count: number }> }) {
  const { t } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const actor = params.get('actor') ?? actors[0]?.id ?? null;
  const state = useFetched(actor, (signal) => getStances(actor!, signal));
  const pick = (value: string) => setParams(withParam(params, 'actor', value), { replace: true });
  return (
    <section className="card an-chart-card" aria-labelledby={`${id}-h`} data-testid="stances">
      <h2 id={`${id}-h`}>{t('stances.title')}</h2>
      <p className="muted">{t('stances.lead')}</p>
      <div className="an-controls">
        <div className="field field-wide">
          <label htmlFor={`${id}-a`}>{t('stances.actor')}</label>
          <select id={`${id}-a`} value={actor ?? ''} onChange={(e) => pick(e.target.value)} data-testid="stances-actor">
            {actor && !actors.some((a) => a.id === actor) && <option value={actor}>{actor}</option>}
            {actors.map((a) => (
              <option key={a.id} value={a.id}>{`${a.name} (${a.id}) · ${a.count}`}</option>
            ))}
          </select>
        </div>
      </div>
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      {state.status === 'ready' &&
        (state.data.points.length ? <TimelineTable points={state.data.points} caption={t('stances.table')} /> : <p className="empty">{t('stances.empty')}</p>)}
    </section>
  );
}
