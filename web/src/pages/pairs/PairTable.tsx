import { Link } from 'wouter';
import type { PairDto } from '../../../../api/schemas/alignment.ts';
import { LangBadge } from '../../components/LangBadge.tsx';
import { PairStatusBadge } from '../../components/PairStatusBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatCount, formatPercent, pluralOf } from '../../lib/format.ts';

interface Props {
  items: PairDto[];
  busyId: string | null;
  onStatus: (pair: PairDto, status: 'confirmed' | 'rejected') => void;
}

/** One row per pair: both versions, how sure the detection is, its status and review progress. */
export function PairTable({ items, busyId, onStatus }: Props) {
  const { t, locale } = useI18n();
  return (
    <table className="doc-table pair-table">
      <caption className="visually-hidden">{t('pairs.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('pairs.col.versions')}</th>
          <th scope="col" className="num">{t('pairs.col.score')}</th>
          <th scope="col">{t('pairs.col.status')}</th>
          <th scope="col">{t('pairs.col.review')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('pairs.col.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((p) => {
          const busy = busyId === p.id;
          const reviewed = p.linkCount > 0 ? p.confirmedCount / p.linkCount : 0;
          return (
            <tr key={p.id} data-pair-id={p.id} className={`pair-row pair-row-${p.status}`}>
              <th scope="row" className="pair-versions">
                {[p.src, p.tgt].map((d) => (
                  <span key={d.id} className="pair-doc">
                    <LangBadge lang={d.lang} />
                    <Link href={`/documents/${d.id}`} lang={d.lang === 'und' ? undefined : d.lang}>
                      {d.title}
                    </Link>
                  </span>
                ))}
              </th>
              <td data-label={t('pairs.col.score')} className="num">
                <span title={t(`pair.origin.${p.origin}`)}>{formatPercent(p.score, locale)}</span>
                <span className="pair-origin">{t(`pair.origin.${p.origin}`)}</span>
              </td>
              <td data-label={t('pairs.col.status')}>
                <PairStatusBadge status={p.status} />
              </td>
              <td data-label={t('pairs.col.review')}>
                <span className="pair-counts">
                  {(['links', 'flagged', 'confirmed'] as const)
                    .map((k) => {
                      const n = k === 'links' ? p.linkCount : k === 'flagged' ? p.flaggedCount : p.confirmedCount;
                      return t(`count.${k}.${pluralOf(n, locale)}`, { n: formatCount(n, locale) });
                    })
                    .join(' · ')}
                </span>
                <span className="mini-progress" aria-hidden="true">
                  <span style={{ width: `${Math.round(reviewed * 100)}%` }} />
                </span>
              </td>
              <td className="pair-actions">
                <Link href={`/pairs/${p.id}`} className="button button-primary">
                  {t('pairs.open')}
                </Link>
                <button
                  type="button"
                  className="button-quiet"
                  disabled={busy || p.status === 'confirmed'}
                  aria-label={t('pairs.confirmLabel', { title: p.src.title })}
                  onClick={() => onStatus(p, 'confirmed')}
                >
                  {t('pairs.confirm')}
                </button>
                <button
                  type="button"
                  className="button-quiet danger"
                  disabled={busy || p.status === 'rejected'}
                  aria-label={t('pairs.rejectLabel', { title: p.src.title })}
                  onClick={() => onStatus(p, 'rejected')}
                >
                  {t('pairs.reject')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
