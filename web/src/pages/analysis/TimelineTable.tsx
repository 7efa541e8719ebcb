import { entityName } from '../../lib/entity-name.ts';
import type { PointDto } from '../../../../api/schemas/analysis.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ModalityBadge } from '../claims/Badges.tsx';
import { formatValue, predicateLabel } from '../claims/format.ts';
import { ClaimSources } from './ClaimSources.tsx';
import { whenText } from './when.ts';

/** The chart's points as a table: the text alternative for screen readers, and the place to read every quote. */
export function TimelineTable({ points, caption, testId }: { points: PointDto[]; caption: string; testId?: string }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const n = (x: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x);
  const exactness = (p: PointDto) => {
    if (!p.number) return null;
    if (p.exact) return t('timeline.exactness.exact');
    if (p.number.low !== null && p.number.high !== null) return t('timeline.exactness.approx', { low: n(p.number.low), high: n(p.number.high) });
    return t('timeline.exactness.halfLine', { bound: n(p.number.amount) });
  };
  return (
    <table className="data-table an-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('timeline.col.when')}</th>
          <th scope="col">{t('timeline.col.value')}</th>
          <th scope="col">{t('timeline.col.modality')}</th>
          <th scope="col">{t('timeline.col.source')}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.claim.id} data-claim={p.claim.id} data-exact={p.exact}>
            <td>{whenText(p.time, p.claim, i18n)}</td>
            <td>
              <strong>{p.claim.value ? formatValue(p.claim.value, i18n) : (p.claim.object ? entityName(p.claim.object, i18n.lang) : '—')}</strong>
              <div className="muted">{predicateLabel(p.claim.predicate, i18n)}</div>
              {exactness(p) && <div className="muted">{exactness(p)}</div>}
            </td>
            <td>
              <ModalityBadge modality={p.claim.modality} />
              {p.claim.attribution && <div className="muted">{t('an.attribution', { who: p.claim.attribution.name })}</div>}
            </td>
            <td>
              <ClaimSources claim={p.claim} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
