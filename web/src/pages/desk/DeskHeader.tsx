import { useState } from 'react';
import { Link } from 'wouter';
import type { LinkDto, PairDto } from '../../../../api/schemas/alignment.ts';
import { EXPORT_FORMATS, exportUrl } from '../../api/pairs.ts';
import { LangBadge } from '../../components/LangBadge.tsx';
import { PairStatusBadge } from '../../components/PairStatusBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatCount, formatDateTime, formatPercent, pluralOf } from '../../lib/format.ts';
import type { Side } from '../../lib/desk.ts';

interface Props {
  pair: PairDto;
  links: LinkDto[];
  sides: { left: Side; right: Side };
  busy: boolean;
  onRealign: () => void;
  onPairStatus: (status: 'confirmed' | 'rejected') => void;
}

/** Both titles, the pair's detection and review state, downloads and the realign command. */
export function DeskHeader({ pair, links, sides, busy, onRealign, onPairStatus }: Props) {
  const { t, locale } = useI18n();
  const [asking, setAsking] = useState(false);
  const count = (pred: (l: LinkDto) => boolean) => links.filter(pred).length;
  const confirmed = count((l) => l.status === 'confirmed');
  const rejected = count((l) => l.status === 'rejected');
  const flagged = count((l) => l.flags.length > 0);
  const done = links.length ? (confirmed + rejected) / links.length : 0;

  return (
    <header className="doc-header desk-header">
      <p className="breadcrumb">
        <Link href="/pairs">← {t('desk.back')}</Link>
      </p>
      <h1 className="desk-titles">
        {[sides.left, sides.right].map((side) => (
          <span key={side} className="desk-title" lang={pair[side].lang === 'und' ? undefined : pair[side].lang}>
            <LangBadge lang={pair[side].lang} /> {pair[side].title}
          </span>
        ))}
      </h1>
      <dl className="doc-meta">
        <div>
          <dt>{t('desk.meta.pair')}</dt>
          <dd>
            <PairStatusBadge status={pair.status} /> <span className="muted">{t(`pair.origin.${pair.origin}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('desk.meta.score')}</dt>
          <dd>{formatPercent(pair.score, locale)}</dd>
        </div>
        <div>
          <dt>{t('desk.meta.links')}</dt>
          <dd>{formatCount(links.length, locale)}</dd>
        </div>
        <div>
          <dt>{t('desk.meta.flagged')}</dt>
          <dd>{formatCount(flagged, locale)}</dd>
        </div>
        <div>
          <dt>{t('desk.meta.reviewed')}</dt>
          <dd>
            {t(`count.confirmed.${pluralOf(confirmed, locale)}`, { n: formatCount(confirmed, locale) })} · {t(`count.rejected.${pluralOf(rejected, locale)}`, { n: formatCount(rejected, locale) })}
            <span className="mini-progress" role="presentation">
              <span style={{ width: `${Math.round(done * 100)}%` }} />
            </span>
          </dd>
        </div>
        {pair.alignedAt && (
          <div>
            <dt>{t('desk.meta.aligned')}</dt>
            <dd>
              <time dateTime={pair.alignedAt}>{formatDateTime(pair.alignedAt, locale)}</time>
              {pair.aligner && <span className="muted"> · {pair.aligner}</span>}
            </dd>
          </div>
        )}
      </dl>
      <div className="doc-actions desk-actions">
        <span className="export-group" role="group" aria-label={t('desk.export')}>
          <span className="export-label" aria-hidden="true">
            {t('desk.export')}
          </span>
          {EXPORT_FORMATS.map((f) => (
            <a key={f} href={exportUrl(pair.id, f)} download className="button" data-format={f} aria-label={t('desk.exportAs', { format: f.toUpperCase() })}>
              {f.toUpperCase()}
            </a>
          ))}
        </span>
        {pair.status !== 'confirmed' && (
          <button type="button" className="button-quiet" disabled={busy} onClick={() => onPairStatus('confirmed')}>
            {t('desk.pairConfirm')}
          </button>
        )}
        {pair.status !== 'rejected' && (
          <button type="button" className="button-quiet danger" disabled={busy} onClick={() => onPairStatus('rejected')}>
            {t('desk.pairReject')}
          </button>
        )}
        {asking ? (
          <span className="confirm-inline" role="group" aria-label={t('desk.realign')}>
            <span>{t('desk.realignAsk')}</span>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => {
                setAsking(false);
                onRealign();
              }}
            >
              {t('desk.realignGo')}
            </button>
            <button type="button" className="button-quiet" onClick={() => setAsking(false)}>
              {t('dialog.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => setAsking(true)}>
            {t('desk.realign')}
          </button>
        )}
      </div>
    </header>
  );
}
