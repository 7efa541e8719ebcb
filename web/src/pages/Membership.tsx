import { entityName } from '../lib/entity-name.ts';
import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'wouter';
import type { MembershipDto } from '../../../api/schemas/analysis.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { getMembership } from './analysis/api.ts';
import { EChart } from './analysis/EChart.tsx';
import { EvidenceList } from './analysis/EvidenceList.tsx';
import { membershipOption, monthLabel, rowLabel, STATUS_COLORS, type CellMark } from './analysis/membership-option.ts';
import { useFetched, shownData } from '../lib/useFetched.ts';
import { shortDate } from './analysis/when.ts';

const DEFAULT_GROUP = 'coalition:willing';

/** /membership?group=&date= — entities × months for a coalition or mission, and who was in it on a date. */
export function MembershipPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const id = useId();
  const [params, setParams] = useSearchParams();
  const group = params.get('group') ?? DEFAULT_GROUP;
  const date = params.get('date');
  const state = useFetched(`${group}\u0000${date ?? ''}`, (signal) => getMembership(group, date, signal));
  const m = shownData(state);
  const option = useMemo(() => (m && m.cells.length ? membershipOption(m, i18n) : null), [m, i18n]);
  const [open, setOpen] = useState<{ entity: string; bucket: string } | null>(null);
  const cell = m && open ? m.cells.find((c) => c.entity === open.entity && c.bucket === open.bucket) : undefined;

  usePageTitle(t('membership.title'));

  const set = (next: { group?: string; date?: string | null }) => {
    const q = new URLSearchParams({ group: next.group ?? group });
    const d = next.date === undefined ? date : next.date;
    if (d) q.set('date', d);
    setParams(q, { replace: true });
    setOpen(null);
  };
  const groupName = m?.groups.find((g) => g.id === group)?.name ?? group;

  return (
    <div className="page analysis-page membership-page">
      <h1 className="page-title">{t('membership.title')}</h1>
      <p className="lead">{t('membership.lead')}</p>
      <form className="an-controls" onSubmit={(e) => e.preventDefault()}>
        <div className="field field-wide">
          <label htmlFor={`${id}-g`}>{t('membership.group')}</label>
          <select id={`${id}-g`} value={group} onChange={(e) => set({ group: e.target.value })} data-testid="membership-group">
            {!m?.groups.some((g) => g.id === group) && <option value={group}>{group}</option>}
            {m?.groups.map((g) => (
              <option key={g.id} value={g.id}>{`${g.name} (${g.id}) · ${g.count}`}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-d`}>{t('membership.date')}</label>
          <input id={`${id}-d`} type="date" value={date ?? ''} onChange={(e) => set({ date: e.target.value || null })} data-testid="membership-date" />
        </div>
      </form>
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      {state.status === 'loading' && !m && <p className="muted" role="status">{t('an.loading')}</p>}
      {m && m.groups.length === 0 && <p className="empty">{t('membership.noGroups')}</p>}
      {m && m.members && <WhoOnDate m={m} />}
      {m && (
        <section className="card an-chart-card" aria-labelledby={`${id}-h`} data-testid="membership">
          <h2 id={`${id}-h`}>{groupName}</h2>
          {!option ? (
            <p className="empty">{t('membership.empty')}</p>
          ) : (
            <>
              <p className="muted">{t('membership.hint')}</p>
              <EChart
                option={option}
                height={Math.max(240, 120 + m.entities.length * 26)}
                testId="membership-chart"
                label={t('membership.chartLabel', { group: groupName, rows: m.entities.length, cols: m.buckets.length })}
                onItemClick={(d) => {
                  const c = d as Partial<CellMark> | null;
                  if (c?.entity && c.bucket) setOpen({ entity: c.entity, bucket: c.bucket });
                }}
              />
              <ul className="an-legend" aria-hidden="true">
                {m.statuses.map((s) => (
                  <li key={s}>
                    <span className="an-swatch" style={{ background: STATUS_COLORS[s] }} /> {t(`membership.status.${s}`)}
                  </li>
                ))}
                <li>
                  <span className="an-conflict-mark">▲</span> {t('membership.conflict')}
                </li>
              </ul>
            </>
          )}
          {cell && (
            <div className="an-cell-detail" data-testid="membership-cell" role="region" aria-label={t('membership.cell.title', { entity: cell.entity, bucket: monthLabel(cell.bucket, locale) })}>
              <div className="section-head">
                <h3>
                  {t('membership.cell.title', { entity: m.entities.find((e) => e.entity.id === cell.entity)?.entity ? entityName(m.entities.find((e) => e.entity.id === cell.entity)!.entity, i18n.lang) : cell.entity, bucket: monthLabel(cell.bucket, locale) })}
                  {cell.conflict && <span className="an-conflict-flag"> ⚠ {t('membership.conflict')}</span>}
                </h3>
                <button type="button" className="button-quiet" onClick={() => setOpen(null)}>
                  {t('membership.close')}
                </button>
              </div>
              <EvidenceList evidence={cell.evidence} />
            </div>
          )}
          {m.cells.length > 0 && <MembershipTable m={m} onOpen={(entity, bucket) => setOpen({ entity, bucket })} />}
        </section>
      )}
    </div>
  );
}

/** "Who was in X on D": each entity's status that day and the sources saying so. */
function WhoOnDate({ m }: { m: MembershipDto }) {
  const { t, locale, lang } = useI18n();
  const id = useId();
  return (
    <section className="card an-who" aria-labelledby={`${id}-who`} data-testid="membership-who">
      <h2 id={`${id}-who`}>{t('membership.who', { date: shortDate(m.date ?? '', locale) })}</h2>
      {m.members!.length === 0 ? (
        <p className="empty">{t('membership.who.none')}</p>
      ) : (
        <ul className="an-who-list">
          {m.members!.map((a) => (
            <li key={a.entity.id} data-entity={a.entity.id}>
              <strong>{entityName(a.entity, lang)}</strong> ({a.entity.id}) — <span className={`an-status an-status-${a.status}`}>{t(`membership.status.${a.status}`)}</span>
              {a.conflict && <span className="an-conflict-flag"> ⚠ {t('membership.conflict')}</span>} <span className="muted">· {t(`membership.basis.${a.basis}`)}</span>
              <EvidenceList evidence={a.evidence} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The matrix as a table: the screen reader alternative, with a button per cell to its citations. */
function MembershipTable({ m, onOpen }: { m: MembershipDto; onOpen: (entity: string, bucket: string) => void }) {
  const { t, locale, lang } = useI18n();
  const cells = new Map(m.cells.map((c) => [`${c.entity}\u0000${c.bucket}`, c]));
  return (
    <table className="data-table an-table an-matrix-table" data-testid="membership-table">
      <caption>{t('membership.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('membership.col.entity')}</th>
          {m.buckets.map((b) => (
            <th scope="col" key={b}>
              {monthLabel(b, locale)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {m.entities.map((e) => (
          <tr key={e.entity.id}>
            <th scope="row">{rowLabel(e, lang)}</th>
            {m.buckets.map((b) => {
              const c = cells.get(`${e.entity.id}\u0000${b}`);
              return (
                <td key={b} data-status={c?.status} data-conflict={c?.conflict || undefined}>
                  {c && (
                    <button type="button" className="button-quiet an-cell-button" onClick={() => onOpen(c.entity, c.bucket)}>
                      {t(`membership.status.${c.status}`)}
                      {c.conflict ? ` ⚠ ${t('membership.conflict')}` : ''} · {t(c.evidence.length === 1 ? 'an.sources.one' : 'an.sources.other', { n: c.evidence.length })}
                    </button>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
