import { entityName } from '../lib/entity-name.ts';
import { useId, useMemo } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { predicateLabel } from './claims/format.ts';
import { getTimeline } from './analysis/api.ts';
import { EChart } from './analysis/EChart.tsx';
import { timelineOption, type PointMark } from './analysis/timeline-option.ts';
import { ActorStances } from './analysis/ActorStances.tsx';
import { TimelineTable } from './analysis/TimelineTable.tsx';
import { useClaimTopics } from './analysis/useClaimTopics.ts';
import { useFetched, shownData } from '../lib/useFetched.ts';
import { shortDate } from './analysis/when.ts';

/** The timeline the story starts with, when the corpus has it. */
const DEFAULT = { subject: 'coalition:willing', predicate: 'member_count' };

/** /timeline?subject=&predicate= — a subject's values over time from every source, each point one click from its trace. */
export function TimelinePage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const id = useId();
  const [, navigate] = useLocation();
  const [params, setParams] = useSearchParams();
  const topics = useClaimTopics();
  const list = topics.status === 'ready' ? topics.data.topics : [];
  const fallback = list.find((x) => x.id === DEFAULT.subject && x.predicates.some((p) => p.predicate === DEFAULT.predicate)) ? DEFAULT : list[0] ? { subject: list[0].id, predicate: list[0].predicates[0]!.predicate } : null;
  const subject = params.get('subject') ?? fallback?.subject ?? null;
  const predicate = params.get('predicate') ?? (subject === fallback?.subject ? fallback?.predicate : list.find((x) => x.id === subject)?.predicates[0]?.predicate) ?? null;
  const state = useFetched(subject && predicate ? `${subject}\u0000${predicate}` : null, (signal) => getTimeline(subject!, predicate!, signal));
  const tl = shownData(state);
  const option = useMemo(() => (tl ? timelineOption(tl, i18n) : null), [tl, i18n]);
  const topic = list.find((x) => x.id === subject);

  usePageTitle(t('timeline.title'));

  const pick = (s: string, p: string | undefined) => setParams(new URLSearchParams({ subject: s, ...(p ? { predicate: p } : {}) }), { replace: true });
  const open = (data: unknown) => {
    const claimId = (data as Partial<PointMark> | null)?.claimId;
    if (claimId) navigate(`/claims/${claimId}`);
  };
  const subjectName = (topic ? entityName(topic, i18n.lang) : undefined) ?? (tl?.points[0] ? entityName(tl.points[0].claim.subject, i18n.lang) : undefined) ?? subject ?? '';
  const first = tl?.points[0]?.time?.from;
  const last = tl?.points.at(-1)?.time?.from;

  return (
    <div className="page analysis-page timeline-page">
      <h1 className="page-title">{t('timeline.title')}</h1>
      <p className="lead">{t('timeline.lead')}</p>
      <form className="an-controls" onSubmit={(e) => e.preventDefault()}>
        <div className="field field-wide">
          <label htmlFor={`${id}-s`}>{t('timeline.subject')}</label>
          <select id={`${id}-s`} value={subject ?? ''} onChange={(e) => pick(e.target.value, list.find((x) => x.id === e.target.value)?.predicates[0]?.predicate)} data-testid="timeline-subject">
            {subject && !topic && <option value={subject}>{subject}</option>}
            {list.map((x) => (
              <option key={x.id} value={x.id}>
                {`${entityName(x, i18n.lang)} (${x.id})`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-p`}>{t('timeline.predicate')}</label>
          <select id={`${id}-p`} value={predicate ?? ''} onChange={(e) => subject && pick(subject, e.target.value)} data-testid="timeline-predicate">
            {predicate && !topic?.predicates.some((p) => p.predicate === predicate) && <option value={predicate}>{predicateLabel(predicate, i18n)}</option>}
            {topic?.predicates.map((p) => (
              <option key={p.predicate} value={p.predicate}>
                {`${predicateLabel(p.predicate, i18n)} (${p.count})`}
              </option>
            ))}
          </select>
        </div>
      </form>
      {topics.status === 'error' && <ErrorNotice error={topics.error} />}
      {topics.status === 'ready' && !list.length && !subject && <p className="empty">{t('timeline.noClaims')}</p>}
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      {state.status === 'loading' && !tl && <p className="muted" role="status">{t('an.loading')}</p>}
      {tl && (
        <section className="card an-chart-card" aria-labelledby={`${id}-h`} data-state={state.status} data-testid="timeline">
          <h2 id={`${id}-h`}>
            {subjectName} · {predicateLabel(tl.predicate, i18n)}
          </h2>
          {tl.points.length === 0 ? (
            <p className="empty">{t('timeline.empty')}</p>
          ) : (
            <>
              <p className="muted">{t('timeline.hint')}</p>
              {option && (
                <EChart
                  option={option}
                  onItemClick={open}
                  testId="timeline-chart"
                  label={t('timeline.chartLabel', { subject: subjectName, predicate: predicateLabel(tl.predicate, i18n), n: tl.points.length, from: first ? shortDate(first, locale) : '', to: last ? shortDate(last, locale) : '' })}
                />
              )}
              <TimelineTable points={tl.points} caption={t('timeline.table')} testId="timeline-table" />
            </>
          )}
          {tl.undated.length > 0 && <TimelineTable points={tl.undated} caption={t('timeline.undated')} />}
        </section>
      )}
      {topics.status === 'ready' && topics.data.actors.length > 0 && <ActorStances actors={topics.data.actors} />}
    </div>
  );
}
