import { memo, type MouseEvent } from 'react';
import type { LinkDto, PairDto } from '../../../../api/schemas/alignment.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { confidenceLevel, sortFlags, worstSeverity, type Side } from '../../lib/desk.ts';
import { formatPercent, pluralOf } from '../../lib/format.ts';
import { FlagBadge } from './FlagBadge.tsx';
import { SideText } from './SideText.tsx';

export type RowAction = 'select' | 'confirm' | 'reject' | 'reset' | 'mergePrevious' | 'mergeNext' | 'split' | 'relink';

interface Props {
  link: LinkDto;
  /** 1-based position in the whole alignment. */
  number: number;
  pair: PairDto;
  sides: { left: Side; right: Side };
  current: boolean;
  prevPages: Record<Side, number | null>;
  canMergePrevious: boolean;
  canMergeNext: boolean;
  onAction: (action: RowAction, link: LinkDto) => void;
}

const langOf = (l: string) => (l === 'und' ? undefined : l);

/**
 * One link of the alignment: French and English side by side, its confidence as the colour of
 * the left edge, its status, its flags, and the review actions. Focus anywhere in the row makes
 * it the current link, so the keyboard shortcuts act on what has focus.
 */
export const LinkRow = memo(function LinkRow({ link, number, pair, sides, current, prevPages, canMergePrevious, canMergeNext, onAction }: Props) {
  const { t, locale } = useI18n();
  const level = confidenceLevel(link.confidence);
  const pct = formatPercent(link.confidence, locale);
  const flags = sortFlags(link.flags);
  const worst = worstSeverity(flags);
  const status = t(`link.status.${link.status}`);
  const label = [
    t('desk.row', { n: number }),
    t('desk.confidence', { level: t(`conf.${level}`), pct }),
    status,
    flags.length ? t(`desk.flags.${pluralOf(flags.length, locale)}`, { n: flags.length }) : t('desk.flags.none'),
  ].join(', ');
  const doc = (side: Side) => pair[side];
  const act = (a: RowAction) => () => onAction(a, link);
  const onClick = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target?.closest('a, button, [tabindex="0"]')) onAction('select', link);
  };

  return (
    <li
      id={`l-${link.id}`}
      className={`link-row conf-${level} status-${link.status}${current ? ' is-current' : ''}${worst ? ` has-flags worst-${worst}` : ''}`}
      data-link-id={link.id}
      data-status={link.status}
      data-confidence={link.confidence}
      tabIndex={current ? 0 : -1}
      aria-label={label}
      aria-current={current || undefined}
      onFocus={() => {
        if (!current) onAction('select', link);
      }}
      onClick={onClick}
    >
      <div className="link-gutter" aria-hidden="true">
        <span className="link-num">{number}</span>
      </div>
      {[sides.left, sides.right].map((side) => (
        <SideText key={side} side={side} docId={doc(side).id} lang={langOf(doc(side).lang)} sentences={link[side]} flags={flags} prevPage={prevPages[side]} />
      ))}
      <div className="link-meta">
        <span className={`status-badge link-status-${link.status}`} title={link.reviewedBy ? t('desk.reviewedBy', { who: link.reviewedBy }) : undefined}>
          {status}
        </span>
        <span className={`conf-value conf-${level}`} title={t('desk.confidence', { level: t(`conf.${level}`), pct })}>
          <span className="conf-bar" aria-hidden="true">
            <span style={{ width: `${Math.round(Math.min(1, Math.max(0, link.confidence)) * 100)}%` }} />
          </span>
          <span className="conf-num">{pct}</span>
        </span>
        {flags.length > 0 && (
          <span className="flag-list" role="group" aria-label={t('desk.flagsLabel')}>
            {flags.map((f, i) => (
              <FlagBadge key={i} flag={f} index={i} />
            ))}
          </span>
        )}
        <span className="link-actions" role="group" aria-label={t('desk.actions', { n: number })}>
          <span className="link-more">
            <button type="button" className="act" disabled={!canMergePrevious} onClick={act('mergePrevious')}>
              <span aria-hidden="true">⤒</span> {t('desk.mergePrevious')}
            </button>
            <button type="button" className="act" disabled={!canMergeNext} onClick={act('mergeNext')} title={t('desk.key', { key: 'm' })}>
              <span aria-hidden="true">⤓</span> {t('desk.mergeNext')}
            </button>
            <button type="button" className="act" disabled={link.src.length + link.tgt.length < 2} onClick={act('split')} title={t('desk.key', { key: 's' })}>
              <span aria-hidden="true">✂</span> {t('desk.split')}
            </button>
            <button type="button" className="act" onClick={act('relink')} title={t('desk.key', { key: 'e' })}>
              <span aria-hidden="true">⇄</span> {t('desk.relink')}
            </button>
          </span>
          <button type="button" className="act act-confirm" aria-pressed={link.status === 'confirmed'} onClick={act(link.status === 'confirmed' ? 'reset' : 'confirm')} title={t('desk.key', { key: 'c' })}>
            <span aria-hidden="true">✓</span> {t('desk.confirm')}
          </button>
          <button type="button" className="act act-reject" aria-pressed={link.status === 'rejected'} onClick={act(link.status === 'rejected' ? 'reset' : 'reject')} title={t('desk.key', { key: 'x' })}>
            <span aria-hidden="true">✕</span> {t('desk.reject')}
          </button>
        </span>
      </div>
    </li>
  );
});
